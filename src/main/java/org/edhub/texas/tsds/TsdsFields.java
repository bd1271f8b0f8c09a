package org.edhub.texas.tsds;

import java.util.HashMap;
import java.util.Map;

/**
 * The element paths of a record that its builder reads, as a tree walked element by element while the record
 * streams by: the text of any other element is not kept, and no path string is built per element.
 */
final class TsdsFields {
    private final Map<String, TsdsFields> children = new HashMap<>();
    /** The path from the record element when this element is read, else null. */
    private String path;

    static TsdsFields of(String... paths) {
        TsdsFields root = new TsdsFields();
        for (String path : paths) {
            TsdsFields node = root;
            for (String name : path.split("/")) node = node.children.computeIfAbsent(name, k -> new TsdsFields());
            node.path = path;
        }
        return root;
    }

    /** The child element of that name, or null when nothing under it is read. */
    TsdsFields child(String localName) {
        return children.get(localName);
    }

    /** The field this element's text is stored under, or null when it is not read. */
    String path() {
        return path;
    }
}

package org.edhub.texas.tsds;

import java.util.Arrays;
import java.util.List;

/**
 * The element paths of a record that its builder reads, as a tree walked element by element while the record
 * streams by: the text of any other element is not kept, and no path string is built per element. Each path read has
 * a slot in the record's {@link Values}, in the order the paths were given.
 */
final class TsdsFields {
    private String[] names = new String[0];
    private TsdsFields[] children = new TsdsFields[0];
    /** The paths of the whole record, by slot (the root's only). */
    private final List<String> paths;
    /** The slot of this element's text when it is read, else -1. */
    private int slot = -1;

    private TsdsFields(List<String> paths) {
        this.paths = paths;
    }

    static TsdsFields of(String... paths) {
        TsdsFields root = new TsdsFields(List.of(paths));
        for (int i = 0; i < paths.length; i++) {
            TsdsFields node = root;
            for (String name : paths[i].split("/")) node = node.add(name);
            node.slot = i;
        }
        return root;
    }

    private TsdsFields add(String name) {
        TsdsFields found = child(name);
        if (found != null) return found;
        TsdsFields node = new TsdsFields(null);
        names = Arrays.copyOf(names, names.length + 1);
        children = Arrays.copyOf(children, children.length + 1);
        names[names.length - 1] = name;
        children[children.length - 1] = node;
        return node;
    }

    /**
     * The child element of that name, or null when nothing under it is read. A node has a handful of children, so
     * they are compared one by one, and a name found equal is kept as the object given: a parser that hands over the
     * same name object each time (Aalto) is then matched at once. A tree that learns names is used by one thread
     * ({@link #copy()}).
     */
    TsdsFields child(String localName) {
        String[] n = names;
        for (int i = 0; i < n.length; i++) {
            if (n[i] == localName) return children[i];
        }
        for (int i = 0; i < n.length; i++) {
            if (n[i].equals(localName)) {
                n[i] = localName;
                return children[i];
            }
        }
        return null;
    }

    /** A tree of the same paths and slots, for one reader's thread. */
    TsdsFields copy() {
        return of(paths.toArray(String[]::new));
    }

    /** The slot this element's text is kept in, or -1 when it is not read. */
    int slot() {
        return slot;
    }

    /** Empty values for one record of these paths. */
    Values values() {
        return new Values(paths);
    }

    /** The texts of one record's fields, the first one of each path, by slot; reused from record to record. */
    static final class Values {
        private final List<String> paths;
        private final String[] texts;

        private Values(List<String> paths) {
            this.paths = paths;
            this.texts = new String[paths.size()];
        }

        void clear() {
            Arrays.fill(texts, null);
        }

        boolean has(int slot) {
            return texts[slot] != null;
        }

        void set(int slot, String text) {
            texts[slot] = text;
        }

        /** The text of a field by its path, one of those the tree was made of; null when the record has none. */
        String get(String path) {
            for (int i = 0; i < texts.length; i++) {
                if (paths.get(i) == path) return texts[i];
            }
            int i = paths.indexOf(path);
            if (i < 0) throw new IllegalArgumentException(path + " is not read from this record");
            return texts[i];
        }
    }
}

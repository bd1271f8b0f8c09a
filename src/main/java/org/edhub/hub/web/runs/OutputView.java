package org.edhub.hub.web.runs;

import java.nio.file.Path;

/** One output file of a run. */
public record OutputView(String name, Path path) {

    public boolean is(String fileName) {
        return name.equalsIgnoreCase(fileName);
    }
}

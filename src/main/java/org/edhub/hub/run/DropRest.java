package org.edhub.hub.run;

import java.util.List;

/**
 * The rest of a drop while one of its files is read: the files still in the district's inbox, by feed and school year
 * folder. A program that reads one of them waits for it and runs once with the whole drop ({@link RunService#runFor}).
 */
@FunctionalInterface
public interface DropRest {
    /** Nothing more to come: a file read alone (a replay, a command-line run, a server that cannot be listed). */
    DropRest NONE = (feed, year) -> List.of();

    /**
     * The names of the files waiting in {@code inbound/<feed>/<year>/} besides the one being read, each as it will be
     * named once written (a client's temporary suffix such as {@code .part} left off).
     */
    List<String> waiting(String feed, String year);
}

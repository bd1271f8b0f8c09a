package org.edhub.hub.intake;

import java.util.Comparator;

import org.apache.camel.component.file.GenericFile;
import org.edhub.core.program.Feed;
import org.springframework.stereotype.Component;

/**
 * The order files of one poll are read in: by path, with every {@code _READY} marker after the files it completes,
 * so a bundle dropped at once is read whole whatever the names of its files.
 */
@Component("readyMarkerLast")
public class ReadyMarkerLast implements Comparator<GenericFile<?>> {
    @Override
    public int compare(GenericFile<?> a, GenericFile<?> b) {
        boolean aMarker = Feed.READY_MARKER.equals(a.getFileNameOnly());
        boolean bMarker = Feed.READY_MARKER.equals(b.getFileNameOnly());
        if (aMarker != bMarker) return aMarker ? 1 : -1;
        return a.getRelativeFilePath().compareTo(b.getRelativeFilePath());
    }
}

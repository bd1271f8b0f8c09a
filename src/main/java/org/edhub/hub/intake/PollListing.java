package org.edhub.hub.intake;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.edhub.hub.ledger.DropPath;

/**
 * The files one poll of a district's inbox listed, as its {@link DropFilter} took them: emptied as each poll begins
 * and read as it ends ({@link PickupPolls}), on the pickup's thread.
 */
final class PollListing {
    private final String districtId;
    private final List<DropPath> listed = new CopyOnWriteArrayList<>();

    PollListing(String districtId) {
        this.districtId = districtId;
    }

    void begin() {
        listed.clear();
    }

    void listed(String relativePath) {
        listed.add(DropPath.of(districtId, relativePath));
    }

    List<DropPath> files() {
        return List.copyOf(listed);
    }
}

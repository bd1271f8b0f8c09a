package org.edhub.kentucky;

import org.edhub.core.program.Feed;
import org.edhub.kentucky.bundle.KecsBundle;
import org.edhub.kentucky.bundle.SisBundle;

/** The feeds Kentucky districts drop: the SIS bundle and the KECS exports, each a zip or loose CSVs with {@code _READY}. */
final class KentuckyFeeds {
    static final String STATE = "KY";
    static final Feed SIS = new Feed(SisBundle.FEED, STATE, Feed.Versions.BUNDLE);
    static final Feed KECS = new Feed(KecsBundle.FEED, STATE, Feed.Versions.BUNDLE);
    /** The Kentucky programs' deadlines (seed 000's timeline), one table for both. */
    static final String DEADLINES = "ky/deadlines.csv";

    private KentuckyFeeds() {
    }
}

package org.edhub.hub.program;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.edhub.core.program.Feed;
import org.edhub.core.program.StateProgram;
import org.springframework.stereotype.Component;

/**
 * The state programs the hub runs, as Spring beans, and the feeds they declare. The hub knows a state only through
 * them: a district's state must be one a program runs for, and its feeds ones those programs read.
 */
@Component
public class Programs {
    private final List<StateProgram> all;
    private final Map<String, Feed> feeds = new LinkedHashMap<>();

    public Programs(List<StateProgram> programs) {
        this.all = List.copyOf(programs);
        for (StateProgram program : all) {
            for (Feed feed : readBy(program)) {
                Feed known = feeds.putIfAbsent(feed.folder(), feed);
                if (known != null && !known.equals(feed)) {
                    throw new IllegalStateException("Feed " + feed.folder() + " is declared twice, differently: " + known + " and " + feed);
                }
            }
        }
    }

    public List<StateProgram> all() {
        return all;
    }

    public Optional<StateProgram> named(String name) {
        return all.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** Every feed a program reads: those it needs, then those it reads when present. */
    public static List<Feed> readBy(StateProgram program) {
        List<Feed> feeds = new ArrayList<>(program.feeds());
        feeds.addAll(program.optionalFeeds());
        return feeds;
    }

    /** The programs of a state that read a feed, as a needed or an optional input. */
    public List<StateProgram> reading(String state, String feed) {
        return all.stream().filter(p -> p.state().equals(state) && readBy(p).stream().anyMatch(f -> f.folder().equals(feed))).toList();
    }

    public Optional<Feed> feed(String folder) {
        return Optional.ofNullable(feeds.get(folder));
    }

    /** The feed folders of a state's programs. */
    public List<String> feedsOf(String state) {
        return feeds.values().stream().filter(f -> f.state().equals(state)).map(Feed::folder).toList();
    }

    /** The states some program runs for, e.g. {@code [KY, TX]}. */
    public Set<String> states() {
        Set<String> states = new TreeSet<>();
        all.forEach(p -> states.add(p.state()));
        return states;
    }
}

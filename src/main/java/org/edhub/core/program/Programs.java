package org.edhub.core.program;

import java.util.List;
import java.util.Optional;

import org.edhub.kentucky.LeadExtractProgram;
import org.edhub.kentucky.LeadValidationProgram;
import org.edhub.texas.Pr1500Program;

/** The state programs the hub runs. */
public final class Programs {
    private static final List<StateProgram> ALL = List.of(new Pr1500Program(), new LeadExtractProgram(), new LeadValidationProgram());

    private Programs() {
    }

    public static List<StateProgram> all() {
        return ALL;
    }

    public static Optional<StateProgram> named(String name) {
        return ALL.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The programs that read a feed. */
    public static List<StateProgram> reading(String feed) {
        return ALL.stream().filter(p -> p.feeds().contains(feed)).toList();
    }
}

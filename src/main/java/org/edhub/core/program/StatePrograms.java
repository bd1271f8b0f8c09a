package org.edhub.core.program;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The state programs on the class path, each listed by its package in
 * {@code META-INF/services/org.edhub.core.program.StateProgram}: the command line finds them here without starting
 * Spring, and the hub registers the same ones as beans.
 */
public final class StatePrograms {
    private static final List<StateProgram> INSTALLED = ServiceLoader.load(StateProgram.class).stream()
            .map(ServiceLoader.Provider::get).toList();

    private StatePrograms() {
    }

    public static List<StateProgram> installed() {
        return INSTALLED;
    }

    public static Optional<StateProgram> named(String name) {
        return INSTALLED.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}

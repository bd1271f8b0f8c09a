package org.edhub;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/**
 * The direction of the packages, in one place: {@code core} imports no other edhub package and neither Spring nor
 * Camel; {@code hub}, the command line and every state program ({@code texas}, {@code kentucky}, and any state added
 * beside them) import {@code core} only; nothing imports the application wiring ({@link EdhubApplication}); no package
 * cycles. A wrong-way import fails with the class, the import and the line (docs/layout.md shows an example).
 */
class ArchitectureTest {
    static final String CORE = "org.edhub.core..";
    static final String HUB = "org.edhub.hub..";
    static final String CLI = "org.edhub.cli..";
    /** The application's own classes, as compiled (Maven's target/classes). */
    static final JavaClasses MAIN = new ClassFileImporter().importPath(Path.of("target", "classes"));

    @Test
    void coreImportsNoOtherEdhubPackageNorSpringNorCamel() {
        noClasses().that().resideInAPackage(CORE)
                .should().dependOnClassesThat(resideInAPackage("org.edhub..").and(not(resideInAPackage(CORE))))
                .orShould().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.camel..")
                .check(MAIN);
    }

    @Test
    void theHubImportsCoreOnly() {
        importsCoreOnly(HUB);
    }

    @Test
    void theCommandLineImportsCoreOnly() {
        importsCoreOnly(CLI);
    }

    @Test
    void everyStateProgramImportsCoreOnly() {
        assertThat(statePackages()).contains("org.edhub.texas", "org.edhub.kentucky");
        for (String state : statePackages()) importsCoreOnly(state + "..");
    }

    @Test
    void nothingImportsTheApplicationWiring() {
        noClasses().that().resideOutsideOfPackage("org.edhub")
                .should().dependOnClassesThat().resideInAPackage("org.edhub")
                .check(MAIN);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.edhub.(**)").should().beFreeOfCycles().check(MAIN);
    }

    /**
     * The same direction in the sources: an import of a constant leaves nothing in the compiled class, so the
     * {@code import} lines of src/main/java are read as well.
     */
    @Test
    void noSourceFileImportsAgainstTheDirection() throws IOException {
        List<String> wrong = new ArrayList<>();
        Path sources = Path.of("src", "main", "java");
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String from = topLevel(sources.relativize(file.getParent()).toString().replace(java.io.File.separatorChar, '.'));
                for (String line : Files.readAllLines(file)) {
                    Matcher m = EDHUB_IMPORT.matcher(line);
                    if (!m.find()) continue;
                    String to = topLevel(m.group(1));
                    boolean allowed = to.equals(from) || to.equals("org.edhub.core") || from.equals("org.edhub");
                    if (!allowed) wrong.add(sources.relativize(file) + ": " + line.strip());
                }
            }
        }
        assertThat(wrong).as("imports against the direction core <- hub, cli, states").isEmpty();
    }

    private static final Pattern EDHUB_IMPORT = Pattern.compile("^import (?:static )?(org\\.edhub(?:\\.[a-z0-9]+)*)\\.[A-Z]");

    /** {@code org.edhub.texas.pr1500} is in {@code org.edhub.texas}; the application wiring is {@code org.edhub}. */
    private static String topLevel(String pkg) {
        String[] parts = pkg.split("\\.");
        return parts.length < 3 ? "org.edhub" : "org.edhub." + parts[2];
    }

    private static void importsCoreOnly(String packages) {
        noClasses().that().resideInAPackage(packages)
                .should().dependOnClassesThat(resideInAPackage("org.edhub..")
                        .and(not(resideInAnyPackage(CORE, packages))))
                .check(MAIN);
    }

    /** Every top-level package under org.edhub that is not core, hub or the command line: one per state. */
    static Set<String> statePackages() {
        Set<String> states = new TreeSet<>();
        for (JavaClass c : MAIN) {
            String[] parts = c.getPackageName().split("\\.");
            if (parts.length < 3 || !parts[0].equals("org") || !parts[1].equals("edhub")) continue;
            if (Set.of("core", "hub", "cli").contains(parts[2])) continue;
            states.add("org.edhub." + parts[2]);
        }
        return states;
    }
}

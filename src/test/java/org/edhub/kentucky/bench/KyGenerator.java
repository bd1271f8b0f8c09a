package org.edhub.kentucky.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.edhub.bench.Dice;
import org.edhub.bench.Tier;

/**
 * Writes a Kentucky tier for school year 2025-2026, one folder per district named by its district number, each
 * holding {@code ky-sis/} and {@code ky-kecs/} as the command line reads them: the LEAD programs compute one
 * district's reports at a time (the district number and name come from its schools), so a statewide run is one
 * run per district folder. District by district, school by school.
 */
public final class KyGenerator {
    public static final String YEAR = "2025-2026";

    private final Tier.Ky size;
    private final long seed;

    public KyGenerator(Tier.Ky size, long seed) {
        this.size = size;
        this.seed = seed;
    }

    public String write(Path out) {
        long rosters = 0;
        int schools = 0;
        for (int i = 0; i < size.districts(); i++) {
            int first = share(i, size.schools());
            int count = share(i + 1, size.schools()) - first;
            try (KyDistrict district = new KyDistrict(out.resolve(String.format("%03d", 101 + i)), i)) {
                for (int s = 0; s < count; s++, schools++) {
                    Dice dice = new Dice(seed, 2_000_000L + schools);
                    SchoolKind kind = size.schools() <= 20 && s < 4 ? firstKinds(s) : SchoolKind.at(dice.unit());
                    int teachers = dice.near((double) size.teachers() / size.schools(), 0.3);
                    int students = dice.near((double) size.students() / size.schools(), 0.3);
                    new KySchool(district, dice, s, kind).write(teachers, students);
                }
                rosters += district.rosterRows();
            }
        }
        return String.format("KY: %d districts, %d schools, %d roster rows", size.districts(), schools, rosters);
    }

    /** The district folders of a tier (each holding {@code ky-sis/}), in name order. */
    public static List<Path> districtFolders(Path data) {
        try (Stream<Path> list = Files.list(data)) {
            return list.filter(p -> Files.isDirectory(p.resolve("ky-sis"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + data, e);
        }
    }

    /** A small district still has one school of each LEAD kind, so every rule runs. */
    private static SchoolKind firstKinds(int s) {
        return new SchoolKind[] {SchoolKind.ELEMENTARY, SchoolKind.MIDDLE, SchoolKind.HIGH, SchoolKind.ALTERNATIVE}[s];
    }

    private int share(int district, int total) {
        return (int) (((long) district * total + size.districts() - 1) / size.districts());
    }
}

package org.edhub.texas;

import java.util.Arrays;
import java.util.Optional;


/** The two PR1500 Part 2 reports a run writes (texas-pr1500.md, Outputs). */
public enum Pr1500Level {
    ELEMENTARY("elementary", "Elementary", Pr1500Program.ELEMENTARY_CSV),
    SECONDARY("secondary", "Secondary", Pr1500Program.SECONDARY_CSV);

    public static final String TEACHERS_FILE = Pr1500Program.TEACHERS_CSV;

    private final String slug;
    private final String label;
    private final String fileName;

    Pr1500Level(String slug, String label, String fileName) {
        this.slug = slug;
        this.label = label;
        this.fileName = fileName;
    }

    public String slug() {
        return slug;
    }

    /** Also the value of the Teachers file's {@code Report} column. */
    public String label() {
        return label;
    }

    public String fileName() {
        return fileName;
    }

    public static Optional<Pr1500Level> bySlug(String slug) {
        return Arrays.stream(values()).filter(l -> l.slug.equals(slug)).findFirst();
    }
}

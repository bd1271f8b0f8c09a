package org.edhub.texas.ecos;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.Map;

import org.edhub.texas.pr1500.SharedStrings;

/**
 * The repeated values of one ECOS file read once: codes shared between rows, each date text parsed once (an ECOS
 * file has a few thousand distinct dates for a million rows).
 */
final class EcosValues {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("M/d/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final int DATE_CAP = 1 << 16;
    /** Marks a text already found not to be a date. */
    private static final LocalDate NOT_A_DATE = LocalDate.MIN;

    private final SharedStrings strings = new SharedStrings();
    private final Map<String, LocalDate> dates = new HashMap<>();

    String code(String text) {
        return strings.of(text);
    }

    /** The date M/D/YYYY of the text (spaces around tolerated), or null. */
    LocalDate date(String text) {
        LocalDate known = dates.get(text);
        if (known == null) {
            known = parse(text.strip());
            if (dates.size() < DATE_CAP) dates.put(text, known);
        }
        return known == NOT_A_DATE ? null : known;
    }

    private static LocalDate parse(String text) {
        try {
            return LocalDate.parse(text, DATE);
        } catch (DateTimeParseException e) {
            return NOT_A_DATE;
        }
    }
}

package org.edhub.kentucky.extract;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as Kentucky coordinators read them: MM/DD/YYYY. */
public final class UsDate {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("MM/dd/uuuu");

    private UsDate() {
    }

    public static String of(LocalDate date) {
        if (date == null) return null;
        int slot = (int) (date.toEpochDay() & (WRITTEN.length - 1));
        Written written = WRITTEN[slot];
        if (written != null && written.date().equals(date)) return written.text();
        String text = format(date);
        WRITTEN[slot] = new Written(date, text);
        return text;
    }

    /**
     * The dates written last, by day: a report writes the same few section dates on millions of rows, and the same text
     * object lets the report write its cell once ({@code CsvReport}). Entries are immutable, so threads sharing a slot
     * only ever see a whole one.
     */
    private static final Written[] WRITTEN = new Written[512];

    private record Written(LocalDate date, String text) {
    }

    private static String format(LocalDate date) {
        int year = date.getYear();
        if (year < 0 || year > 9999) return FORMAT.format(date);
        char[] text = {'0', '0', '/', '0', '0', '/', '0', '0', '0', '0'};
        digits(text, 0, 2, date.getMonthValue());
        digits(text, 3, 5, date.getDayOfMonth());
        digits(text, 6, 10, year);
        return new String(text);
    }

    /** Writes {@code value} zero-padded into {@code text[from..to)}, what the formatter's MM, dd and uuuu do for it. */
    private static void digits(char[] text, int from, int to, int value) {
        for (int i = to - 1; i >= from; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}

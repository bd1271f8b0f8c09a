package org.edhub.core.privacy;

import java.util.regex.Pattern;

/** Social Security numbers are never shown: a value that looks like one keeps only its last four digits. */
public final class Privacy {
    private static final Pattern SSN = Pattern.compile("(?<!\\d)\\d{3}-\\d{2}-(\\d{4})(?!\\d)");
    private static final Pattern SSN_HEADER = Pattern.compile("(?i).*\\b(ssn|social security)\\b.*");

    private Privacy() {
    }

    /**
     * {@code 123-45-6789} becomes {@code ***-**-6789}. Nine digits without dashes are left alone: campus ids have
     * that shape too, so a column of SSNs is recognised by its name instead ({@link #isSsnColumn}).
     */
    public static String mask(String value) {
        if (value == null) return null;
        return SSN.matcher(value).replaceAll("***-**-$1");
    }

    /** Whether a column of a table holds Social Security numbers by its name. */
    public static boolean isSsnColumn(String header) {
        return header != null && SSN_HEADER.matcher(header.replace('_', ' ')).matches();
    }
}

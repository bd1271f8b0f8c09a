package org.edhub.texas.pr1500;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Grade levels as numbers so ranges can be compared: PK (and EC, early childhood) is -1, KG is 0, then 1 to 12.
 * EE (early education) is -2, below every report's grades ({@link CountingRules#levelOf}).
 */
public final class Grades {
    public static final int EE = -2;
    public static final int PK = -1;
    public static final int KG = 0;
    private static final Pattern CERT_RANGE = Pattern.compile(
            "(?i)\\s*(?:grades?\\s*)?\\(?\\s*(EC|PK|KG|K|\\d{1,2})\\s*-\\s*(PK|KG|K|\\d{1,2})\\s*\\)?\\s*");

    private Grades() {
    }

    /** A C050 GRADE-LEVEL-CODE ({@code EE}, {@code PK}, {@code KG}, {@code 01} to {@code 12}), or null if not one. */
    public static Integer ofGradeLevelCode(String code) {
        if (code == null) return null;
        String c = code.strip().toUpperCase(java.util.Locale.ROOT);
        switch (c) {
            case "EE": return EE;
            case "PK": return PK;
            case "KG": return KG;
            default:
                if (c.length() != 2 || !isDigit(c.charAt(0)) || !isDigit(c.charAt(1))) return null;
                int g = (c.charAt(0) - '0') * 10 + c.charAt(1) - '0';
                return g >= 1 && g <= 12 ? g : null;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * The range of an ECOS Grade Level such as {@code Grades (EC-6)} or {@code Grades (6-12)}, as {from, to}; null
     * when the text is not a range.
     */
    public static int[] ofCertificateGradeLevel(String text) {
        if (text == null) return null;
        Matcher m = CERT_RANGE.matcher(text);
        if (!m.matches()) return null;
        Integer from = bound(m.group(1));
        Integer to = bound(m.group(2));
        if (from == null || to == null || from > to) return null;
        return new int[] {from, to};
    }

    private static Integer bound(String text) {
        String t = text.toUpperCase(java.util.Locale.ROOT);
        if (t.equals("EC") || t.equals("PK")) return PK;
        if (t.equals("K") || t.equals("KG")) return KG;
        int g = Integer.parseInt(t);
        return g >= 0 && g <= 12 ? g : null;
    }
}

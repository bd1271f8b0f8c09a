package org.edhub.core.privacy;

/** Privacy of person identifiers (spec README): an SSN is never shown in full. */
public final class StaffIds {
    private StaffIds() {
    }

    /** {@code ***-**-6789} for a 9-digit value (an SSN), the value itself otherwise. */
    public static String masked(String id) {
        if (id == null) return null;
        String digits = id.trim();
        if (digits.length() == 9 && digits.chars().allMatch(Character::isDigit)) {
            return "***-**-" + digits.substring(5);
        }
        return id;
    }
}

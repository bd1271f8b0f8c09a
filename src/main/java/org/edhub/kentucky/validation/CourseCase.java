package org.edhub.kentucky.validation;

import org.edhub.kentucky.bundle.Grades;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What the course decision table looks at for one section of the CLASSES report and its primary teacher.
 *
 * @param inCatalog         the state course code is in the KECS catalog for the end year
 * @param content           the catalog's LEAD content area (the section's core content when the code is not in the catalog)
 * @param epsbId            the primary teacher's EPSB ID as the SIS carries it (never trimmed), null when blank
 * @param knownEpsb         well formed and known to KECS (placeholders are known)
 * @param staffRecord       an active District Employment and a District Assignment at the section's school for the year
 * @param placeholderKind   COLLEGE_PROFESSOR or VACANCY for a placeholder EPSB ID, else null
 * @param specialEducation  section special type 05
 * @param populations       the populations the section needs (a special-education section: its students' disabilities)
 * @param permissions       the teacher permissions held: active, unexpired on the section's start, job function Teacher
 * @param holdsSubstitute   an active credential of the educator grants the job function Substitute Teacher
 * @param requiredYears     the years of experience the course needs (0: none)
 * @param educatorYears     the years of experience KECS records for the educator
 */
public record CourseCase(String stateCourseCode, boolean inCatalog, String content, boolean hasPrimaryTeacher,
                         String epsbId, boolean knownEpsb, boolean staffRecord, boolean ktsExchange,
                         String instructionalSetting, String teachingMethod, boolean placeholderCourse,
                         String placeholderKind, boolean specialEducation, int studentCount, int spedCount,
                         String gradeLow, String gradeHigh, List<String> populations, List<HeldPermission> permissions,
                         boolean holdsSubstitute, int requiredYears, int educatorYears) {
    public static final String ALTERNATIVE = "Alternative";
    public static final String GENERAL = "General";

    public CourseCase {
        populations = List.copyOf(populations);
        permissions = List.copyOf(permissions);
    }

    public boolean collegeProfessor() {
        return "COLLEGE_PROFESSOR".equals(placeholderKind);
    }

    public boolean vacancy() {
        return "VACANCY".equals(placeholderKind);
    }

    /** A special-education section with more than 25% general-population students. */
    public boolean mostlyGeneralPopulation() {
        return specialEducation && (studentCount - spedCount) * 4 > studentCount;
    }

    /**
     * The permissions that take part in rows 15-21 (spec: Which permissions count). A general-population or an
     * alternative-program section: those whose population covers the section's ({@code General} resp.
     * {@code Alternative}, or {@code Any}), never one that only covers another population. A special-education section:
     * every Teacher permission, its disabilities being judged one by one (row 22 names those not covered).
     */
    public List<HeldPermission> counted() {
        if (specialEducation || populations.isEmpty()) return permissions;
        return permissions.stream().filter(p -> populations.stream().allMatch(p::coversPopulation)).toList();
    }

    public boolean coversContent() {
        return counted().stream().anyMatch(p -> p.coversContent(content));
    }

    public boolean coversContentAndGrades() {
        return counted().stream().anyMatch(p -> p.coversContent(content) && p.coversGrades(gradeLow, gradeHigh));
    }

    /** The populations no permission covers together with the content and the grade range. */
    public List<String> uncoveredPopulations() {
        return populations.stream().filter(pop -> permissions.stream().noneMatch(p -> p.coversContent(content)
                && p.coversPopulation(pop) && p.coversGrades(gradeLow, gradeHigh))).toList();
    }

    /** Content, grade range and every population needed (a section needing none: content and grade range). */
    public boolean coversAll() {
        return coversContentAndGrades() && uncoveredPopulations().isEmpty();
    }

    public boolean experienceMet() {
        return educatorYears >= requiredYears;
    }

    /** The grade range as the seed writes it in result texts: {@code 7-14}, {@code 9-12}, {@code K-5}. */
    public String gradeRange() {
        return Grades.asWritten(gradeLow) + "-" + Grades.asWritten(gradeHigh);
    }

    /** The educator's active credentials that could possibly clear the course: a counted Teacher permission for its content. */
    public List<String> possibleCredentials() {
        return counted().stream().filter(p -> p.coversContent(content)).map(HeldPermission::credentialLabel)
                .distinct().sorted().toList();
    }

    /** What the seed's blue action button shows: core content, grade range and the credentials that could clear it. */
    public String detail() {
        List<String> credentials = possibleCredentials();
        return "Core content: " + (content == null ? "(unknown)" : content) + "; grade range: " + gradeRange()
                + "; active credentials that could clear the course: "
                + (credentials.isEmpty() ? "none" : credentials.stream().collect(Collectors.joining(", ")));
    }
}

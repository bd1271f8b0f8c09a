package org.edhub.kentucky.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.edhub.kentucky.LeadValidationProgram;

/**
 * The three LEAD validation results (kentucky-lead-validation.md) as the dashboard reads them from a run's outputs:
 * the file, the columns of the table and the columns of the details panel. Columns are found by header, in any order
 * and case; a missing one shows empty, and any column not named here is shown in the details panel too.
 */
public enum LeadTable {
    COURSES("courses", "Courses", LeadValidationProgram.COURSES + LeadTable.CSV,
            List.of(LeadTable.SCHOOL_NUMBER, LeadTable.SCHOOL_NAME, "Section ID", "State Course Code", "Course Name", "EPSB ID",
                    "First Name", "Last Name", LeadTable.CATEGORY, LeadTable.RESULT),
            List.of(LeadTable.FIX, LeadTable.DETAIL)),
    CASELOAD("caseload", "Case Load", LeadValidationProgram.CASELOAD + LeadTable.CSV,
            List.of("Case Manager Person ID", "EPSB ID", "First Name", "Last Name", "Student Count", LeadTable.CATEGORY, LeadTable.RESULT),
            List.of(LeadTable.FIX, "Primary Disability Counts", LeadTable.DETAIL)),
    MUNIS("munis", "Munis", LeadValidationProgram.MUNIS + LeadTable.CSV,
            List.of("Location", "EPSB ID", "First Name", "Last Name", "Job Class Code", "FTE", LeadTable.CATEGORY, LeadTable.RESULT),
            List.of(LeadTable.FIX, LeadTable.DETAIL));

    public static final String CATEGORY = "Category";
    private static final String CSV = ".csv";
    public static final String RESULT = "Result";
    public static final String FIX = "Fix";
    /** Core content, grade range and the educator's active credentials that could clear the result. */
    public static final String DETAIL = "Detail";
    public static final String SCHOOL_NUMBER = "School Number";
    public static final String SCHOOL_NAME = "School Name";

    private final String slug;
    private final String label;
    private final String fileName;
    private final List<String> columns;
    private final List<String> details;

    LeadTable(String slug, String label, String fileName, List<String> columns, List<String> details) {
        this.slug = slug;
        this.label = label;
        this.fileName = fileName;
        this.columns = columns;
        this.details = details;
    }

    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }

    public String fileName() {
        return fileName;
    }

    public List<String> columns() {
        return columns;
    }

    public List<String> details() {
        return details;
    }

    public static Optional<LeadTable> bySlug(String slug) {
        return Arrays.stream(values()).filter(t -> t.slug.equals(slug)).findFirst();
    }
}

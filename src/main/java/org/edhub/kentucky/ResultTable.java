package org.edhub.kentucky;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;


/**
 * The three LEAD validation results (kentucky-lead-validation.md) as the dashboard reads them from a run's outputs:
 * the file, the columns of the table and the columns of the details panel. Columns are found by header, in any order
 * and case; a missing one shows empty, and any column not named here is shown in the details panel too. Every column
 * named here is one {@link LeadValidationReports} writes (ResultTableTest).
 */
public enum ResultTable {
    COURSES("courses", "Courses", LeadValidationProgram.COURSES + ResultTable.CSV, "Section ID",
            List.of(ResultTable.SCHOOL_NUMBER, ResultTable.SCHOOL_NAME, "Section ID", "State Course Code", "Course Name", "EPSB ID",
                    "First Name", "Last Name", ResultTable.CATEGORY, ResultTable.RESULT),
            List.of(ResultTable.FIX, ResultTable.DETAIL)),
    CASELOAD("caseload", "Case Load", LeadValidationProgram.CASELOAD + ResultTable.CSV, "Case Manager Person ID",
            List.of("Case Manager Person ID", "EPSB ID", "First Name", "Last Name", "Student Count", ResultTable.CATEGORY, ResultTable.RESULT),
            List.of(ResultTable.FIX, "Primary Disability Counts", ResultTable.DETAIL)),
    MUNIS("munis", "Munis", LeadValidationProgram.MUNIS + ResultTable.CSV, "EPSB ID",
            List.of("Location", "EPSB ID", "First Name", "Last Name", "Job Class Code", "FTE", ResultTable.CATEGORY, ResultTable.RESULT),
            List.of(ResultTable.FIX, ResultTable.DETAIL));

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
    private final String findingField;
    private final List<String> columns;
    private final List<String> details;

    ResultTable(String slug, String label, String fileName, String findingField, List<String> columns, List<String> details) {
        this.slug = slug;
        this.label = label;
        this.fileName = fileName;
        this.findingField = findingField;
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

    /** The column a row's finding is identified by, as {@link ValidationIssues} raises it. */
    public String findingField() {
        return findingField;
    }

    public List<String> columns() {
        return columns;
    }

    public List<String> details() {
        return details;
    }

    public static Optional<ResultTable> bySlug(String slug) {
        return Arrays.stream(values()).filter(t -> t.slug.equals(slug)).findFirst();
    }
}

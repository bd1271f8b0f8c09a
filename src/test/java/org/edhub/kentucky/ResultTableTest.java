package org.edhub.kentucky;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The dashboard reads the validation results by the columns the report writer writes: a rename breaks here. */
class ResultTableTest {
    private static final Map<ResultTable, List<String>> WRITTEN = Map.of(
            ResultTable.COURSES, header(LeadValidationReports.COURSES),
            ResultTable.CASELOAD, header(LeadValidationReports.CASELOAD),
            ResultTable.MUNIS, header(LeadValidationReports.MUNIS));

    @Test
    void everyColumnThePagesShowIsOneTheReportWrites() {
        for (ResultTable table : ResultTable.values()) {
            assertThat(WRITTEN.get(table)).as(table.fileName()).containsAll(table.columns()).containsAll(table.details());
        }
    }

    @Test
    void everyTableIsAFileTheProgramWrites() {
        assertThat(ResultTable.COURSES.fileName()).isEqualTo(LeadValidationProgram.COURSES + ".csv");
        assertThat(ResultTable.CASELOAD.fileName()).isEqualTo(LeadValidationProgram.CASELOAD + ".csv");
        assertThat(ResultTable.MUNIS.fileName()).isEqualTo(LeadValidationProgram.MUNIS + ".csv");
    }

    private static List<String> header(List<String> columns) {
        List<String> all = new ArrayList<>(columns);
        all.addAll(LeadValidationReports.RESULT);
        return all;
    }
}

package org.edhub.kentucky.web;

import org.edhub.kentucky.ResultTable;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.edhub.core.table.Row;
import org.edhub.core.table.Table;
import org.junit.jupiter.api.Test;

class LeadPageTest {
    static final Table DATA = new Table(List.of("School Number", "School Name", "Category", "Result", "Core Content", "Room"), List.of(
            row("010", "Elementary", "Clear", "Cleared for content", "Reading", "12"),
            row("010", "Elementary", "Out of Field", "Educator does not have permissions for (Mathematics)", "Mathematics", "14"),
            row("020", "High", "out of field", "Educator does not have permissions for (U.S. History) within the grade range of 9-11", "U.S. History", "201"),
            row("020", "High", "Out of Field", "Educator does not have permissions for (Biology)", "Biology", "202"),
            row("020", "High", "Error", "Invalid Course Code", "", "203")));

    static Row row(String school, String name, String category, String result, String content, String room) {
        return new Row(Map.of("school number", school, "school name", name, "category", category, "result", result,
                "core content", content, "room", room));
    }

    @Test
    void aCategoryFilterKeepsOnlyItsRowsAndTheOtherChartCountsWithinIt() {
        LeadPage page = LeadPage.build("/b", ResultTable.COURSES, DATA, new LeadFilter(null, "Out of Field", null));
        assertThat(page.rows()).hasSize(3).allSatisfy(r -> assertThat(r.category()).isEqualTo("Out of Field"));
        assertThat(page.categoryPie()).extracting(PieChart.Slice::label, PieChart.Slice::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Clear", 1), org.assertj.core.groups.Tuple.tuple("Error", 1),
                        org.assertj.core.groups.Tuple.tuple("Out of Field", 3));
        assertThat(page.resultPie()).extracting(PieChart.Slice::label)
                .containsExactly("Educator does not have permissions for (…)",
                        "Educator does not have permissions for (…) within the grade range of …");
        // clicking the selected slice again clears the filter
        assertThat(page.categoryPie().get(2).href()).isEqualTo("/b");
        assertThat(page.categoryPie().get(0).href()).isEqualTo("/b?category=Clear");
    }

    @Test
    void schoolAndResultFiltersCombine() {
        LeadPage page = LeadPage.build("/b", ResultTable.COURSES, DATA,
                new LeadFilter("020", null, "Educator does not have permissions for (…)"));
        assertThat(page.rows()).hasSize(1);
        assertThat(page.rows().get(0).cells()).contains("Educator does not have permissions for (Biology)");
        assertThat(page.schools()).extracting(LeadPage.Option::label).containsExactly("010 Elementary", "020 High");
    }

    @Test
    void theDetailsPanelHasTheKnownDetailsThenEveryColumnTheTableDoesNotShow() {
        LeadPage page = LeadPage.build("/b", ResultTable.COURSES, DATA, new LeadFilter(null, null, null));
        assertThat(page.rows().get(1).details()).extracting(LeadPage.Detail::name)
                .containsExactly("Fix", "Detail", "Core Content", "Room");
        assertThat(page.rows().get(1).details().get(2).value()).isEqualTo("Mathematics");
        assertThat(page.rows().get(1).categoryClass()).isEqualTo("cat-out-of-field");
    }

    @Test
    void theFilterQueryIsEncoded() {
        assertThat(new LeadFilter("020", "Out of Field", " ").query()).isEqualTo("?school=020&category=Out+of+Field");
        assertThat(new LeadFilter("", null, null).query()).isEmpty();
    }

    /** Issue 15, since the last run: a result whose finding is new is marked, whatever the finding's rule code. */
    @Test
    void aResultWhoseFindingIsNewSinceTheLastRunIsMarked() {
        Table sections = new Table(List.of("Section ID", "Category", "Result"), List.of(
                new Row(Map.of("section id", "5206", "category", "Error", "result", "Invalid Course Code")),
                new Row(Map.of("section id", "5207", "category", "Error", "result", "Invalid Course Code"))));
        LeadPage page = LeadPage.build("/b", ResultTable.COURSES, sections, new LeadFilter(null, null, null),
                java.util.Set.of(org.edhub.core.issue.FindingKey.ofRecord("KY-LEAD-COURSE-CODE", null, "Section ID", "5207")));
        assertThat(page.rows()).extracting(LeadPage.LeadRow::isNew).containsExactly(false, true);
    }
}

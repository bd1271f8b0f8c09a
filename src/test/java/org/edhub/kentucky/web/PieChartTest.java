package org.edhub.kentucky.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PieChartTest {

    @Test
    void slicesShareTheCircleByCountAndLinkToTheirFilter() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("Clear", 1);
        counts.put("Error", 0);
        counts.put("Out of Field", 3);
        List<PieChart.Slice> slices = PieChart.of(counts, Categories::color, c -> "/x?category=" + c, "Out of Field");

        assertThat(slices).extracting(PieChart.Slice::label).containsExactly("Clear", "Out of Field");
        assertThat(slices.get(0).percentText()).isEqualTo("25%");
        assertThat(slices.get(1).selected()).isTrue();
        assertThat(slices.get(1).href()).isEqualTo("/x?category=Out of Field");
        assertThat(slices.get(1).color()).isEqualTo("#ef6c00");
        // Clear: twelve o'clock to three o'clock; Out of Field: the large arc from three o'clock back round
        assertThat(slices.get(0).path()).isEqualTo("M 100.00 100.00 L 100.00 10.00 A 90 90 0 0 1 190.00 100.00 Z");
        assertThat(slices.get(1).path()).startsWith("M 100.00 100.00 L 190.00 100.00 A 90 90 0 1 1 ");
        // the point inside the Out of Field slice is in its lower left, where the slice is
        assertThat(slices.get(1).insideX()).isLessThan(100);
        assertThat(slices.get(1).insideY()).isGreaterThan(100);
    }

    @Test
    void aSingleSliceIsTheWholeCircle() {
        List<PieChart.Slice> slices = PieChart.of(Map.of("Clear", 7), c -> null, c -> "", null);
        assertThat(slices.get(0).path()).contains("A 90 90 0 1 1 100.00 190.00 A 90 90 0 1 1 100.00 10.00");
        assertThat(slices.get(0).color()).isNotBlank();
    }

    @Test
    void beyondEightSlicesTheSmallestAreOneGreyOtherSliceAndEverySliceHasAColourOfItsOwn() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = 17; i >= 1; i--) counts.put("Result " + i, i);
        List<PieChart.Slice> slices = PieChart.of(counts, r -> null, r -> "/x?result=" + r, null);

        assertThat(slices).hasSize(PieChart.MAX_SLICES);
        assertThat(slices).extracting(PieChart.Slice::label).containsExactly("Result 17", "Result 16", "Result 15",
                "Result 14", "Result 13", "Result 12", "Result 11", PieChart.OTHER);
        assertThat(slices).extracting(PieChart.Slice::color).doesNotHaveDuplicates();
        PieChart.Slice other = slices.get(7);
        assertThat(other.count()).isEqualTo(55);
        assertThat(other.href()).isNull();
        assertThat(other.grouped()).extracting(PieChart.Slice::label).startsWith("Result 10").endsWith("Result 1").hasSize(10);
        assertThat(other.grouped().get(0).href()).isEqualTo("/x?result=Result 10");
        // the slices still make the whole circle: Other ends at twelve o'clock
        assertThat(other.path()).endsWith(" 100.00 10.00 Z");
    }

    @Test
    void aSelectedSmallResultKeepsASliceOfItsOwn() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = 12; i >= 1; i--) counts.put("Result " + i, i);
        List<PieChart.Slice> slices = PieChart.of(counts, r -> null, r -> "", "Result 2");

        assertThat(slices).extracting(PieChart.Slice::label).containsExactly("Result 12", "Result 11", "Result 10",
                "Result 9", "Result 8", "Result 7", "Result 2", PieChart.OTHER);
        assertThat(slices.get(6).selected()).isTrue();
        assertThat(slices.get(7).grouped()).extracting(PieChart.Slice::label).contains("Result 6", "Result 1")
                .doesNotContain("Result 2");
    }

    @Test
    void eightSlicesOrFewerAreAllShown() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = 8; i >= 1; i--) counts.put("Result " + i, i);
        assertThat(PieChart.of(counts, r -> null, r -> "", null)).hasSize(8).noneMatch(s -> s.label().equals(PieChart.OTHER))
                .extracting(PieChart.Slice::color).doesNotHaveDuplicates();
    }
}

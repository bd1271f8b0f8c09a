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
}

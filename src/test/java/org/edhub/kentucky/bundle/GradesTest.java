package org.edhub.kentucky.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class GradesTest {

    @Test
    void eachCodeRanksAtItsPlaceInTheStatesOrder() {
        for (int i = 0; i < Grades.ORDER.size(); i++) {
            assertThat(Grades.rank(Grades.ORDER.get(i))).as(Grades.ORDER.get(i)).isEqualTo(i);
            assertThat(Grades.isGrade(Grades.ORDER.get(i))).isTrue();
        }
    }

    @Test
    void everyOtherTextOfOneOrTwoCharactersSortsLastAndIsNoGrade() {
        List<String> others = new ArrayList<>();
        for (char a = ' '; a < 128; a++) {
            others.add(String.valueOf(a));
            for (char b = ' '; b < 128; b++) others.add("" + a + b);
        }
        others.addAll(List.of("", "pk", "kg", "00", "13", "15", "19", "20", "1", "012", "PK "));
        others.removeAll(Grades.ORDER);
        for (String other : others) {
            assertThat(Grades.rank(other)).as("'%s'", other).isEqualTo(Grades.ORDER.size());
            assertThat(Grades.isGrade(other)).as("'%s'", other).isFalse();
        }
    }

    @Test
    void gradeCodesSortInTheStatesOrder() {
        List<String> shuffled = new ArrayList<>(List.of("14", "KG", "09", "PK", "12", "01", "10", "XX"));
        shuffled.sort(Grades.BY_ORDER);
        assertThat(shuffled).containsExactly("PK", "KG", "01", "09", "10", "12", "14", "XX");
    }
}

package org.edhub.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DigitsTest {
    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "0", "0123", "12345", "12a", " 12", "12 ", "-1", "١٢", "1.0", "9999999999"})
    void sameAsTheRegularExpressions(String text) {
        assertThat(Digits.only(text)).isEqualTo(text.matches("\\d+"));
        assertThat(Digits.only(text, 1, 4)).isEqualTo(text.matches("\\d{1,4}"));
        assertThat(Digits.only(text, 4, 4)).isEqualTo(text.matches("\\d{4}"));
        assertThat(Digits.only(text, 1, 1)).isEqualTo(text.matches("\\d"));
    }

    @org.junit.jupiter.api.Test
    void nullIsNoDigits() {
        assertThat(Digits.only(null)).isFalse();
        assertThat(Digits.only(null, 0, 4)).isFalse();
    }
}

package org.edhub.kentucky.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class FixesTest {

    @Test
    void allHoldsEveryFixOnce() throws IllegalAccessException {
        List<Fix> declared = new ArrayList<>();
        for (Field f : Fixes.class.getDeclaredFields()) {
            if (f.getType() == Fix.class && Modifier.isStatic(f.getModifiers())) declared.add((Fix) f.get(null));
        }
        assertThat(Fixes.ALL).containsExactlyInAnyOrderElementsOf(declared);
        assertThat(Fixes.ALL.stream().map(Fix::code).distinct()).hasSameSizeAs(Fixes.ALL);
    }
}

package org.edhub.texas.parts;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.edhub.core.spill.SampleRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of record the count spills comes back from its part file as it was written, every component filled in:
 * the records are found by reflection and filled in from their components, so a component added to any of them (a
 * new field of the staff record, say) is checked too, with no change here.
 */
class PartRecordsTest {
    @TempDir
    Path dir;

    @Test
    void everySpilledRecordSurvivesItsPartFileWithEveryComponent() throws Exception {
        List<PartFiles.Kind<?>> kinds = kinds();
        assertThat(kinds).extracting(PartFiles.Kind::name)
                .containsExactlyInAnyOrder("staff", "taught", "certificates", "ssns", "by-ssn", "lines");
        try (PartFiles files = new PartFiles(dir, 3)) {
            for (PartFiles.Kind<?> kind : kinds) assertSurvives(files, kind);
        }
    }

    private static <T extends Record> void assertSurvives(PartFiles files, PartFiles.Kind<T> kind) {
        SampleRecords samples = new SampleRecords();
        List<T> written = List.of(samples.of(type(kind)), samples.of(type(kind)), samples.of(type(kind)));
        PartFiles.Writers<T> out = files.writers(kind, 0);
        for (T r : written) out.write(1, r);
        out.finish();

        List<T> read = new ArrayList<>();
        files.forEach(kind, 0, 1, read::add);

        assertThat(read).as(kind.name()).isEqualTo(written).doesNotContainNull();
    }

    @SuppressWarnings("unchecked")
    private static <T extends Record> Class<T> type(PartFiles.Kind<T> kind) {
        for (Field f : PartRecords.class.getDeclaredFields()) {
            try {
                if (f.get(null) == kind) {
                    return (Class<T>) ((ParameterizedType) f.getGenericType()).getActualTypeArguments()[0];
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(kind.name());
    }

    private static List<PartFiles.Kind<?>> kinds() throws IllegalAccessException {
        List<PartFiles.Kind<?>> kinds = new ArrayList<>();
        for (Field f : PartRecords.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == PartFiles.Kind.class) kinds.add((PartFiles.Kind<?>) f.get(null));
        }
        return kinds;
    }
}

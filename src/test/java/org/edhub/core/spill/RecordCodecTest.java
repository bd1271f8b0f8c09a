package org.edhub.core.spill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RecordCodecTest {
    enum Level { ELEM, SEC, BOTH }

    record Inner(String code, LocalDate until) {
    }

    record Everything(int i, long l, boolean b, short s, byte by, char c, double d, float f, Integer boxed, Long big,
                      String text, Level level, LocalDate date, Inner inner, List<String> texts, List<Inner> inners,
                      Object any, List<Object> cells) {
    }

    /** A staff record as it was ... */
    record Staff(String file, long line, String uniqueId, Integer years) {
    }

    /** ... and with a component added: nothing else changes, and the new component is spilled too. */
    record StaffWithAddedField(String file, long line, String uniqueId, Integer years, String middleName) {
    }

    @Test
    void everyKindOfComponentSurvivesASpill() throws IOException {
        Everything filled = new SampleRecords().of(Everything.class);
        Everything empty = new Everything(0, 0, false, (short) 0, (byte) 0, '\0', 0, 0, null, null, null, null, null, null,
                null, null, null, Arrays.asList(null, 7, 8L, "x"));
        Everything longText = new Everything(-1, Long.MIN_VALUE, true, Short.MIN_VALUE, Byte.MIN_VALUE, '€', -0.0, Float.NaN,
                Integer.MIN_VALUE, Long.MAX_VALUE, "€".repeat(70_000), Level.ELEM, LocalDate.MAX,
                new Inner(null, LocalDate.MIN), List.of(), List.of(new Inner("", null)), 5, new ArrayList<>());
        List<Everything> written = List.of(filled, empty, longText, filled, filled);

        assertThat(readBack(Everything.class, written)).isEqualTo(written);
    }

    @Test
    void aComponentAddedToARecordSurvivesASpill() throws IOException {
        List<StaffWithAddedField> written = List.of(new SampleRecords().of(StaffWithAddedField.class),
                new StaffWithAddedField("staff.xml", 12, "1234567890", 7, "Ann"));

        assertThat(readBack(StaffWithAddedField.class, written)).isEqualTo(written);
        assertThat(readBack(StaffWithAddedField.class, written).get(1).middleName()).isEqualTo("Ann");
        assertThat(bytes(StaffWithAddedField.class, written.subList(1, 2)))
                .hasSize(bytes(Staff.class, List.of(new Staff("staff.xml", 12, "1234567890", 7))).length + 1 + 2 + 3);
    }

    @Test
    void aTextRepeatedFromThePreviousRecordIsOneByte() throws IOException {
        String file = "district_2019_Fall_StaffAssociation.xml";
        Staff first = new Staff(file, 1, "1000000001", 3);
        Staff second = new Staff(file, 2, "1000000002", 4);

        int both = bytes(Staff.class, List.of(first, second)).length;
        int alone = bytes(Staff.class, List.of(second)).length;

        assertThat(both - alone).isEqualTo(alone - (3 + file.length()) + 1);
        assertThat(readBack(Staff.class, List.of(first, second))).containsExactly(first, second);
    }

    @Test
    void everyTextSurvivesASpillWhateverItsCharacters() throws IOException {
        List<String> texts = List.of("", "1000000001", "What? A question mark", "Peña", "日本語", "a\uD800b", "\uDC00?", "nul\u0000",
                "\uD83D\uDE00 a pair", "x".repeat(65_535), "y".repeat(65_536), "é".repeat(30_000));
        List<Staff> written = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) written.add(new Staff("staff.xml", i, texts.get(i), i));

        assertThat(readBack(Staff.class, written)).isEqualTo(written);
        assertThat(bytes(Staff.class, written.subList(1, 2))).as("an ASCII text: a tag, its length in two bytes, its bytes")
                .hasSize(bytes(Staff.class, List.of(new Staff("staff.xml", 1, "", 1))).length + 10);
    }

    record WithMap(String id, Map<String, String> more) {
    }

    @Test
    void aComponentOfAnotherTypeIsRefusedWhenTheCodecIsDerived() {
        assertThatThrownBy(() -> RecordCodec.of(WithMap.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("WithMap.more").hasMessageContaining("java.util.Map");
    }

    record Cells(List<Object> cells) {
    }

    @Test
    void anObjectOfAnotherTypeIsRefusedWhenWritten() {
        assertThatThrownBy(() -> bytes(Cells.class, List.of(new Cells(List.of(LocalDate.MIN)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Cells.cells[]")
                .hasMessageContaining("java.time.LocalDate");
    }

    @Test
    void aStreamCutInsideARecordIsAnErrorNotAnEnd() throws IOException {
        byte[] whole = bytes(Staff.class, List.of(new Staff("f", 1, "1000000001", 3)));
        DataInputStream cut = new DataInputStream(new ByteArrayInputStream(Arrays.copyOf(whole, whole.length - 2)));

        assertThatThrownBy(() -> RecordCodec.of(Staff.class).reader(cut).next()).isInstanceOf(EOFException.class);
    }

    private static <T extends Record> byte[] bytes(Class<T> type, List<T> records) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RecordCodec.Writer<T> writer = RecordCodec.of(type).writer(new DataOutputStream(bytes));
        for (T r : records) writer.write(r);
        return bytes.toByteArray();
    }

    private static <T extends Record> List<T> readBack(Class<T> type, List<T> records) throws IOException {
        RecordCodec.Reader<T> reader = RecordCodec.of(type).reader(new DataInputStream(new ByteArrayInputStream(bytes(type, records))));
        List<T> read = new ArrayList<>();
        for (T r = reader.next(); r != null; r = reader.next()) read.add(r);
        return read;
    }
}

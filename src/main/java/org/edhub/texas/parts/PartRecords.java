package org.edhub.texas.parts;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.edhub.texas.pr1500.Certificate;
import org.edhub.texas.pr1500.CountedCertificate;
import org.edhub.texas.pr1500.CredentialCategory;
import org.edhub.texas.pr1500.StaffRecord;

/** How each kind of spilled record is written and read back: the fields a part of the count needs, nothing else. */
final class PartRecords {
    static final String STAFF = "staff";
    static final String TAUGHT = "taught";
    static final String CERTIFICATES = "certificates";
    static final String SSNS = "ssns";
    static final String BY_SSN = "by-ssn";
    static final String LINES = "lines";

    private PartRecords() {
    }

    /** A teacher-of-record class as the count replays it. */
    record Taught(long line, String districtId, String campusId, String staffId, String serviceId, int students) {
    }

    /** A teacher's SSN, keyed by the SSN, pointing at the TX Unique Staff ID. */
    record Ssn(String ssn, String uniqueId) {
    }

    static void write(DataOutputStream out, StaffRecord r) throws IOException {
        out.writeLong(r.line());
        out.writeUTF(r.uniqueId());
        text(out, r.ssn());
        text(out, r.firstName());
        text(out, r.lastName());
        number(out, r.years());
    }

    static StaffRecord staff(DataInputStream in, String file) throws IOException {
        return new StaffRecord(file, in.readLong(), in.readUTF(), text(in), text(in), text(in), number(in));
    }

    static void write(DataOutputStream out, Taught t) throws IOException {
        out.writeLong(t.line());
        text(out, t.districtId());
        out.writeUTF(t.campusId());
        out.writeUTF(t.staffId());
        text(out, t.serviceId());
        out.writeInt(t.students());
    }

    static Taught taught(DataInputStream in) throws IOException {
        return new Taught(in.readLong(), text(in), in.readUTF(), in.readUTF(), text(in), in.readInt());
    }

    static void write(DataOutputStream out, CountedCertificate counted) throws IOException {
        Certificate c = counted.certificate();
        out.writeLong(c.row());
        out.writeUTF(c.staffId());
        text(out, c.certType());
        out.writeLong(c.effective().toEpochDay());
        out.writeBoolean(c.expires() != null);
        if (c.expires() != null) out.writeLong(c.expires().toEpochDay());
        text(out, c.gradeLevel());
        text(out, c.certLevel());
        text(out, c.field());
        out.writeByte(counted.category().ordinal());
        out.writeInt(counted.fromGrade());
        out.writeInt(counted.toGrade());
    }

    static CountedCertificate certificate(DataInputStream in) throws IOException {
        long row = in.readLong();
        String staffId = in.readUTF();
        String type = text(in);
        LocalDate effective = LocalDate.ofEpochDay(in.readLong());
        LocalDate expires = in.readBoolean() ? LocalDate.ofEpochDay(in.readLong()) : null;
        Certificate c = new Certificate(row, staffId, type, effective, expires, text(in), text(in), text(in));
        return new CountedCertificate(c, CredentialCategory.values()[in.readByte()], in.readInt(), in.readInt());
    }

    /** A certificate keyed by an SSN, sent to the part of the teacher with that SSN. */
    static void write(DataOutputStream out, String uniqueId, CountedCertificate c) throws IOException {
        out.writeUTF(uniqueId);
        write(out, c);
    }

    /** A certificate keyed by an SSN, with the TX Unique Staff ID of its teacher. */
    static Map.Entry<String, CountedCertificate> bySsn(DataInputStream in) throws IOException {
        String uniqueId = in.readUTF();
        return Map.entry(uniqueId, certificate(in));
    }

    static void write(DataOutputStream out, Ssn s) throws IOException {
        out.writeUTF(s.ssn());
        out.writeUTF(s.uniqueId());
    }

    static Ssn ssn(DataInputStream in) throws IOException {
        return new Ssn(in.readUTF(), in.readUTF());
    }

    /** A drill-down line: its place in the drill-down's order, then its cells (text, whole numbers or empty). */
    static void write(DataOutputStream out, LineKey key, List<Object> cells) throws IOException {
        out.writeByte(key.report());
        out.writeUTF(key.campusId());
        out.writeByte(key.assignment());
        out.writeUTF(key.staffId());
        out.writeShort(cells.size());
        for (Object cell : cells) {
            if (cell == null) {
                out.writeByte(0);
            } else if (cell instanceof Integer n) {
                out.writeByte(2);
                out.writeInt(n);
            } else if (cell.toString().length() <= 20_000) {
                out.writeByte(1);
                out.writeUTF(cell.toString());
            } else {
                byte[] utf8 = cell.toString().getBytes(StandardCharsets.UTF_8);
                out.writeByte(3);
                out.writeInt(utf8.length);
                out.write(utf8);
            }
        }
    }

    /** The next line's key, or null at the end of the file. */
    static LineKey lineKey(DataInputStream in) throws IOException {
        int report;
        try {
            report = in.readByte();
        } catch (EOFException end) {
            return null;
        }
        return new LineKey(report, in.readUTF(), in.readByte(), in.readUTF());
    }

    static List<Object> cells(DataInputStream in) throws IOException {
        int n = in.readShort();
        List<Object> cells = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            switch (in.readByte()) {
                case 0 -> cells.add(null);
                case 2 -> cells.add(in.readInt());
                case 3 -> {
                    byte[] utf8 = new byte[in.readInt()];
                    in.readFully(utf8);
                    cells.add(new String(utf8, StandardCharsets.UTF_8));
                }
                default -> cells.add(in.readUTF());
            }
        }
        return cells;
    }

    /** Calls {@code each} for every record of the stream, then closes it; a null stream has none. */
    static <T> void forEach(DataInputStream in, Reader<T> read, RecordConsumer<T> each) {
        if (in == null) return;
        try (in) {
            while (true) {
                T record;
                try {
                    record = read.read(in);
                } catch (EOFException end) {
                    return;
                }
                each.accept(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read a part of the count", e);
        }
    }

    /** Runs a write to a part file; a failure to write is unchecked, as the count cannot go on without it. */
    static void unchecked(Write write) {
        try {
            write.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a part of the count", e);
        }
    }

    interface Write {
        void run() throws IOException;
    }

    interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    interface RecordConsumer<T> {
        void accept(T record) throws IOException;
    }

    private static void text(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) out.writeUTF(s);
    }

    private static String text(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    private static void number(DataOutputStream out, Integer n) throws IOException {
        out.writeBoolean(n != null);
        if (n != null) out.writeInt(n);
    }

    private static Integer number(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readInt() : null;
    }
}

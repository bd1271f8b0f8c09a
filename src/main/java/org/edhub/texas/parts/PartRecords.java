package org.edhub.texas.parts;

import java.util.List;

import org.edhub.texas.pr1500.CountedCertificate;
import org.edhub.texas.pr1500.PeimsFacts;
import org.edhub.texas.pr1500.StaffRecord;

/**
 * The kinds of records a count in parts spills: the records of the count itself, whole, and the three it makes on the
 * way. Each is written in the form {@link org.edhub.core.spill.RecordCodec} derives from its type.
 */
final class PartRecords {
    static final PartFiles.Kind<StaffRecord> STAFF = PartFiles.Kind.of("staff", StaffRecord.class);
    static final PartFiles.Kind<PeimsFacts.TeacherClass> TAUGHT = PartFiles.Kind.of("taught", PeimsFacts.TeacherClass.class);
    static final PartFiles.Kind<CountedCertificate> CERTIFICATES = PartFiles.Kind.of("certificates", CountedCertificate.class);
    static final PartFiles.Kind<Ssn> SSNS = PartFiles.Kind.of("ssns", Ssn.class);
    static final PartFiles.Kind<SsnCertificate> BY_SSN = PartFiles.Kind.of("by-ssn", SsnCertificate.class);
    static final PartFiles.Kind<Line> LINES = PartFiles.Kind.of("lines", Line.class);

    private PartRecords() {
    }

    /** A teacher's SSN, sent to the part of the SSN, pointing at the teacher's TX Unique Staff ID. */
    record Ssn(String ssn, String uniqueId) {
    }

    /** A certificate keyed by an SSN, sent to the part of the teacher with that SSN. */
    record SsnCertificate(String uniqueId, CountedCertificate certificate) {
    }

    /** A drill-down line: its place in the drill-down's order, then its cells (text, whole numbers or empty). */
    record Line(LineKey key, List<Object> cells) {
    }
}

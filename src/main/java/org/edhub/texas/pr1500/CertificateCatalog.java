package org.edhub.texas.pr1500;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.edhub.core.issue.IssueSink;
import org.edhub.core.privacy.Ssn;

/**
 * The certificates of the ECOS file by staff identifier (SSN or TX Unique Staff ID), each classified once: its
 * category from the cert-type table and its grade range. A row with an unknown type or an unreadable grade level is
 * reported once and left out.
 */
public final class CertificateCatalog {
    private final Map<String, List<CountedCertificate>> byStaffId = new HashMap<>();
    /** In a part of a count: the certificates keyed by a teacher's SSN, by the teacher's TX Unique Staff ID. */
    private Map<String, List<CountedCertificate>> bySsnOfStaffId;

    /** A catalog for one part of a count: a teacher's SSN-keyed certificates are added by {@link #addBySsn}. */
    public static CertificateCatalog inParts() {
        CertificateCatalog catalog = new CertificateCatalog();
        catalog.bySsnOfStaffId = new HashMap<>();
        return catalog;
    }

    public static CertificateCatalog of(Iterable<Certificate> certificates, String file, CertTypeTable types, IssueSink issues) {
        return new CertificateCatalog().add(certificates, file, types, issues);
    }

    /** Classifies and adds the certificates of one ECOS file. */
    public CertificateCatalog add(Iterable<Certificate> certificates, String file, CertTypeTable types, IssueSink issues) {
        Consumer<Certificate> adding = adding(file, types, issues);
        certificates.forEach(adding);
        return this;
    }

    /** Classifies and adds each certificate of one ECOS file as it is read. */
    public Consumer<Certificate> adding(String file, CertTypeTable types, IssueSink issues) {
        return classifying(file, types, issues, this::add);
    }

    /** Classifies each certificate of one ECOS file as it is read and hands on those that count. */
    public static Consumer<Certificate> classifying(String file, CertTypeTable types, IssueSink issues,
                                                    Consumer<CountedCertificate> counted) {
        return c -> classify(c, file, types, issues, counted);
    }

    /** A classified certificate, under its own staff identifier. */
    public void add(CountedCertificate c) {
        byStaffId.computeIfAbsent(c.certificate().staffId(), k -> new ArrayList<>(2)).add(c);
    }

    /** A classified certificate keyed by the SSN of the teacher with this TX Unique Staff ID (a part of a count). */
    public void addBySsn(String uniqueId, CountedCertificate c) {
        bySsnOfStaffId.computeIfAbsent(uniqueId, k -> new ArrayList<>(2)).add(c);
    }

    private static void classify(Certificate c, String file, CertTypeTable types, IssueSink issues,
                                 Consumer<CountedCertificate> counted) {
        if (!types.isKnown(c.certType())) {
            issues.report(Pr1500Rule.CERT_TYPE_UNKNOWN.issue("Cert Typ Code '" + c.certType() + "' of staff "
                    + Ssn.mask(Ssn.FIELD, c.staffId()) + " is not in the cert-type table; the certificate is not counted")
                    .at(file, c.row()).field("Cert Typ Code", c.certType()));
            return;
        }
        Optional<CredentialCategory> category = CountingRules.category(types, c.certType());
        if (category.isEmpty()) return;
        int[] range = Grades.ofCertificateGradeLevel(c.gradeLevel());
        if (range == null) {
            issues.report(Pr1500Rule.CERT_GRADE_LEVEL.issue("Grade Level '" + c.gradeLevel() + "' of staff "
                    + Ssn.mask(Ssn.FIELD, c.staffId()) + " is not a grade range like Grades (EC-6); the certificate is not counted")
                    .at(file, c.row()).field("Grade Level", c.gradeLevel()));
            return;
        }
        counted.accept(new CountedCertificate(c, category.get(), range[0], range[1]));
    }

    /**
     * The SSN a teacher's certificates are matched by besides the TX Unique Staff ID (rule 5): the STAFF-ID of the
     * teacher's staff record, unless it has none, it is empty, or it is the TX Unique Staff ID itself; null then, and
     * for a teacher without a staff record. The one place the match by SSN is decided, in one piece or in parts.
     */
    public static String matchingSsn(StaffRecord staff) {
        if (staff == null) return null;
        String ssn = staff.ssn();
        return ssn == null || ssn.isEmpty() || ssn.equals(staff.uniqueId()) ? null : ssn;
    }

    /**
     * The classified certificates of a teacher: those keyed by its TX Unique Staff ID, then those keyed by its
     * {@link #matchingSsn} ({@code staff} may be null).
     */
    public List<CountedCertificate> of(String uniqueId, StaffRecord staff) {
        List<CountedCertificate> all = new ArrayList<>(byStaffId.getOrDefault(uniqueId, List.of()));
        String ssn = matchingSsn(staff);
        if (ssn != null) {
            all.addAll(bySsnOfStaffId == null ? byStaffId.getOrDefault(ssn, List.of())
                    : bySsnOfStaffId.getOrDefault(uniqueId, List.of()));
        }
        return all;
    }
}

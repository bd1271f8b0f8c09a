package org.edhub.texas.parts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.edhub.texas.pr1500.CertificateCatalog;
import org.edhub.texas.pr1500.PeimsFacts;
import org.edhub.texas.pr1500.StaffRecord;

/**
 * Certificates keyed by an SSN, brought to the part of the teacher with that SSN: the part of a certificate is known
 * when the ECOS file is read, the teacher's SSN only from the teacher's staff record. First each part's teachers send
 * the SSN their certificates are matched by ({@link CertificateCatalog#matchingSsn}, of the staff record the count
 * keeps) to the part of the SSN; then each part sends the certificates keyed by those SSNs, in the order they were
 * read, to the parts of their teachers.
 */
final class SsnKeyedCertificates {
    private final PartFiles files;
    private final int peimsSources;
    private final int certificateSources;

    SsnKeyedCertificates(PartFiles files, int peimsSources, int certificateSources) {
        this.files = files;
        this.peimsSources = peimsSources;
        this.certificateSources = certificateSources;
    }

    void sendToTeachers() {
        sendSsns();
        sendCertificatesBySsn();
    }

    /** Each teacher's matching SSN to the part of the SSN. */
    private void sendSsns() {
        PartFiles.Writers<PartRecords.Ssn> ssns = files.writers(PartRecords.SSNS, 0);
        for (int p = 0; p < files.parts(); p++) {
            PeimsFacts staff = new PeimsFacts(issue -> { });
            for (int source = 0; source < peimsSources; source++) files.forEach(PartRecords.STAFF, source, p, staff::staff);
            for (StaffRecord s : staff.staffRecords()) {
                String ssn = CertificateCatalog.matchingSsn(s);
                if (ssn != null) ssns.write(ssn, new PartRecords.Ssn(ssn, s.uniqueId()));
            }
        }
        ssns.finish();
    }

    /** Certificates keyed by a teacher's SSN, copied to the part of the teacher, in the order they were read. */
    private void sendCertificatesBySsn() {
        PartFiles.Writers<PartRecords.SsnCertificate> bySsn = files.writers(PartRecords.BY_SSN, 0);
        for (int q = 0; q < files.parts(); q++) {
            Map<String, List<String>> teachersOf = new HashMap<>();
            files.forEach(PartRecords.SSNS, 0, q,
                    s -> teachersOf.computeIfAbsent(s.ssn(), k -> new ArrayList<>(1)).add(s.uniqueId()));
            if (teachersOf.isEmpty()) continue;
            for (int source = 0; source < certificateSources; source++) {
                files.forEach(PartRecords.CERTIFICATES, source, q, c -> {
                    for (String uniqueId : teachersOf.getOrDefault(c.certificate().staffId(), List.of())) {
                        bySsn.write(uniqueId, new PartRecords.SsnCertificate(uniqueId, c));
                    }
                });
            }
        }
        bySsn.finish();
    }
}

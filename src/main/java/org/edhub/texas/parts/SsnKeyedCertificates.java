package org.edhub.texas.parts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Certificates keyed by an SSN, brought to the part of the teacher with that SSN: the part of a certificate is known
 * when the ECOS file is read, the teacher's SSN only from the teacher's staff record. First each part's teachers send
 * their SSN (of their first staff record, as the count uses) to the part of the SSN; then each part sends the
 * certificates keyed by those SSNs, in the order they were read, to the parts of their teachers.
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

    /** Each teacher's SSN (of the first staff record of the teacher, as the count uses) to the part of the SSN. */
    private void sendSsns() {
        PartFiles.Writers ssns = files.writers(PartRecords.SSNS, 0);
        for (int p = 0; p < files.parts(); p++) {
            Map<String, String> ssnOf = new HashMap<>();
            for (int source = 0; source < peimsSources; source++) {
                PartRecords.forEach(files.reader(PartRecords.STAFF, source, p), in -> PartRecords.staff(in, ""),
                        s -> ssnOf.putIfAbsent(s.uniqueId(), s.ssn() == null ? "" : s.ssn()));
            }
            for (Map.Entry<String, String> e : ssnOf.entrySet()) {
                String ssn = e.getValue();
                if (ssn.isEmpty() || ssn.equals(e.getKey())) continue;
                PartRecords.unchecked(() -> PartRecords.write(ssns.of(ssn), new PartRecords.Ssn(ssn, e.getKey())));
            }
        }
        ssns.finish();
    }

    /** Certificates keyed by a teacher's SSN, copied to the part of the teacher, in the order they were read. */
    private void sendCertificatesBySsn() {
        PartFiles.Writers bySsn = files.writers(PartRecords.BY_SSN, 0);
        for (int q = 0; q < files.parts(); q++) {
            Map<String, List<String>> teachersOf = new HashMap<>();
            PartRecords.forEach(files.reader(PartRecords.SSNS, 0, q), PartRecords::ssn,
                    s -> teachersOf.computeIfAbsent(s.ssn(), k -> new ArrayList<>(1)).add(s.uniqueId()));
            if (teachersOf.isEmpty()) continue;
            for (int source = 0; source < certificateSources; source++) {
                PartRecords.forEach(files.reader(PartRecords.CERTIFICATES, source, q), PartRecords::certificate, c -> {
                    for (String uniqueId : teachersOf.getOrDefault(c.certificate().staffId(), List.of())) {
                        PartRecords.write(bySsn.of(uniqueId), uniqueId, c);
                    }
                });
            }
        }
        bySsn.finish();
    }
}

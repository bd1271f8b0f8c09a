package org.edhub.texas.parts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

import org.edhub.texas.pr1500.CertificateCatalog;
import org.edhub.texas.pr1500.PeimsFacts;
import org.edhub.texas.pr1500.StaffRecord;

/**
 * Certificates keyed by an SSN, brought to the part of the teacher with that SSN: the part of a certificate is known
 * when the ECOS file is read, the teacher's SSN only from the teacher's staff record. First each part's teachers send
 * the SSN their certificates are matched by ({@link CertificateCatalog#matchingSsn}, of the staff record the count
 * keeps) to the part of the SSN; then each part sends the certificates keyed by those SSNs, in the order they were
 * read, to the parts of their teachers. Each step shares the parts among {@code threads} threads, each thread writing a
 * source of its own: the parts {@code p} with {@code p % threads == t} are thread {@code t}'s, so what each source holds
 * does not depend on which thread is faster, and a teacher's certificates, all from the part of the teacher's SSN,
 * stay in the order they were read.
 */
final class SsnKeyedCertificates {
    private final PartFiles files;
    private final int peimsSources;
    private final int certificateSources;
    private final int threads;

    SsnKeyedCertificates(PartFiles files, int peimsSources, int certificateSources, int threads) {
        this.files = files;
        this.peimsSources = peimsSources;
        this.certificateSources = certificateSources;
        this.threads = Math.max(1, Math.min(threads, files.parts()));
    }

    /** Sends the certificates; a teacher's part then finds them in the {@link #sources()} sources of BY_SSN. */
    void sendToTeachers() {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            inParallel(pool, this::sendSsns);
            inParallel(pool, this::sendCertificatesBySsn);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The sources of each kind this writes: one per thread. */
    int sources() {
        return threads;
    }

    private void inParallel(ExecutorService pool, IntConsumer step) {
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            running.add(pool.submit(() -> step.accept(thread)));
        }
        for (Future<?> f : running) OrderedReads.done(f);
    }

    /** Each teacher's matching SSN to the part of the SSN: thread {@code t}'s parts, to SSN source {@code t}. */
    private void sendSsns(int t) {
        PartFiles.Writers<PartRecords.Ssn> ssns = files.writers(PartRecords.SSNS, t);
        for (int p = t; p < files.parts(); p += threads) {
            PeimsFacts staff = new PeimsFacts(issue -> { });
            for (int source = 0; source < peimsSources; source++) files.forEach(PartRecords.STAFF, source, p, staff::staff);
            for (StaffRecord s : staff.staffRecords()) {
                String ssn = CertificateCatalog.matchingSsn(s);
                if (ssn != null) ssns.write(ssn, new PartRecords.Ssn(ssn, s.uniqueId()));
            }
        }
        ssns.finish();
    }

    /**
     * Certificates keyed by a teacher's SSN, copied to the part of the teacher, in the order they were read: thread
     * {@code t}'s parts of SSNs, to source {@code t}.
     */
    private void sendCertificatesBySsn(int t) {
        PartFiles.Writers<PartRecords.SsnCertificate> bySsn = files.writers(PartRecords.BY_SSN, t);
        for (int q = t; q < files.parts(); q += threads) {
            Map<String, List<String>> teachersOf = new HashMap<>();
            for (int source = 0; source < threads; source++) {
                files.forEach(PartRecords.SSNS, source, q,
                        s -> teachersOf.computeIfAbsent(s.ssn(), k -> new ArrayList<>(1)).add(s.uniqueId()));
            }
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

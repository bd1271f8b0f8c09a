package org.edhub.program.texas;

import java.util.ArrayList;
import java.util.List;

import org.edhub.compute.pr1500.CertificateCatalog;
import org.edhub.compute.pr1500.CountingRules;
import org.edhub.compute.pr1500.PeimsFacts;
import org.edhub.compute.pr1500.Pr1500Count;
import org.edhub.compute.pr1500.Pr1500Result;
import org.edhub.compute.pr1500.Pr1500Rule;
import org.edhub.issue.IssueSink;
import org.edhub.issue.Issues;
import org.edhub.parse.texas.CertificationFile;
import org.edhub.parse.texas.TsdsReader;
import org.edhub.program.InputFile;
import org.edhub.program.ProgramRequest;

/**
 * Reads the ECOS files and each PEIMS interchange of a run at the same time ({@link OrderedReads}), then counts.
 * What was read is let go once counted: only the result leaves.
 */
final class Pr1500Inputs {
    private Pr1500Inputs() {
    }

    static Pr1500Result count(ProgramRequest request, Pr1500Tables tables, IssueSink issues) {
        CertificateCatalog certificates = new CertificateCatalog();
        List<OrderedReads.Read<PeimsFacts>> peims = new ArrayList<>();
        List<InputFile> ecos = request.inputsOf(Pr1500Program.CERTIFICATIONS);
        List<InputFile> interchanges = request.inputsOf(Pr1500Program.PEIMS);
        try (OrderedReads reads = new OrderedReads(ecos.size() + interchanges.size())) {
            reads.submit(sink -> readCertificates(ecos, certificates, tables, sink));
            if (ecos.isEmpty()) {
                reads.report(Pr1500Rule.NO_CERTIFICATION_FILE.issue("No ECOS staff certification file was given for "
                        + request.year() + "; every teacher counts under No Credential"));
            }
            for (InputFile file : interchanges) {
                peims.add(reads.submit(sink -> {
                    PeimsFacts facts = new PeimsFacts(sink);
                    TsdsReader.read(file, facts, sink);
                    return facts;
                }));
            }
            reads.report(issues);
        }
        PeimsFacts facts = peims.isEmpty() ? new PeimsFacts(issues) : peims.get(0).get();
        for (OrderedReads.Read<PeimsFacts> later : peims.subList(Math.min(1, peims.size()), peims.size())) {
            facts.addAll(later.get());
        }
        CountingRules rules = new CountingRules(tables.snapshot(request.year()), tables.serviceIds());
        return new Pr1500Count(rules, issues).count(facts, certificates, request.districtId());
    }

    /**
     * Streams each ECOS file into the catalog; the catalog's own issues follow the file's, as when the file was read
     * whole first.
     */
    private static CertificateCatalog readCertificates(List<InputFile> files, CertificateCatalog catalog,
                                                       Pr1500Tables tables, IssueSink issues) {
        for (InputFile file : files) {
            Issues classified = new Issues();
            CertificationFile.read(file, issues, catalog.adding(file.name(), tables.certTypes(), classified));
            classified.all().forEach(issues::report);
        }
        return catalog;
    }
}

package org.edhub.texas;

import org.edhub.texas.parts.OrderedReads;
import org.edhub.texas.report.Pr1500Tables;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.edhub.texas.pr1500.CampusDistricts;
import org.edhub.texas.pr1500.CertificateCatalog;
import org.edhub.texas.pr1500.CountedCertificate;
import org.edhub.texas.pr1500.CountingRules;
import org.edhub.texas.pr1500.PeimsFacts;
import org.edhub.texas.pr1500.Pr1500Rule;
import org.edhub.core.issue.IssueSink;
import org.edhub.core.issue.Issues;
import org.edhub.texas.ecos.CertificationFile;
import org.edhub.texas.tsds.TsdsReader;
import org.edhub.texas.pr1500.TsdsRecords;
import org.edhub.core.program.InputFile;
import org.edhub.core.program.ProgramRequest;
import org.edhub.texas.parts.Pr1500Output;
import org.edhub.texas.parts.Pr1500Parts;

/**
 * Reads the ECOS files and each PEIMS interchange of a run at the same time ({@link OrderedReads}), each into the
 * parts of the count ({@link Pr1500Parts}), then counts part by part.
 */
final class Pr1500Inputs {
    private Pr1500Inputs() {
    }

    static Pr1500Output count(ProgramRequest request, Pr1500Tables tables, Pr1500Parts parts, IssueSink issues) {
        List<OrderedReads.Read<PeimsFacts>> peims = new ArrayList<>();
        List<InputFile> ecos = request.inputsOf(Pr1500Program.CERTIFICATIONS);
        List<InputFile> interchanges = request.inputsOf(Pr1500Program.PEIMS);
        try (OrderedReads reads = new OrderedReads(ecos.size() + interchanges.size(),
                Integer.getInteger(OrderedReads.READS_AT_ONCE, OrderedReads.DEFAULT_READS_AT_ONCE))) {
            List<Pr1500Parts.Writing<Consumer<CountedCertificate>>> certificates = new ArrayList<>();
            for (int i = 0; i < ecos.size(); i++) certificates.add(parts.certificates());
            reads.submit(sink -> readCertificates(ecos, certificates, tables, sink));
            if (ecos.isEmpty()) {
                reads.report(Pr1500Rule.NO_CERTIFICATION_FILE.issue("No ECOS staff certification file was given for "
                        + request.year() + "; every teacher counts under No Credential"));
            }
            for (InputFile file : interchanges) {
                int source = parts.peimsSource();
                peims.add(reads.submit(sink -> {
                    PeimsFacts campuses = new PeimsFacts(sink);
                    Pr1500Parts.Writing<TsdsRecords> writing = parts.peims(source, campuses);
                    TsdsReader.read(file, CampusDistricts.of(request.districtId(), writing.sink(), sink), sink);
                    writing.finish().run();
                    return campuses;
                }));
            }
            reads.report(issues);
        }
        PeimsFacts campuses = peims.isEmpty() ? new PeimsFacts(issues) : peims.get(0).get();
        for (OrderedReads.Read<PeimsFacts> later : peims.subList(Math.min(1, peims.size()), peims.size())) {
            campuses.addAll(later.get());
        }
        CountingRules rules = new CountingRules(tables.snapshot(request.year()), tables.serviceIds());
        return parts.count(campuses, rules, issues, request.districtId());
    }

    /** Streams each ECOS file into the parts; its classification issues follow the file's own. */
    private static Void readCertificates(List<InputFile> files, List<Pr1500Parts.Writing<Consumer<CountedCertificate>>> parts,
                                         Pr1500Tables tables, IssueSink issues) {
        for (int i = 0; i < files.size(); i++) {
            InputFile file = files.get(i);
            Issues classified = new Issues();
            CertificationFile.read(file, issues, CertificateCatalog.classifying(file.name(), tables.certTypes(),
                    classified, parts.get(i).sink()));
            parts.get(i).finish().run();
            classified.all().forEach(issues::report);
        }
        return null;
    }
}

package org.edhub.program.texas;

import java.nio.file.Path;
import java.util.List;

import org.edhub.issue.IssueSink;
import org.edhub.parse.texas.CertificationFile;
import org.edhub.program.InputFile;
import org.edhub.program.Mappings;
import org.edhub.program.ProgramRequest;
import org.edhub.program.StateProgram;

/**
 * Texas ESSA PR1500 Part 2 (seed 004). At this stage it loads the certification file and reports its issues; the
 * counts from the PEIMS Fall XML are not computed yet.
 */
public final class Pr1500Program implements StateProgram {
    public static final String CERTIFICATIONS = "tx-certifications";

    @Override
    public String name() {
        return "tx-pr1500";
    }

    @Override
    public String state() {
        return "TX";
    }

    @Override
    public List<String> feeds() {
        return List.of(CERTIFICATIONS);
    }

    @Override
    public String issueReportName() {
        return "PR1500_Issues.csv";
    }

    @Override
    public void check(String feed, InputFile file, Mappings mappings, IssueSink issues) {
        CertificationFile.read(file, issues, certificate -> { });
    }

    @Override
    public List<Path> run(ProgramRequest request) {
        for (InputFile file : request.inputsOf(CERTIFICATIONS)) {
            CertificationFile.read(file, request.issues(), certificate -> { });
        }
        return List.of();
    }
}

package org.edhub.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.edhub.TestFiles;
import org.edhub.hub.HubUnderTest;

/**
 * A sample district's drop as the README's walk-through puts it over SFTP, and what the coordinator then waits for:
 * the reports in {@code outbound/<year>/} and the run mails.
 *
 * @param puts    the local files, in the order they are put, each under {@code inbound/<feed>/<year>/}
 * @param outputs the names every report of the drop's runs is delivered under
 * @param mails   how many mails the drop's runs send
 */
record SampleDrop(String label, String district, String year, List<Path> puts, List<String> outputs, int mails) {
    private static final Path SAMPLES = Path.of("samples");

    /** samples/tx: the ECOS file, then both PEIMS interchanges; one PR1500 run, one mail. */
    static SampleDrop texas() {
        return new SampleDrop("samples/tx", HubUnderTest.DISTRICT_A, "2018-2019",
                feeds("tx/tx-certifications", "tx/tx-peims"), List.of("PR1500_Part2_Elementary.csv", "PR1500_Part2_Secondary.csv",
                "PR1500_Part2_Teachers.csv", "PR1500_Part2.xlsx", "PR1500_Issues.csv"), 1);
    }

    /** samples/ky: the KECS bundle, then the SIS bundle, each CSVs then _READY; the LEAD extract and validation, two mails. */
    static SampleDrop kentucky() {
        return new SampleDrop("samples/ky", HubUnderTest.KENTUCKY, HubUnderTest.KY_YEAR, feeds("ky/ky-kecs", "ky/ky-sis"),
                List.of("KECS_LEAD_Detail.csv", "KECS_LEAD_Staff.csv", "KECS_LEAD_Classes.csv", "KECS_LEAD_Caseload.csv",
                        "KECS_LEAD_Schoolwide.csv", "KECS_LEAD_Issues.csv", "KECS_LEAD_Extract_Run_Issues.csv",
                        "LEAD_Course_Validations.csv", "LEAD_Caseload_Validations.csv", "LEAD_Munis_Validations.csv",
                        "LEAD_Validation_Summary.csv", "EERP_EPSB_Upload.csv", "EERP_EPSB_Upload_Validation.csv",
                        "LEAD_Validation_Run_Issues.csv"), 2);
    }

    /** Where a put file goes in the district's account. */
    String remotePath(Path file) {
        return "inbound/" + file.getParent().getFileName() + "/" + year + "/" + file.getFileName();
    }

    /** The files of each feed folder, the bundle marker last, as `put *.csv` then `put _READY` leave them. */
    private static List<Path> feeds(String... folders) {
        List<Path> files = new ArrayList<>();
        for (String folder : folders) {
            List<Path> feed = TestFiles.list(SAMPLES.resolve(folder));
            feed.stream().filter(f -> !isMarker(f)).forEach(files::add);
            feed.stream().filter(SampleDrop::isMarker).forEach(files::add);
        }
        return List.copyOf(files);
    }

    private static boolean isMarker(Path file) {
        return file.getFileName().toString().equals("_READY");
    }
}

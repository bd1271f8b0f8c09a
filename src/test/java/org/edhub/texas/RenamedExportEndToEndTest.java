package org.edhub.texas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.edhub.hub.HubUnderTest.DISTRICT_A;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.edhub.TestFiles;
import org.edhub.hub.HubTest;
import org.edhub.hub.HubUnderTest;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, item 11: an input is identified by what it is, not by its name. A corrected staff interchange exported
 * under another name (districts name exports by date) replaces the previous staff interchange; its classes are not
 * counted beside the old ones, and the run says which file it replaced. A file of another name that is rejected
 * replaces nothing, and its run does not say it does.
 */
class RenamedExportEndToEndTest extends HubTest {
    static final Path SAMPLE = Path.of("samples/tx");
    static final String PEIMS = "inbound/tx-peims/2018-2019/";

    @Test
    void aRenamedStaffInterchangeReplacesThePreviousOneAndIsNotCountedBesideIt() throws Exception {
        hub = new HubUnderTest(data).startHub();
        for (Path file : TestFiles.list(SAMPLE.resolve("tx-certifications"))) {
            hub.upload(DISTRICT_A, "inbound/tx-certifications/2018-2019/" + file.getFileName(), Files.readAllBytes(file));
        }
        for (Path file : TestFiles.list(SAMPLE.resolve("tx-peims"))) hub.upload(DISTRICT_A, PEIMS + file.getFileName(), Files.readAllBytes(file));
        Path outbound = hub.home(DISTRICT_A).resolve("outbound/2018-2019");
        await().atMost(Duration.ofSeconds(60)).until(() -> Files.exists(outbound.resolve(Pr1500Program.TEACHERS_CSV)));
        await().atMost(Duration.ofSeconds(30)).until(() -> hub.mail.getReceivedMessages().length >= 1);
        String teachers = Files.readString(outbound.resolve(Pr1500Program.TEACHERS_CSV));

        String staff = Files.readString(SAMPLE.resolve("tx-peims/099902_2019_Fall_StaffAssociation.xml"));
        hub.upload(DISTRICT_A, PEIMS + "StaffAssociation_2018-10-02.xml", (staff + "<!-- exported again -->\n").getBytes());
        await().atMost(Duration.ofSeconds(60)).until(() -> hub.mail.getReceivedMessages().length >= 2);

        long run = hub.db().queryForObject("select max(id) from run where program = 'tx-pr1500'", Long.class);
        assertThat(hub.db().queryForList("select f.name from run_input i join district_file f on f.id = i.file_id "
                        + "where i.run_id = ? and f.feed = 'tx-peims' order by f.name", String.class, run))
                .containsExactly("099902_2019_Fall_StudentEnrollment.xml", "StaffAssociation_2018-10-02.xml");
        assertThat(hub.db().queryForObject("select message from run_issue where run_id = ? and rule = 'HUB-REPLACED'",
                String.class, run)).startsWith("StaffAssociation_2018-10-02.xml replaces 099902_2019_Fall_StaffAssociation.xml");
        assertThat(Files.readString(outbound.resolve(Pr1500Program.TEACHERS_CSV)))
                .as("the same records under another name: the same drill-down, not twice the classes").isEqualTo(teachers);
    }

    @Test
    void aRenamedFileThatIsRejectedReplacesNothingAndItsRunSaysNothingOfIt() throws Exception {
        hub = new HubUnderTest(data).startHub();
        String certifications = "inbound/tx-certifications/2018-2019/";
        Path ecos = TestFiles.list(SAMPLE.resolve("tx-certifications")).get(0);
        hub.upload(DISTRICT_A, certifications + ecos.getFileName(), Files.readAllBytes(ecos));
        for (Path file : TestFiles.list(SAMPLE.resolve("tx-peims"))) hub.upload(DISTRICT_A, PEIMS + file.getFileName(), Files.readAllBytes(file));
        await().atMost(Duration.ofSeconds(60)).until(() -> hub.db().queryForObject(
                "select count(*) from run where program = 'tx-pr1500' and status <> 'WAITING'", Integer.class) == 1);

        hub.upload(DISTRICT_A, certifications + "ecos_2018-10-02.csv", "not,a,certificate\nnor,is,this\n".getBytes());
        await().atMost(Duration.ofSeconds(60)).until(() -> hub.db().queryForObject(
                "select count(*) from run where program = 'tx-pr1500' and status = 'REJECTED'", Integer.class) == 1);

        long rejected = hub.db().queryForObject("select id from run where status = 'REJECTED'", Long.class);
        assertThat(hub.db().queryForList("select file from run_issue where run_id = ? and severity = 'ERROR'", String.class, rejected))
                .as("rejected for what it holds").contains("ecos_2018-10-02.csv");
        assertThat(hub.db().queryForObject("select count(*) from run_issue where run_id = ? and rule = 'HUB-REPLACED'",
                Integer.class, rejected)).as("it replaced nothing").isZero();
        await().atMost(Duration.ofSeconds(10)).until(() -> hub.db().queryForObject(
                "select status from district_file where name = 'ecos_2018-10-02.csv'", String.class).equals("REJECTED"));
    }
}

package org.edhub.texas;

import org.edhub.hub.HubTest;
import org.edhub.hub.HubUnderTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.edhub.hub.HubUnderTest.DISTRICT_A;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.edhub.TestFiles;
import org.junit.jupiter.api.Test;

/** Texas PR1500 Part 2 through the hub: the sample district's three files dropped over SFTP, one run, one mail. */
class Pr1500EndToEndTest extends HubTest {
    static final Path SAMPLE = Path.of("samples/tx");

    @Test
    void bothInputsDroppedOverSftpProduceAllFiveOutputsAndOneMail() throws Exception {
        hub = new HubUnderTest(data).startHub();
        // The schema is Flyway's: its history table records the migrations applied at start-up.
        assertThat(hub.db().queryForList("select \"version\" from \"flyway_schema_history\" where \"success\"", String.class))
                .contains("1");
        for (Path file : TestFiles.list(SAMPLE.resolve("tx-certifications"))) {
            hub.upload(DISTRICT_A, "inbound/tx-certifications/2018-2019/" + file.getFileName(), Files.readAllBytes(file));
        }
        for (Path file : TestFiles.list(SAMPLE.resolve("tx-peims"))) {
            hub.upload(DISTRICT_A, "inbound/tx-peims/2018-2019/" + file.getFileName(), Files.readAllBytes(file));
        }

        Path outbound = hub.home(DISTRICT_A).resolve("outbound/2018-2019");
        List<String> expected = List.of("PR1500_Part2_Elementary.csv", "PR1500_Part2_Secondary.csv", "PR1500_Part2_Teachers.csv",
                "PR1500_Part2.xlsx", "PR1500_Issues.csv");
        await().atMost(Duration.ofSeconds(40)).until(() -> expected.stream().allMatch(n -> Files.exists(outbound.resolve(n))));
        await().atMost(Duration.ofSeconds(20)).until(() -> hub.mail.getReceivedMessages().length >= 1);
        Thread.sleep(1500);

        MimeMessage[] mails = hub.mail.getReceivedMessages();
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getSubject()).contains("tx-pr1500 2018-2019").contains("COMPLETED_WITH_ISSUES");
        assertThat(hub.db().queryForList("select status from district_file order by id", String.class))
                .containsExactly("ACCEPTED", "ACCEPTED", "ACCEPTED");
        assertThat(Files.readString(outbound.resolve("PR1500_Part2_Elementary.csv")))
                .contains("099902,099902102,*,Generalist");
        assertThat(Files.readString(outbound.resolve("PR1500_Issues.csv"))).contains("TX-PR1500-SERVICE-ID-UNMAPPED");
        Map<String, Object> run = hub.db().queryForMap(
                "select errors + warnings + infos as counted from run where status = 'COMPLETED_WITH_ISSUES'");
        try (InputStream in = Files.newInputStream(outbound.resolve("PR1500_Part2.xlsx")); Workbook book = WorkbookFactory.create(in)) {
            assertThat(run.get("COUNTED")).as("issue 15: the run counts every issue its reports hold, the workbook's Issues sheet too")
                    .isEqualTo(Files.readAllLines(outbound.resolve("PR1500_Issues.csv")).size() - 1)
                    .isEqualTo(book.getSheet("Issues").getLastRowNum());
        }
    }

}

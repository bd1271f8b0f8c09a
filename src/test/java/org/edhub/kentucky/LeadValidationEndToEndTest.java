package org.edhub.kentucky;

import org.edhub.hub.HubTest;
import org.edhub.hub.HubUnderTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.edhub.hub.HubUnderTest.KENTUCKY;
import static org.edhub.hub.HubUnderTest.KY_YEAR;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.edhub.TestFiles;
import org.junit.jupiter.api.Test;

/**
 * Kentucky LEAD validation through the hub: the sample's KECS bundle then its SIS bundle dropped over SFTP as loose
 * CSVs followed by _READY. The KECS bundle alone only waits for the SIS bundle and sends no mail; the SIS bundle runs
 * the LEAD extract and the LEAD validation, each sending its one mail, and every output lands in outbound/2025-2026/.
 */
class LeadValidationEndToEndTest extends HubTest {
    static final Path SAMPLE = Path.of("samples/ky");
    static final List<String> OUTPUTS = List.of("KECS_LEAD_Detail.csv", "KECS_LEAD_Staff.csv", "KECS_LEAD_Classes.csv",
            "KECS_LEAD_Caseload.csv", "KECS_LEAD_Schoolwide.csv", "KECS_LEAD_Issues.csv", "LEAD_Course_Validations.csv",
            "LEAD_Caseload_Validations.csv", "LEAD_Munis_Validations.csv", "LEAD_Validation_Summary.csv",
            "EERP_EPSB_Upload.csv", "EERP_EPSB_Upload_Validation.csv", "LEAD_Validation_Run_Issues.csv");

    @Test
    void bothBundlesDroppedOverSftpProduceEveryOutputAndOneValidationMail() throws Exception {
        hub = new HubUnderTest(data).withKentuckyStateServer().startHub();
        drop("ky-kecs");
        await().atMost(Duration.ofSeconds(30)).until(() -> hub.db().queryForObject(
                "select count(*) from district_file where name = '_READY'", Integer.class) == 1
                && hub.db().queryForObject("select count(*) from run", Integer.class) >= 1);
        Thread.sleep(1500);
        assertThat(hub.mail.getReceivedMessages()).as("a check waiting for the SIS bundle that found nothing sends no mail").isEmpty();

        drop("ky-sis");
        Path outbound = hub.home(KENTUCKY).resolve("outbound/" + KY_YEAR);
        await().atMost(Duration.ofSeconds(40)).until(() -> OUTPUTS.stream().allMatch(n -> Files.exists(outbound.resolve(n))));
        await().atMost(Duration.ofSeconds(20)).until(() -> hub.mail.getReceivedMessages().length >= 2);
        Thread.sleep(1500);

        List<String> subjects = Arrays.stream(hub.mail.getReceivedMessages()).map(LeadValidationEndToEndTest::subject).toList();
        assertThat(subjects).hasSize(2);
        assertThat(subjects).filteredOn(s -> s.contains("ky-lead-validation " + KY_YEAR)).singleElement().asString()
                .contains("COMPLETED_WITH_ISSUES");
        assertThat(subjects).filteredOn(s -> s.contains("ky-lead-extract " + KY_YEAR)).hasSize(1);
        jakarta.mail.internet.MimeMessage validationMail = Arrays.stream(hub.mail.getReceivedMessages())
                .filter(m -> subject(m).contains("ky-lead-validation")).findFirst().orElseThrow();
        String body = com.icegreen.greenmail.util.GreenMailUtil.getBody(validationMail);
        assertThat(body.indexOf("LEAD validation results")).as("the mail leads with the validation counts")
                .isGreaterThan(0).isLessThan(body.indexOf("Files read:"));
        assertThat(Files.readString(outbound.resolve("LEAD_Course_Validations.csv")))
                .contains("5201,1101,English I,1,230111,01,20006,\" 400006\",Frank,Fields,4,Error,Invalid EPSB ID");
        assertThat(Files.readAllLines(outbound.resolve("EERP_EPSB_Upload.csv")))
                .contains("165,2025-2026,400001,Adams,Ann,2040,010,1.0,07/01/2025").hasSize(16);
        assertThat(Files.readString(outbound.resolve("LEAD_Validation_Run_Issues.csv"))).contains("KY-LEAD-COURSE-INVALID-EPSB-ID");
        assertThat(hub.db().queryForObject("select count(*) from run_issue i join run r on r.id = i.run_id where "
                + "r.program = 'ky-lead-validation' and i.rule like 'KY-LEAD-ISSUES-%'", Integer.class))
                .as("the validation run's issues hold each row of the Issues report it writes, once")
                .isEqualTo(Files.readAllLines(outbound.resolve("KECS_LEAD_Issues.csv")).size() - 1);
        Path atState = hub.state.root().resolve("kde/eerp/" + KENTUCKY + "/EERP_EPSB_Upload.csv");
        assertThat(atState).as("the EERP upload file on the state's SFTP server").exists();
        assertThat(Files.readAllLines(atState)).isEqualTo(Files.readAllLines(outbound.resolve("EERP_EPSB_Upload.csv")));
        assertThat(body).contains("Sent to the state's SFTP destination: EERP_EPSB_Upload.csv");
        assertThat(hub.state.root().resolve("kde/eerp/" + KENTUCKY)).isDirectoryContaining(f -> true)
                .satisfies(d -> assertThat(d.toFile().list()).containsExactly("EERP_EPSB_Upload.csv"));
    }

    /** Drops a bundle's CSVs, waits until the hub has picked them all up, then drops _READY. */
    private void drop(String feed) throws IOException {
        Path inbound = hub.home(KENTUCKY).resolve("inbound/" + feed + "/" + KY_YEAR);
        for (Path file : TestFiles.list(SAMPLE.resolve(feed))) {
            if (file.getFileName().toString().equals("_READY")) continue;
            hub.upload(KENTUCKY, "inbound/" + feed + "/" + KY_YEAR + "/" + file.getFileName(), Files.readAllBytes(file));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            try (Stream<Path> left = Files.list(inbound)) {
                return left.noneMatch(Files::isRegularFile);
            }
        });
        hub.upload(KENTUCKY, "inbound/" + feed + "/" + KY_YEAR + "/_READY", new byte[0]);
    }


    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.edhub.hub.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.edhub.hub.HubUnderTest.KENTUCKY;
import static org.edhub.hub.HubUnderTest.KY_YEAR;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMailUtil;
import org.edhub.hub.HubTest;
import org.edhub.hub.HubUnderTest;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, what is due next: a feed not dropped in the days before a deadline that expects it yields exactly one
 * reminder mail, through a restart too; a feed already dropped, a deadline too far ahead, a passed one or one that
 * expects no file yield none.
 */
class ReminderEndToEndTest extends HubTest {
    static final String HEADER = "school_year,program,deadline,due,expects,source\n";

    @Test
    void aFeedNotDroppedBeforeItsReminderDateYieldsExactlyOneReminderMail() throws Exception {
        Path mappings = Files.createDirectories(data.resolve("mappings/ky"));
        LocalDate today = LocalDate.now();
        String quiet = row("ky-lead-validation", "Passed deadline", today.minusDays(1), "ky-sis")
                + row("ky-lead-validation", "Far deadline", today.plusDays(30), "ky-sis")
                + row("ky-lead-validation", "Check in KECS", today.plusDays(2), "");
        Files.writeString(mappings.resolve("deadlines.csv"), HEADER + quiet);
        hub = new HubUnderTest(data).with("edhub.mappings-dir", data.resolve("mappings"))
                .with("edhub.reminders.check-every", "300ms").startHub();

        // one SIS file (kept until its bundle's _READY): the district has dropped its ky-sis feed for the year
        hub.upload(KENTUCKY, "inbound/ky-sis/" + KY_YEAR + "/schools.csv", Files.readAllBytes(Path.of("samples/ky/ky-sis/schools.csv")));
        await().atMost(Duration.ofSeconds(30)).until(() -> hub.db().queryForObject(
                "select count(*) from district_file where feed = 'ky-sis' and status = 'ACCEPTED'", Integer.class) == 1);
        // the table edited while the hub runs: two deadlines in the reminder window, one of them already met
        Files.writeString(mappings.resolve("deadlines.csv"), HEADER + quiet
                + row("ky-lead-validation", "EERP initial upload", today.plusDays(3), "ky-kecs")
                + row("ky-lead-extract", "LEAD reporting", today.plusDays(5), "ky-sis"));

        await().atMost(Duration.ofSeconds(30)).until(() -> hub.mail.getReceivedMessages().length >= 1);
        Thread.sleep(2000); // several checks later
        MimeMessage[] mails = hub.mail.getReceivedMessages();
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getSubject()).contains("EERP initial upload").contains("files missing");
        assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo("lead@bluegrass.example");
        assertThat(GreenMailUtil.getBody(mails[0])).contains("inbound/ky-kecs/" + KY_YEAR + "/")
                .doesNotContain("inbound/ky-sis/").contains("the only reminder");

        hub.stopHub();
        hub.startHub();
        Thread.sleep(7000); // the first check comes 5 s after start, then every 300 ms
        assertThat(hub.mail.getReceivedMessages()).as("no second reminder after a restart").hasSize(1);
        assertThat(hub.db().queryForObject("select count(*) from deadline_reminder", Integer.class)).isEqualTo(1);
    }

    private static String row(String program, String what, LocalDate due, String expects) {
        return KY_YEAR + "," + program + "," + what + "," + due + "," + expects + ",test\n";
    }
}

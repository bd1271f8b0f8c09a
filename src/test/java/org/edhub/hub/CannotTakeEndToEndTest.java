package org.edhub.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.edhub.hub.HubUnderTest.DISTRICT_A;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

/**
 * What the hub cannot take from a drop folder (issue 12, item 2): a name too long to archive, files at the wrong
 * depth, a folder inside a year folder, a link to a folder, year and feed folders whose names the ledger cannot hold
 * or that start or end with a space. Each is told to the district once, with where it should go, and left where it
 * is; the good file dropped beside them is read; later polls and a restart tell nothing again.
 */
class CannotTakeEndToEndTest extends HubTest {
    static final String CERTS = "inbound/tx-certifications/";
    static final String LONG_NAME = "a".repeat(240) + ".csv";
    static final String LONG_FEED = "tx-certifications-exported-by-the-new-sis-v2";
    static final List<String> CANNOT_TAKE = List.of(
            CERTS + "2018-2019/" + LONG_NAME,
            "inbound/stray.csv",
            CERTS + "stray.csv",
            CERTS + "2018-2019/sub",
            CERTS + "2018-2019/linked",
            CERTS + "2018-2019-old",
            CERTS + " 2018-2019",
            CERTS + "2018-2019 ",
            "inbound/" + LONG_FEED);

    @Test
    void eachThingTheHubCannotTakeIsToldOnceAndLeftWhereItIsWhileTheGoodFileBesideItIsRead() throws Exception {
        hub = new HubUnderTest(data);
        Path home = hub.home(DISTRICT_A);
        byte[] csv = "not read\n".getBytes(StandardCharsets.UTF_8);
        for (String file : List.of(CERTS + "2018-2019/" + LONG_NAME, "inbound/stray.csv", CERTS + "stray.csv",
                CERTS + "2018-2019/sub/x.csv", CERTS + "2018-2019-old/x.csv", CERTS + " 2018-2019/x.csv",
                CERTS + "2018-2019 /x.csv", "inbound/" + LONG_FEED + "/2018-2019/x.csv")) {
            Files.createDirectories(home.resolve(file).getParent());
            Files.write(home.resolve(file), csv);
        }
        Files.createSymbolicLink(home.resolve(CERTS + "2018-2019/linked"), home.resolve("inbound/tx-peims"));
        Files.copy(Path.of("samples/tx/tx-certifications/099902_2018-2019_ECOS_certifications.csv"),
                home.resolve(CERTS + "2018-2019/ecos.csv"));
        hub.startHub();

        await().atMost(Duration.ofSeconds(40)).until(() -> refused().size() == CANNOT_TAKE.size()
                && hub.mail.getReceivedMessages().length == CANNOT_TAKE.size() && accepted() == 1);
        assertThat(refused()).containsExactlyInAnyOrderElementsOf(CANNOT_TAKE.stream().map(p -> p.substring("inbound/".length())).toList());
        assertThat(hub.db().queryForList("select distinct r.status || ' ' || i.rule from run r join run_issue i on i.run_id = r.id "
                + "where r.program = 'hub'", String.class)).containsExactly("REJECTED HUB-CANNOT-TAKE");
        MimeMessage link = mailAbout("2018-2019/linked");
        assertThat(body(link)).contains("a link is not read").contains("inbound/tx-certifications/<school-year>/");
        assertThat(body(mailAbout("2018-2019/sub"))).contains("put its files in inbound/tx-certifications/2018-2019/");
        assertThat(body(mailAbout("inbound/stray.csv"))).contains("files are read only in a feed's school year folder");
        assertThat(body(mailAbout(LONG_NAME.substring(0, 60)))).contains("244 bytes long, more than the 200");

        Thread.sleep(3000);
        assertThat(hub.mail.getReceivedMessages()).as("later polls tell nothing again").hasSize(CANNOT_TAKE.size());
        hub.stopHub();
        hub.startHub();
        Thread.sleep(4000);
        assertThat(hub.mail.getReceivedMessages()).as("nor does a restart").hasSize(CANNOT_TAKE.size());
        assertThat(refused()).hasSize(CANNOT_TAKE.size());
        for (String left : CANNOT_TAKE) assertThat(Files.exists(home.resolve(left), java.nio.file.LinkOption.NOFOLLOW_LINKS))
                .as("%s is left where it is", left).isTrue();
        assertThat(hub.db().queryForObject("select count(*) from district_file", Integer.class)).as("only the good file received")
                .isOne();
    }

    private List<String> refused() {
        return hub.db().queryForList("select path from drop_refusal where district_id = ?", String.class, DISTRICT_A);
    }

    private int accepted() {
        return hub.db().queryForObject("select count(*) from district_file where status = 'ACCEPTED'", Integer.class);
    }

    private MimeMessage mailAbout(String path) throws Exception {
        for (MimeMessage m : hub.mail.getReceivedMessages()) if (body(m).contains(path)) return m;
        throw new AssertionError("no mail names " + path);
    }

    private static String body(MimeMessage mail) throws Exception {
        return com.icegreen.greenmail.util.GreenMailUtil.getWholeMessage(mail);
    }
}

package org.edhub.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.edhub.hub.HubUnderTest.DISTRICT_A;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * A drop is run once, with all of its files: a file that comes with more of its program's files still in the inbox is
 * checked on its own and its run held, and the drop's last file runs the program over the whole drop, with one mail.
 * A held run whose rest never comes as a file to run (bytes already received) runs after the poll; one a stop left
 * runs at the first poll after the start.
 */
class WholeDropEndToEndTest extends HubTest {
    static final Path SAMPLE = Path.of("samples/tx");
    static final String ECOS = "tx-certifications/099902_2018-2019_ECOS_certifications.csv";
    static final String STAFF = "tx-peims/099902_2019_Fall_StaffAssociation.xml";
    static final String STUDENTS = "tx-peims/099902_2019_Fall_StudentEnrollment.xml";

    @Test
    void aDistrictDroppingNewVersionsOfAllItsFilesAtOnceGetsOneRunOverAllOfThemAndOneMail() throws Exception {
        hub = new HubUnderTest(data).startHub();
        dropSample();
        awaitFiles(3);
        awaitMails(1);

        upload("tx-certifications/ecos_2019-01-15.csv", ecosWithoutItsLastRow());
        upload("tx-peims/staff_2019-01-15.xml", reExported(STAFF));
        upload("tx-peims/students_2019-01-15.xml", reExported(STUDENTS));
        awaitFiles(6);

        List<Map<String, Object>> runs = hub.db().queryForList("select id, status, summary from run where id > 3 order by id");
        assertThat(runs).extracting(r -> r.get("STATUS")).as("two checks held for the rest of the drop, then one run")
                .containsExactly("WAITING", "WAITING", "COMPLETED_WITH_ISSUES");
        assertThat((String) runs.get(0).get("SUMMARY")).startsWith("WAITING for the rest of its drop (")
                .contains("tx-peims/2018-2019/staff_2019-01-15.xml").contains("tx-peims/2018-2019/students_2019-01-15.xml");
        long run = (Long) runs.get(2).get("ID");
        assertThat(hub.db().queryForList("select f.name from run_input i join district_file f on f.id = i.file_id "
                + "where i.run_id = ? order by f.name", String.class, run))
                .containsExactly("ecos_2019-01-15.csv", "staff_2019-01-15.xml", "students_2019-01-15.xml");
        assertThat(hub.db().queryForList("select file from run_issue where run_id = ? and rule = 'HUB-REPLACED' order by file",
                String.class, run)).as("the one mail names every file the drop replaced")
                .containsExactly("ecos_2019-01-15.csv", "staff_2019-01-15.xml", "students_2019-01-15.xml");
        assertThat(hub.db().queryForObject("select count(*) from drop_hold", Integer.class)).isZero();
        Thread.sleep(1500); // a mail the drop's checks sent would be queued by now
        assertThat(hub.mail.getReceivedMessages()).as("one mail for the first drop, one for the second").hasSize(2);
        assertThat(hub.mail.getReceivedMessages()[1].getSubject()).contains("COMPLETED_WITH_ISSUES");
    }

    @Test
    void aRunHeldForFilesThatTurnOutToBeBytesAlreadyReceivedRunsOnceThePollHasReadThem() throws Exception {
        hub = new HubUnderTest(data).startHub();
        dropSample();
        awaitFiles(3);
        awaitMails(1);

        upload("tx-certifications/ecos_2019-01-15.csv", ecosWithoutItsLastRow());
        upload("tx-peims/again_" + Path.of(STUDENTS).getFileName(), Files.readAllBytes(SAMPLE.resolve(STUDENTS)));
        awaitFiles(5);
        long ecos = hub.db().queryForObject("select id from district_file where name = 'ecos_2019-01-15.csv'", Long.class);

        await().atMost(Duration.ofSeconds(30)).until(() -> hub.db().queryForObject(
                "select count(*) from run where program = 'tx-pr1500' and trigger_file_id = ? and status like 'COMPLETED%'",
                Integer.class, ecos) == 1);
        assertThat(hub.db().queryForList("select program || ' ' || status from run where id > 3 order by id", String.class))
                .containsExactly("tx-pr1500 WAITING", "hub COMPLETED", "tx-pr1500 COMPLETED_WITH_ISSUES");
        assertThat(hub.db().queryForObject("select count(*) from drop_hold", Integer.class)).isZero();
    }

    @Test
    void aRunAStopLeftHeldRunsAtTheFirstPollAfterTheStart() throws Exception {
        hub = new HubUnderTest(data).startHub();
        dropSample();
        awaitFiles(3);
        awaitMails(1);
        long students = hub.db().queryForObject("select id from district_file where name = ?", Long.class,
                Path.of(STUDENTS).getFileName().toString());
        hub.stopHub();

        hub.startHub();
        // what a stop leaves when it comes after the file was held and before the rest of its drop was read, the rest
        // then taken away
        hub.db().update("insert into drop_hold (district_id, program, school_year, file_id, held_at) values (?, ?, ?, ?, ?)",
                DISTRICT_A, "tx-pr1500", "2018-2019", students, Timestamp.from(Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> hub.db().queryForObject(
                "select count(*) from drop_hold", Integer.class) == 0);
        assertThat(hub.db().queryForList("select status from run where trigger_file_id = ? order by id", String.class, students))
                .containsExactly("COMPLETED_WITH_ISSUES", "COMPLETED_WITH_ISSUES");
        awaitMails(2);
        Thread.sleep(1500); // more polls: the held run is run once
        assertThat(hub.db().queryForObject("select count(*) from run", Integer.class)).isEqualTo(4);
    }

    @Test
    void aKentuckyDistrictDroppingBothBundlesAgainGetsOneRunOfEachProgramOverBoth() throws Exception {
        hub = new HubUnderTest(data).startHub();
        Map<String, byte[]> drop = new java.util.LinkedHashMap<>();
        for (String bundle : List.of("ky-kecs", "ky-sis")) {
            for (Path file : org.edhub.TestFiles.list(Path.of("samples/ky", bundle))) {
                drop.put(bundle + "/" + file.getFileName(), Files.readAllBytes(file));
            }
        }
        dropKentucky(drop);
        await().atMost(Duration.ofSeconds(60)).until(() -> lastValidation().startsWith("COMPLETED"));
        awaitMails(2);
        Thread.sleep(1500);
        int before = hub.db().queryForObject("select count(*) from run", Integer.class);
        assertThat(hub.db().queryForList("select status from run where status like 'COMPLETED%'", String.class))
                .as("the first drop: one run of each program").hasSize(2);

        dropKentucky(Map.of(
                "ky-kecs/educators.csv", edited(drop.get("ky-kecs/educators.csv"), "Owens,11\n", "Owens,12\n"),
                "ky-kecs/_READY", new byte[0],
                "ky-sis/staff_assignments.csv", edited(drop.get("ky-sis/staff_assignments.csv"), ",0.5,2025-07-01,\n", ",0.4,2025-07-01,\n"),
                "ky-sis/_READY", new byte[0]));
        await().atMost(Duration.ofSeconds(60)).until(() -> hub.db().queryForObject(
                "select count(*) from run where id > ? and status <> 'PROCESSING'", Integer.class, before) == 4);
        Thread.sleep(1500); // more polls: nothing held is run again
        assertThat(hub.db().queryForList("select program || ' ' || status from run where id > ? order by id", String.class, before))
                .as("both programs read both bundles: each is held at the KECS bundle's marker, and runs once at the SIS one's")
                .containsExactly("ky-lead-extract WAITING", "ky-lead-validation WAITING",
                        "ky-lead-extract COMPLETED_WITH_ISSUES", "ky-lead-validation COMPLETED_WITH_ISSUES");
        assertThat(hub.db().queryForObject("select count(*) from drop_hold", Integer.class)).isZero();
        assertThat(hub.mail.getReceivedMessages()).as("two mails a drop: the extract and the validation").hasSize(4);
    }

    private String lastValidation() {
        List<String> status = hub.db().queryForList("select status from run where program = 'ky-lead-validation' order by id desc limit 1",
                String.class);
        return status.isEmpty() ? "" : status.get(0);
    }

    /** Puts the files ({@code <feed>/<name>}) in the Kentucky district's 2025-2026 folders, each bundle's marker last. */
    private void dropKentucky(Map<String, byte[]> files) {
        List<String> order = files.keySet().stream().sorted(java.util.Comparator.comparing((String f) -> f.endsWith("/_READY"))
                .thenComparing(f -> f)).toList();
        for (String file : order) {
            hub.upload(HubUnderTest.KENTUCKY, "inbound/" + file.replaceFirst("/", "/2025-2026/"), files.get(file));
        }
    }

    private static byte[] edited(byte[] file, String from, String to) {
        String text = new String(file, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        return text.replace(from, to).getBytes(StandardCharsets.UTF_8);
    }

    private void dropSample() throws Exception {
        for (String file : List.of(ECOS, STAFF, STUDENTS)) upload(file, Files.readAllBytes(SAMPLE.resolve(file)));
    }

    /** Puts a file at {@code <feed>/<name>} of the 2018-2019 folders. */
    private void upload(String feedAndName, byte[] bytes) {
        hub.upload(DISTRICT_A, "inbound/" + feedAndName.replaceFirst("/", "/2018-2019/"), bytes);
    }

    private static byte[] ecosWithoutItsLastRow() throws Exception {
        List<String> rows = Files.readAllLines(SAMPLE.resolve(ECOS), StandardCharsets.UTF_8);
        return (String.join("\n", rows.subList(0, rows.size() - 1)) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The same interchange exported again: other bytes, the same records. */
    private static byte[] reExported(String sampleFile) throws Exception {
        return (Files.readString(SAMPLE.resolve(sampleFile), StandardCharsets.UTF_8) + "<!-- exported again -->\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private void awaitFiles(int count) {
        await().atMost(Duration.ofSeconds(60)).until(() -> hub.db().queryForObject(
                "select count(*) from district_file where status <> 'RECEIVED'", Integer.class) == count);
    }

    private void awaitMails(int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> hub.mail.getReceivedMessages().length >= count);
    }
}

package org.edhub.hub.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.edhub.hub.HubUnderTest.DISTRICT_A;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.edhub.TestFiles;
import org.edhub.hub.HubTest;
import org.edhub.hub.HubUnderTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.json.JsonParserFactory;

/**
 * Issue 13, item 4: the Texas sample run with JSON logs (Elastic Common Schema) to a file. Every line is JSON; the
 * run's lines carry the district and the run id as fields, the intake's lines the district, feed and file, and a line
 * of the intake after the run no longer the run; no SSN of the sample is in any line, and a file dropped under a name
 * holding an SSN is written masked, in the message and in the fields.
 */
class JsonLogsEndToEndTest extends HubTest {
    static final Path SAMPLE = Path.of("samples/tx");
    static final String SSN_NAMED = "099902_ECOS_123-45-6789.csv";

    @Test
    void aRunsLinesAreJsonWithItsDistrictAndRunIdAndNoSsn() throws Exception {
        Path log = data.resolve("edhub.log");
        hub = new HubUnderTest(data).with("logging.file.name", log).with("logging.structured.format.file", "ecs").startHub();

        Path certifications = TestFiles.list(SAMPLE.resolve("tx-certifications")).get(0);
        hub.upload(DISTRICT_A, "inbound/tx-certifications/2018-2019/" + SSN_NAMED, Files.readAllBytes(certifications));
        for (Path file : TestFiles.list(SAMPLE.resolve("tx-peims"))) {
            hub.upload(DISTRICT_A, "inbound/tx-peims/2018-2019/" + file.getFileName(), Files.readAllBytes(file));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> hub.db().queryForObject(
                "select count(*) from run where program = 'tx-pr1500' and status = 'COMPLETED_WITH_ISSUES'", Integer.class) == 1);
        long run = hub.db().queryForObject("select id from run where program = 'tx-pr1500' and status = 'COMPLETED_WITH_ISSUES'",
                Long.class);
        await().atMost(Duration.ofSeconds(20)).until(() -> hub.mail.getReceivedMessages().length >= 1);
        hub.stopHub();

        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        List<Map<String, Object>> json = new ArrayList<>();
        for (String line : lines) json.add(JsonParserFactory.getJsonParser().parseMap(line));
        assertThat(json).as("every line is a JSON object").hasSize(lines.size()).hasSizeGreaterThan(10);
        System.out.println("A line of the run: " + lines.stream().filter(l -> l.contains("\"message\":\"Run " + run + " ")).findFirst()
                .orElse("none"));

        List<Map<String, Object>> ofTheRun = json.stream().filter(j -> String.valueOf(run).equals(field(j, "edhub", "run"))).toList();
        assertThat(ofTheRun).as("the run's lines").isNotEmpty()
                .allSatisfy(j -> assertThat(field(j, "edhub", "district")).isEqualTo(DISTRICT_A));
        List<Map<String, Object>> intake = json.stream().filter(j -> "org.edhub.hub.intake.Intake".equals(field(j, "log", "logger")))
                .toList();
        assertThat(intake).as("the intake's lines").hasSizeGreaterThanOrEqualTo(3).allSatisfy(j -> {
            assertThat(field(j, "edhub", "district")).isEqualTo(DISTRICT_A);
            assertThat(field(j, "edhub", "feed")).isIn("tx-certifications", "tx-peims");
            assertThat(field(j, "edhub", "file")).asString().startsWith(field(j, "edhub", "feed") + "/2018-2019/");
            assertThat(field(j, "edhub", "run")).as("the intake's line after the run: %s", j).isNull();
        });
        assertThat(json).as("the lines of the hub's start carry none of a run's fields")
                .filteredOn(j -> String.valueOf(j.get("message")).startsWith("Pickup of ")).hasSize(3)
                .allSatisfy(j -> assertThat(j.get("edhub")).isNull());
        assertThat(intake).anySatisfy(j -> assertThat(field(j, "edhub", "file")).isEqualTo("tx-certifications/2018-2019/099902_ECOS_***-**-6789.csv"));

        String all = String.join("\n", lines);
        assertThat(all).doesNotContain("123-45-6789").contains("***-**-6789");
        for (String ssn : sampleSsns(certifications)) assertThat(all).as("the sample's SSN %s", ssn).doesNotContain(ssn);
    }

    /** The SSNs of the sample's ECOS file: its nine-digit staff identifiers (the ten-digit ones are TX Unique IDs). */
    static List<String> sampleSsns(Path ecos) throws Exception {
        List<String> ssns = Files.readAllLines(ecos).stream().map(l -> l.split(",")[0]).filter(id -> id.length() == 9).distinct()
                .toList();
        assertThat(ssns).hasSizeGreaterThan(10);
        return ssns;
    }

    /** A field of an ECS line, nested by the dots of its name. */
    @SuppressWarnings("unchecked")
    static Object field(Map<String, Object> line, String... path) {
        Object at = line;
        for (String name : path) {
            if (!(at instanceof Map<?, ?> map)) return null;
            at = ((Map<String, Object>) map).get(name);
        }
        return at;
    }
}

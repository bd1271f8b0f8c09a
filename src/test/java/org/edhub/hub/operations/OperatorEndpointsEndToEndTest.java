package org.edhub.hub.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.edhub.hub.HubUnderTest.DISTRICT_A;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.edhub.TestFiles;
import org.edhub.hub.HubTest;
import org.edhub.hub.HubUnderTest;
import org.junit.jupiter.api.Test;

/**
 * What an operator sees (issue 13, item 4): health and Prometheus metrics on the management port, without the
 * coordinators' sign-in, and not on the dashboard's port; after a run, its duration as a timer beside the files, runs,
 * issues and mail; with no alert address, the health and metrics say that alerts go nowhere.
 */
class OperatorEndpointsEndToEndTest extends HubTest {
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void healthAndMetricsAreOnTheManagementPortWithoutSignInAndNotOnTheDashboards() throws Exception {
        int management = TestFiles.freePort();
        hub = new HubUnderTest(data).with("management.server.port", management).with("edhub.metrics.refresh", "500ms").startHub();
        String base = "http://127.0.0.1:" + management;

        HttpResponse<String> liveness = get(base + "/actuator/health/liveness");
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).contains("\"status\":\"UP\"");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).alias("ready once the hub has started")
                .until(() -> get(base + "/actuator/health/readiness").statusCode() == 200);
        String health = get(base + "/actuator/health").body();
        assertThat(health).contains("\"db\"").contains("\"mailServer\"").contains("\"camelHealth\"").contains("\"districtSftp\"")
                .contains("\"alerts\"").contains("none: alerts go nowhere (edhub.operator.alert-to)");

        hub.upload(DISTRICT_A, "inbound/tx-certifications/2018-2019/ecos.csv",
                Files.readAllBytes(Path.of("samples/tx/tx-certifications/099902_2018-2019_ECOS_certifications.csv")));
        await().atMost(Duration.ofSeconds(40)).until(() -> get(base + "/actuator/prometheus").body()
                .contains("edhub_files{district=\"099902\",feed=\"tx-certifications\",status=\"ACCEPTED\"} 1.0"));
        String scrape = get(base + "/actuator/prometheus").body();
        assertThat(scrape).contains("edhub_runs{district=\"099902\",program=\"tx-pr1500\",status=\"WAITING\"} 1.0")
                .contains("edhub_run_duration_seconds_count{district=\"099902\",program=\"tx-pr1500\",status=\"WAITING\"} 1")
                .contains("edhub_run_duration_seconds_bucket{district=\"099902\",program=\"tx-pr1500\",status=\"WAITING\",le=\"10.0\"} 1")
                .contains("edhub_run_duration_seconds_sum{district=\"099902\",program=\"tx-pr1500\",status=\"WAITING\"}")
                .contains("edhub_run_duration_seconds_max{district=\"099902\",program=\"tx-pr1500\",status=\"WAITING\"}")
                .contains("edhub_issues{severity=\"INFO\"}")
                .contains("edhub_operator_alert_recipients 0.0");
        System.out.println("The run's duration in the scrape:");
        scrape.lines().filter(l -> l.startsWith("edhub_run_duration")).forEach(System.out::println);

        HttpResponse<String> onDashboard = get(hub.baseUrl() + "/actuator/health");
        assertThat(onDashboard.statusCode()).as("the dashboard's port serves no actuator").isNotEqualTo(200);
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}

package org.edhub.hub.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.edhub.hub.web.DashboardUnderTest.KY_USER;
import static org.edhub.hub.web.DashboardUnderTest.OTHER_TX;
import static org.edhub.hub.web.DashboardUnderTest.OTHER_TX_USER;
import static org.edhub.hub.web.DashboardUnderTest.TX;
import static org.edhub.hub.web.DashboardUnderTest.TX_USER;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Over HTTP: a coordinator sees their own district's pages and downloads and gets 403 for every other district's. */
@ExtendWith(OutputCaptureExtension.class)
class DashboardAccessTest extends DashboardTest {
    static List<String> txPages() {
        return List.of("/districts/" + TX, "/runs/" + txRun, "/runs/" + txRun + "/issues",
                "/runs/" + txRun + "/outputs/PR1500_Part2_Elementary.csv", "/runs/" + txRun + "/outputs/PR1500_Part2.xlsx",
                "/runs/" + txRun + "/pr1500/elementary", "/runs/" + txRun + "/pr1500/secondary",
                "/runs/" + txRun + "/pr1500/elementary/teachers?campus=099902102&column=Total+Teachers");
    }

    static List<String> leadPages() {
        return List.of("/districts/" + DashboardUnderTest.KY, "/runs/" + leadRun, "/runs/" + leadRun + "/issues",
                "/runs/" + leadRun + "/lead/courses", "/runs/" + leadRun + "/lead/courses?category=Out+of+Field",
                "/runs/" + leadRun + "/lead/caseload", "/runs/" + leadRun + "/lead/munis",
                "/runs/" + leadRun + "/lead/courses/export.csv", "/runs/" + leadRun + "/lead/courses/export.xlsx",
                "/runs/" + leadRun + "/outputs/LEAD_Course_Validations.csv");
    }

    @Test
    void theCoordinatorOfTheDistrictOpensEveryPageAndDownload() {
        WebSession tx = WebSession.signedIn(hub, TX_USER);
        txPages().forEach(p -> assertThat(tx.bytes(p).statusCode()).as(p).isEqualTo(200));
        WebSession ky = WebSession.signedIn(hub, KY_USER);
        leadPages().forEach(p -> assertThat(ky.bytes(p).statusCode()).as(p).isEqualTo(200));
    }

    @Test
    void anotherDistrictsCoordinatorGets403ForEveryPageAndDownload() {
        WebSession ky = WebSession.signedIn(hub, KY_USER);
        txPages().forEach(p -> assertThat(ky.bytes(p).statusCode()).as(p).isEqualTo(403));
        WebSession pecos = WebSession.signedIn(hub, OTHER_TX_USER);
        txPages().forEach(p -> assertThat(pecos.bytes(p).statusCode()).as(p).isEqualTo(403));
        leadPages().forEach(p -> assertThat(pecos.bytes(p).statusCode()).as(p).isEqualTo(403));
    }

    @Test
    void anotherDistrictsCoordinatorCannotReplayItsRun() {
        int runsBefore = hub.db().queryForObject("select count(*) from run", Integer.class);
        WebSession ky = WebSession.signedIn(hub, KY_USER);
        assertThat(ky.post("/runs/" + txRun + "/replay", ky.csrf("/"), "").statusCode()).isEqualTo(403);
        assertThat(hub.db().queryForObject("select count(*) from run", Integer.class)).isEqualTo(runsBefore);
    }

    @Test
    void theDistrictListShowsOnlyTheCoordinatorsOwnDistricts() {
        String page = WebSession.signedIn(hub, KY_USER).get("/").body();
        assertThat(page).contains("Harlan Valley Independent").doesNotContain("Lone Star").doesNotContain("Pecos");
    }

    @Test
    void nothingIsShownBeforeSigningIn() {
        WebSession anonymous = new WebSession(hub.baseUrl());
        for (String p : List.of("/", "/runs/" + txRun, "/runs/" + leadRun + "/lead/courses/export.csv")) {
            var response = anonymous.get(p);
            assertThat(response.statusCode()).as(p).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/login");
        }
    }

    @Test
    void aWrongPasswordDoesNotSignIn() {
        WebSession s = new WebSession(hub.baseUrl());
        var response = s.post("/login", s.csrf("/login"), "username=" + TX_USER + "&password=wrong");
        assertThat(response.headers().firstValue("Location").orElse("")).contains("/login?error");
        assertThat(s.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void theEmbeddedSftpServersGreetingNamesNoPasswordNorDoesAnyOtherLogLine(CapturedOutput log) {
        WebSession.signedIn(hub, TX_USER);
        assertThat(log.getAll()).contains("edhub is running with its own SFTP server")
                .contains("099902@localhost   (password: edhub.districts[0].sftp.password)")
                .doesNotContain("sftp-" + TX).doesNotContain("sftp-" + OTHER_TX).doesNotContain("sftp-" + DashboardUnderTest.KY)
                .doesNotContain(DashboardUnderTest.PASSWORD);
    }

    @Test
    void socialSecurityNumbersAreNeverShown() {
        WebSession ky = WebSession.signedIn(hub, KY_USER);
        for (String p : List.of("/runs/" + leadRun + "/issues", "/runs/" + leadRun + "/lead/courses",
                "/runs/" + leadRun + "/lead/courses/export.csv")) {
            String body = ky.get(p).body();
            assertThat(body).as(p).doesNotContain(LeadFixture.SSN).doesNotContain("45-6789");
        }
        assertThat(ky.get("/runs/" + leadRun + "/issues").body()).contains("***-**-6789");
    }
}

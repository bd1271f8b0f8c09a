package org.edhub.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard's sessions are in the database, not in one instance's memory: a coordinator signed in at one
 * instance is still signed in at the next one on the same database (here the same data folder's H2 after a restart,
 * on another port), and signing out there ends the session everywhere.
 */
class DashboardSessionTest {
    @TempDir
    Path data;

    @Test
    void aSignedInUserStaysSignedInAtTheNextInstanceAndSigningOutEndsItThere() {
        WebSession browser;
        try (DashboardUnderTest first = new DashboardUnderTest(data)) {
            browser = WebSession.signedIn(first, DashboardUnderTest.TX_USER);
            assertThat(browser.get("/").statusCode()).isEqualTo(200);
            assertThat(first.db().queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class,
                    DashboardUnderTest.TX_USER)).isEqualTo(1);
        }
        try (DashboardUnderTest next = new DashboardUnderTest(data)) {
            WebSession there = browser.at(next.baseUrl());
            HttpResponse<String> home = there.get("/");
            assertThat(home.statusCode()).as("signed in without signing in again").isEqualTo(200);
            assertThat(home.body()).contains("Lone Star Sample ISD");

            HttpResponse<String> out = there.post("/logout", there.csrf("/"), "");
            assertThat(out.headers().firstValue("Location").orElse("")).endsWith("/login?logout");
            assertThat(there.get("/").statusCode()).as("signed out").isEqualTo(302);
            assertThat(next.db().queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class,
                    DashboardUnderTest.TX_USER)).isZero();
        }
    }
}

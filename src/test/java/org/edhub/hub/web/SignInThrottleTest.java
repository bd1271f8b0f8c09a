package org.edhub.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Issue 12, sign-in: repeated wrong passwords lock the user out for a while (the right password then too), each
 * failure is logged without the password, and every page carries a Content-Security-Policy, a Referrer-Policy and a
 * SameSite session cookie.
 */
@ExtendWith(OutputCaptureExtension.class)
class SignInThrottleTest {
    @TempDir
    static Path data;
    static DashboardUnderTest hub;

    @BeforeAll
    static void startHub() {
        hub = new DashboardUnderTest(data);
    }

    @AfterAll
    static void stopHub() {
        hub.close();
    }

    static HttpResponse<String> signIn(WebSession s, String user, String password) {
        return s.post("/login", s.csrf("/login"), "username=" + user + "&password=" + password);
    }

    @Test
    void fiveWrongPasswordsLockTheUserOutAndTheRightPasswordThenWaitsToo(CapturedOutput log) {
        WebSession s = new WebSession(hub.baseUrl());
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> wrong = signIn(s, DashboardUnderTest.KY_USER, "guess-" + i);
            assertThat(wrong.headers().firstValue("Location").orElse("")).contains("/login?error");
        }
        HttpResponse<String> right = signIn(s, DashboardUnderTest.KY_USER, DashboardUnderTest.PASSWORD);
        assertThat(right.headers().firstValue("Location").orElse("")).as("locked out: the right password waits too")
                .contains("/login?error");
        assertThat(s.get("/login?error").body()).contains("Too many failed sign-ins: try again in");
        assertThat(s.get("/").statusCode()).as("not signed in").isEqualTo(302);

        assertThat(log.getOut()).contains("dashboard sign-in failed for user 'bluegrass' from 127.0.0.1 (5 failure(s) in a row")
                .contains("locked out for 30 s").doesNotContain("guess-").doesNotContain(DashboardUnderTest.PASSWORD);
    }

    @Test
    void pagesCarryAContentSecurityPolicyAReferrerPolicyAndASameSiteCookie() {
        WebSession s = new WebSession(hub.baseUrl());
        HttpResponse<String> login = s.get("/login");
        assertThat(login.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("default-src 'self'").contains("script-src 'self'").contains("frame-ancestors 'none'");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("SESSION=")
                .contains("SameSite=Lax").contains("HttpOnly"));
    }
}

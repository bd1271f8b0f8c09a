package org.edhub.hub.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A user of the dashboard over plain HTTP: signs in through the login form and keeps the session cookie. */
public final class WebSession {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final String base;
    private final HttpClient http;

    public WebSession(String base) {
        this(base, HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build());
    }

    private WebSession(String base, HttpClient http) {
        this.base = base;
        this.http = http;
    }

    /** The same browser, its cookies included, at another dashboard on this host (another instance, another port). */
    public WebSession at(String otherBase) {
        return new WebSession(otherBase, http);
    }

    static WebSession signedIn(DashboardUnderTest hub, String user) {
        return signedIn(hub.baseUrl(), user, DashboardUnderTest.PASSWORD);
    }

    /** Signs in at the dashboard at {@code base}; fails when the form does not let the user in. */
    public static WebSession signedIn(String base, String user, String password) {
        WebSession s = new WebSession(base);
        HttpResponse<String> login = s.post("/login", s.csrf("/login"), "username=" + user + "&password=" + password);
        String location = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException(user + " could not sign in: " + login.statusCode() + " " + location);
        }
        return s;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> bytes(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The CSRF token of the form on a page. */
    String csrf(String page) {
        Matcher m = CSRF.matcher(get(page).body());
        if (!m.find()) throw new IllegalStateException("No CSRF token on " + page);
        return m.group(1);
    }

    HttpResponse<String> post(String path, String csrf, String form) {
        String body = (form.isEmpty() ? "" : form + "&") + "_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package org.edhub.hub.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium and chromedriver (installed by .ci/run), used as they are: the driver path and the
 * browser binary are given, so Selenium Manager never tries to download either.
 */
final class Chromium {
    static final String BINARY = "/usr/bin/chromium";
    static final String DRIVER = "/usr/bin/chromedriver";
    static final int WIDTH = 1400;
    static final Path SHOTS = Path.of("target/screenshots");

    private Chromium() {
    }

    static WebDriver start() {
        if (!Files.isExecutable(Path.of(BINARY)) || !Files.isExecutable(Path.of(DRIVER))) {
            throw new IllegalStateException("Headless browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install -y chromium chromium-driver (.ci/run does it)");
        }
        System.setProperty("webdriver.chrome.driver", DRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=" + WIDTH + ",900", "--user-data-dir=" + tempDir());
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(Path.of(DRIVER).toFile()).build(), options);
    }

    /**
     * The whole page as a PNG, beyond the window too, into {@code target/screenshots/} and, when the system property
     * {@code screenshots.dir} is set (docs/dashboard.md), into that folder as well.
     */
    @SuppressWarnings("unchecked")
    static Path screenshot(WebDriver driver, String name) {
        ChromeDriver chrome = (ChromeDriver) driver;
        Map<String, Object> size = (Map<String, Object>) chrome.executeCdpCommand("Page.getLayoutMetrics", Map.of()).get("cssContentSize");
        double width = ((Number) size.get("width")).doubleValue();
        double height = Math.min(((Number) size.get("height")).doubleValue(), 6000);
        Map<String, Object> shot = chrome.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        byte[] png = Base64.getDecoder().decode((String) shot.get("data"));
        Path file = SHOTS.resolve(name + ".png");
        write(file, png);
        String extra = System.getProperty("screenshots.dir");
        if (extra != null && !extra.isBlank()) write(Path.of(extra).resolve(name + ".png"), png);
        return file;
    }

    private static void write(Path file, byte[] png) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tempDir() {
        try {
            Path dir = Files.createTempDirectory("edhub-chromium");
            dir.toFile().deleteOnExit();
            return dir.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.edhub.hub.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.edhub.hub.web.DashboardUnderTest.KY_USER;
import static org.edhub.hub.web.DashboardUnderTest.PASSWORD;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In headless Chromium: a Kentucky coordinator signs in, opens the LEAD run of the sample district, clicks the Out
 * of Field slice of the category chart and sees only Out of Field courses, then opens a row's details.
 */
class DashboardBrowserTest extends DashboardTest {
    static WebDriver browser;

    @BeforeAll
    static void startBrowser() {
        browser = Chromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) browser.quit();
    }

    @Test
    void clickingTheOutOfFieldSliceShowsOnlyOutOfFieldCourses() throws IOException {
        signIn(KY_USER);
        browser.findElement(By.linkText("Harlan Valley Independent (165)")).click();
        browser.findElement(By.linkText(Long.toString(leadRun))).click();
        browser.findElement(By.linkText("LEAD Courses")).click();
        int outOfField = LeadFixture.courses(hub.dataDir, leadRun, null, "Out of Field");
        assertThat(rows()).hasSize(LeadFixture.courses(hub.dataDir, leadRun, null, null));
        assertThat(outOfField).isBetween(1, rows().size() - 1);

        WebElement slice = browser.findElement(By.cssSelector("#pie-category a.slice[data-slice='Out of Field']"));
        WebElement chart = browser.findElement(By.cssSelector("#pie-category svg"));
        new Actions(browser).moveToElement(chart, Integer.parseInt(slice.getAttribute("data-x")) - 100,
                Integer.parseInt(slice.getAttribute("data-y")) - 100).click().perform();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("category=Out+of+Field"));

        List<WebElement> rows = rows();
        assertThat(rows).hasSize(outOfField);
        assertThat(rows).allSatisfy(r -> assertThat(r.getAttribute("data-category")).isEqualTo("Out of Field"));
        assertThat(browser.findElement(By.id("shown")).getText()).isEqualTo(Integer.toString(outOfField));

        WebElement history = rows.stream().filter(r -> r.getText().contains("Algebra I")).findFirst().orElseThrow();
        history.findElement(By.cssSelector("button.action")).click();
        WebElement details = browser.findElement(By.id(history.findElement(By.cssSelector("button.action")).getAttribute("data-toggle")));
        assertThat(details.isDisplayed()).isTrue();
        assertThat(details.getText()).contains("Core content: Mathematics", "grade range: 9-11",
                "active credentials that could clear the course: MA59 Middle School Mathematics (5-9)", "Teaching Method");
        assertThat(browser.getPageSource()).doesNotContain(LeadFixture.SSN);

        Path shot = Chromium.screenshot(browser, "lead-courses-out-of-field");
        assertThat(Files.size(shot)).isGreaterThan(10_000);
    }

    /** A tour of the main pages as an administrator, each saved as a screenshot (docs/dashboard.md shows them). */
    @Test
    void screenshotsOfEveryMainPage() {
        browser.manage().deleteAllCookies();
        browser.get(hub.baseUrl() + "/login");
        Chromium.screenshot(browser, "login");
        signIn(DashboardUnderTest.ADMIN);
        assertThat(browser.findElements(By.cssSelector("table.grid tbody tr"))).hasSize(3);
        Chromium.screenshot(browser, "districts");

        browser.findElement(By.linkText("Lone Star Sample ISD (099902)")).click();
        assertThat(browser.findElement(By.id("runs")).getText()).contains("tx-pr1500");
        Chromium.screenshot(browser, "district-runs");

        browser.findElement(By.linkText(Long.toString(txRun))).click();
        assertThat(browser.findElement(By.id("inputs")).getText()).contains("099902_2019_Fall_StaffAssociation.xml");
        assertThat(browser.findElement(By.id("replay")).isDisplayed()).isTrue();
        Chromium.screenshot(browser, "run");

        browser.findElement(By.id("issues-link")).click();
        browser.findElement(By.cssSelector("details.group summary")).click();
        assertThat(browser.findElement(By.cssSelector("details.group")).getAttribute("open")).isNotNull();
        Chromium.screenshot(browser, "issues");

        browser.get(hub.baseUrl() + "/runs/" + txRun + "/pr1500/elementary");
        assertThat(browser.findElements(By.cssSelector("section.campus"))).isNotEmpty();
        Chromium.screenshot(browser, "pr1500-elementary");

        WebElement total = browser.findElement(By.cssSelector("section.campus tfoot a"));
        int count = Integer.parseInt(total.getText());
        total.click();
        assertThat(browser.findElements(By.cssSelector("#teachers tbody tr"))).hasSize(count);
        Chromium.screenshot(browser, "pr1500-teachers");

        browser.get(hub.baseUrl() + "/runs/" + leadRun + "/lead/caseload");
        assertThat(rows()).hasSize(LeadFixture.rows(hub.dataDir, leadRun, "LEAD_Caseload_Validations.csv"));
        Chromium.screenshot(browser, "lead-caseload");
    }

    private static List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#results tr.result"));
    }

    static void signIn(String user) {
        browser.manage().deleteAllCookies();
        browser.get(hub.baseUrl() + "/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("sign-in")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.titleContains("Districts"));
    }
}

package org.edhub.hub.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.edhub.hub.web.DashboardUnderTest.KY_USER;
import static org.edhub.hub.web.DashboardUnderTest.PASSWORD;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.edhub.kentucky.web.PieChart;
import org.edhub.kentucky.web.ResultKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In headless Chromium: a Kentucky coordinator signs in, opens the LEAD run of the sample district, clicks the Out
 * of Field slice of the category chart and sees only Out of Field courses, then opens a row's details; the run's
 * issues lead with its errors, largest first, in LEAD's words.
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

    /**
     * The issues page of the LEAD run: errors first, then warnings; each severity's findings largest first, as the
     * run's issue rows count them, titled with LEAD's result texts and the rule code after the words; the lesson of
     * the four largest; a finding opens to its rows. The run page lists the same errors first and links to them.
     */
    @Test
    void theIssuesLeadWithErrorsLargestFirstInTheStatesWords() {
        signIn(KY_USER);
        open(hub.baseUrl() + "/runs/" + leadRun + "/issues");
        List<WebElement> sections = browser.findElements(By.cssSelector("section.severity"));
        assertThat(sections).extracting(s -> s.getAttribute("data-severity")).containsExactly("ERROR", "WARNING");

        List<WebElement> errors = sections.get(0).findElements(By.cssSelector("details.finding"));
        Map<String, Integer> errorsByRule = LeadFixture.issuesByRule(hub.db(), leadRun, "ERROR");
        int allErrors = errorsByRule.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(errors).extracting(e -> e.getAttribute("data-rule")).containsExactlyInAnyOrderElementsOf(errorsByRule.keySet());
        List<Integer> counts = errors.stream().map(e -> Integer.parseInt(e.getAttribute("data-count"))).toList();
        assertThat(counts).isSortedAccordingTo(Comparator.reverseOrder())
                .isEqualTo(errors.stream().map(e -> errorsByRule.get(e.getAttribute("data-rule"))).toList());

        WebElement largest = errors.get(0);
        assertThat(largest.findElement(By.cssSelector(".title")).getText()).isEqualTo("Invalid Course Code");
        assertThat(largest.findElement(By.cssSelector(".share")).getText())
                .isEqualTo("— 2 rows, " + Math.round(200.0 / allErrors) + "% of all errors");
        assertThat(largest.findElement(By.cssSelector("summary")).getText())
                .startsWith("Invalid Course Code — 2 rows").contains("KY-LEAD-COURSE-INVALID-CODE", "State Searchable Course Code Database");
        assertThat(errors).extracting(e -> e.findElement(By.cssSelector(".title")).getText())
                .contains("No Primary Teacher Assigned", "No EPSB ID Provided", "Invalid EPSB ID", "No Staff Record Found",
                        "Case Load: No Case Manager Assigned", "Missing EPSB ID");
        int leading = counts.subList(0, 4).stream().mapToInt(Integer::intValue).sum();
        assertThat(sections.get(0).findElement(By.cssSelector(".lesson")).getText())
                .isEqualTo("The 4 largest make up " + Math.round(100.0 * leading / allErrors) + "% of all errors.");
        assertThat(sections.get(1).findElements(By.cssSelector("details.finding .title"))).extracting(WebElement::getText)
                .contains("Vacant position (placeholder EPSB ID)", "Educator does not have permissions for (content): substitute teacher");

        largest.findElement(By.cssSelector("summary")).click();
        assertThat(largest.findElements(By.cssSelector("tbody tr"))).hasSize(2)
                .allSatisfy(r -> assertThat(r.getText()).contains("Section ID", "Invalid Course Code"));
        Chromium.screenshot(browser, "issues");

        open(hub.baseUrl() + "/runs/" + leadRun);
        WebElement first = browser.findElement(By.cssSelector("#fix-first .severity ol.findings li"));
        assertThat(browser.findElement(By.cssSelector("#fix-first .severity")).getAttribute("data-severity")).isEqualTo("ERROR");
        assertThat(first.getText()).startsWith("Invalid Course Code — 2 rows");
        first.findElement(By.cssSelector("a.title")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("#rule-KY-LEAD-COURSE-INVALID-CODE"));
        assertThat(browser.findElement(By.id("rule-KY-LEAD-COURSE-INVALID-CODE")).getAttribute("open")).isNotNull();
    }

    /**
     * The courses' result chart of the sample has more kinds of result than colours told apart: the largest seven
     * keep a slice each, in colours of their own, and the grey Other slice leads to the rest, listed in the legend;
     * one of those clicked filters the table to it and gets a slice of its own.
     */
    @Test
    void theResultChartGroupsItsSmallestKindsIntoOther() {
        signIn(KY_USER);
        open(hub.baseUrl() + "/runs/" + leadRun + "/lead/courses");
        Set<String> kinds = LeadFixture.courseResultKinds(hub.dataDir, leadRun);
        assertThat(kinds.size()).isGreaterThan(PieChart.MAX_SLICES);
        List<WebElement> slices = browser.findElements(By.cssSelector("#pie-result a.slice"));
        assertThat(slices).hasSize(PieChart.MAX_SLICES);
        assertThat(slices).extracting(a -> a.findElement(By.tagName("path")).getAttribute("fill")).doesNotHaveDuplicates();
        assertThat(slices.get(slices.size() - 1).getAttribute("data-slice")).isEqualTo(PieChart.OTHER);
        List<WebElement> grouped = browser.findElements(By.cssSelector("#pie-result-other a"));
        assertThat(grouped).hasSize(kinds.size() - (PieChart.MAX_SLICES - 1));
        Chromium.screenshot(browser, "lead-courses");

        String kind = grouped.get(grouped.size() - 1).getAttribute("data-grouped");
        grouped.get(grouped.size() - 1).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("result="));
        assertThat(rows()).isNotEmpty().allSatisfy(r -> assertThat(ResultKind.of(r.findElements(By.tagName("td")).get(9).getText())).isEqualTo(kind));
        assertThat(browser.findElements(By.cssSelector("#pie-result a.slice.selected"))).extracting(a -> a.getAttribute("data-slice"))
                .containsExactly(kind);
    }

    /** A tour of the main pages as an administrator, each saved as a screenshot (docs/dashboard.md shows them). */
    @Test
    void screenshotsOfEveryMainPage() {
        browser.manage().deleteAllCookies();
        open(hub.baseUrl() + "/login");
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

        assertThat(browser.findElement(By.cssSelector("#fix-first .severity")).getAttribute("data-severity")).isEqualTo("WARNING");
        browser.findElement(By.id("issues-link")).click();
        browser.findElement(By.cssSelector("details.group summary")).click();
        assertThat(browser.findElement(By.cssSelector("details.group")).getAttribute("open")).isNotNull();

        open(hub.baseUrl() + "/runs/" + txRun + "/pr1500/elementary");
        assertThat(browser.findElements(By.cssSelector("section.campus"))).isNotEmpty();
        Chromium.screenshot(browser, "pr1500-elementary");

        WebElement total = browser.findElement(By.cssSelector("section.campus tfoot a"));
        int count = Integer.parseInt(total.getText());
        total.click();
        assertThat(browser.findElements(By.cssSelector("#teachers tbody tr"))).hasSize(count);
        Chromium.screenshot(browser, "pr1500-teachers");

        open(hub.baseUrl() + "/runs/" + leadRun + "/lead/caseload");
        assertThat(rows()).hasSize(LeadFixture.rows(hub.dataDir, leadRun, "LEAD_Caseload_Validations.csv"));
        Chromium.screenshot(browser, "lead-caseload");
    }

    private static List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#results tr.result"));
    }

    /**
     * Goes to a page and waits until the browser has parsed it whole ({@code document.readyState} complete), so that
     * a page read at once is not one still being parsed.
     */
    static void open(String url) {
        browser.get(url);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    static void signIn(String user) {
        browser.manage().deleteAllCookies();
        open(hub.baseUrl() + "/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("sign-in")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.titleContains("Districts"));
    }
}

package org.policybrief.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.policybrief.data.DatasetSource;
import org.policybrief.diag.Diagnostics;
import org.policybrief.pipeline.RunListener;
import org.policybrief.pipeline.RunSpec;
import org.policybrief.pipeline.WeeklyRun;
import org.policybrief.testing.PdfReader;

/**
 * Headless Chromium against a real portal: an edition published by the weekly run over the
 * sample data, and real on-demand rendering. Skipped where Debian's chromium-driver is missing.
 */
class PortalBrowserTest {

  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @TempDir static Path temp;
  static Path archive;
  static Path downloads;
  static PortalServer server;
  static ChromeDriver browser;
  static String base;

  @BeforeAll
  static void publishServeAndOpenABrowser() throws Exception {
    assumeTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM), "chromium-driver is not installed");
    archive = Files.createDirectories(temp.resolve("output"));
    Path plan = Files.writeString(temp.resolve("plan.yaml"), "data: " + Path.of("data/sample").toAbsolutePath()
        + "\nbriefings:\n  - name: country\n    countries: each\n    language: zh-Hans\n");
    Diagnostics diagnostics = new Diagnostics();
    new WeeklyRun().run(new RunSpec(plan, archive, LocalDate.of(2026, 11, 23), 4, 2), RunListener.SILENT, diagnostics);
    assertThat(diagnostics.errors()).isEmpty();

    server = PortalServer.start(new PortalServer.Config(archive, "127.0.0.1", 0, DatasetSource.sample(),
        temp.resolve("cache"), 50_000_000, 1, 4, Optional.empty(), false, line -> { }));
    base = "http://127.0.0.1:" + server.address().getPort();

    downloads = Files.createDirectories(temp.resolve("downloads"));
    browser = chromium("profile", true);
  }

  /** A fresh headless Chromium downloading into {@link #downloads}; Selenium Manager is never asked. */
  static ChromeDriver chromium(String profile, boolean javascript) throws IOException {
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + Files.createDirectories(temp.resolve(profile)), "--window-size=1280,900");
    options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
        "download.prompt_for_download", false, "plugins.always_open_pdf_externally", true,
        "profile.managed_default_content_settings.javascript", javascript ? 1 : 2));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    return new ChromeDriver(service, options);
  }

  @AfterAll
  static void close() throws InterruptedException {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.stop(Duration.ofSeconds(5));
    }
  }

  @Test
  void filterTheArchiveDownloadABriefingThenAskForOneOnDemand() throws Exception {
    browser.get(base + "/");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("政策简报归档");
    assertThat(visibleRows()).hasSize(2);

    browser.findElement(By.cssSelector("label[for=country-US]")).click();
    List<WebElement> rows = visibleRows();
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).getText()).contains("country-us");

    rows.get(0).findElement(By.linkText("PDF")).click();
    Path downloaded = awaitDownload("country-us-zh-Hans-2026-11-23.pdf"); // saved with its edition
    assertThat(downloaded).hasSameBinaryContentAs(archive.resolve("2026-11-23/country-us-zh-Hans.pdf"));
    screenshot("archive");

    browser.findElement(By.cssSelector("#on-demand-link a")).click();
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/on-demand"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("按需生成简报");
    browser.findElement(By.linkText("English")).click();
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("lang=en"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Briefing on demand");
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");

    browser.findElement(By.cssSelector("input[name=country][value=CN]")).click();
    screenshot("form");
    browser.findElement(By.cssSelector("button[type=submit]")).click();
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/on-demand/jobs/"));
    WebElement link = new WebDriverWait(browser, Duration.ofSeconds(150))
        .until(d -> d.findElements(By.id("download")).stream().findFirst().orElse(null));
    assertThat(browser.findElement(By.id("state")).getText()).isEqualTo("The briefing is ready.");
    screenshot("job");
    link.click();
    String name = "briefing-" + LocalDate.now() + "-zh-Hans-CN.pdf";
    Path result = awaitDownload(name);
    Path cached;
    try (Stream<Path> files = Files.list(temp.resolve("cache"))) {
      cached = files.filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
    }
    assertThat(result).hasSameBinaryContentAs(cached);
    try (PDDocument pdf = Loader.loadPDF(result.toFile())) {
      String text = PdfReader.text(pdf);
      assertThat(text).contains("人工智能全球治理行动计划").doesNotContain("赢得竞赛");
    }
  }

  @Test
  void theFormFitsAPhoneScreen() throws Exception {
    browser.manage().window().setSize(new Dimension(390, 844));
    try {
      browser.get(base + "/on-demand");
      Object overflow = ((JavascriptExecutor) browser).executeScript(
          "return document.documentElement.scrollWidth - window.innerWidth;");
      assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
      screenshot("phone");
    } finally {
      browser.manage().window().setSize(new Dimension(1280, 900));
    }
  }

  @Test
  void withoutJavaScriptTheArchiveFiltersAndTheJobPageReloadsUntilTheDownload() throws Exception {
    ChromeDriver plain = chromium("profile-no-js", false);
    try {
      plain.get("data:text/html,<title>off</title><script>document.title='on'</script>");
      assertThat(plain.getTitle()).isEqualTo("off"); // scripts really do not run
      plain.get(base + "/");
      plain.findElement(By.cssSelector("label[for=country-CN]")).click(); // a CSS filter, no script
      List<WebElement> rows = plain.findElements(By.cssSelector("main tbody tr")).stream()
          .filter(WebElement::isDisplayed).toList();
      assertThat(rows).hasSize(1);
      assertThat(rows.get(0).getText()).contains("country-cn");

      plain.get(base + "/on-demand");
      plain.findElement(By.cssSelector("input[name=country][value=US]")).click();
      plain.findElement(By.cssSelector("button[type=submit]")).click();
      new WebDriverWait(plain, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/on-demand/jobs/"));
      WebElement link = new WebDriverWait(plain, Duration.ofSeconds(150)) // the page reloads itself every 3 s
          .until(d -> d.findElements(By.id("download")).stream().findFirst().orElse(null));
      link.click();
      Path result = awaitDownload("briefing-" + LocalDate.now() + "-zh-Hans-US.pdf");
      try (PDDocument pdf = Loader.loadPDF(result.toFile())) {
        assertThat(PdfReader.text(pdf)).contains("赢得竞赛").doesNotContain("人工智能全球治理行动计划");
      }
    } finally {
      plain.quit();
    }
  }

  static List<WebElement> visibleRows() {
    return browser.findElements(By.cssSelector("main tbody tr")).stream().filter(WebElement::isDisplayed).toList();
  }

  static Path awaitDownload(String name) throws InterruptedException {
    Path file = downloads.resolve(name);
    for (int i = 0; i < 300; i++) {
      if (Files.exists(file) && !Files.exists(downloads.resolve(name + ".crdownload"))) {
        return file;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no download " + name + " in " + List.of(new File(downloads.toString()).list()));
  }

  /** Kept under target/ for a person to look at; not compared. */
  static void screenshot(String name) throws IOException {
    Path folder = Files.createDirectories(Path.of("target/portal-screenshots"));
    Files.write(folder.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
  }
}

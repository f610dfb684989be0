package org.policybrief.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.policybrief.diag.Diagnostic;
import org.policybrief.diag.Diagnostics;

/**
 * One output folder taken through a life: a first edition, a byte-identical re-run, a failed
 * run that must change nothing, and a second edition whose data gained and changed a measure.
 * The plan has one briefing per country (three) in two languages: six PDFs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WeeklyRunTest {

  static final String PLAN = """
      data: data
      briefings:
        - name: brief
          countries: each
          language: [zh-Hans, en]
      """;
  static final List<String> FILES = List.of("brief-de-zh-Hans.pdf", "brief-fr-zh-Hans.pdf", "brief-jp-zh-Hans.pdf",
      "brief-de-en.pdf", "brief-fr-en.pdf", "brief-jp-en.pdf");
  static final LocalDate FIRST = LocalDate.of(2026, 11, 23);
  static final LocalDate SECOND = LocalDate.of(2026, 11, 30);

  @TempDir static Path work;
  Path out;
  Path plan;
  final WeeklyRun weekly = new WeeklyRun();

  @BeforeAll
  void firstEdition() throws Exception {
    out = work.resolve("output");
    plan = work.resolve("weekly.yaml");
    copyFixtureData(work.resolve("data"));
    Files.writeString(plan, PLAN);
    Diagnostics diagnostics = new Diagnostics();
    Optional<RunSummary> summary = run(plan, FIRST, diagnostics);
    assertThat(diagnostics.errors()).isEmpty();
    assertThat(summary).isPresent();
  }

  static void copyFixtureData(Path to) throws IOException {
    Files.createDirectories(to);
    for (String name : List.of("documents.csv", "measures.csv", "categories.csv")) {
      Files.copy(Path.of("src/test/resources/weekly/data", name), to.resolve(name));
    }
  }

  Optional<RunSummary> run(Path planFile, LocalDate edition, Diagnostics diagnostics) throws Exception {
    return weekly.run(new RunSpec(planFile, out, edition, 10, 2), RunListener.SILENT, diagnostics);
  }

  @Test
  @Order(1)
  void firstEditionHasSixPdfsTheManifestLatestThePageAndTheFeed() throws IOException {
    for (String file : FILES) {
      Path pdf = out.resolve("2026-11-23").resolve(file);
      assertThat(pdf).isRegularFile();
      assertThat(out.resolve("latest").resolve(file)).hasSameBinaryContentAs(pdf);
    }
    assertThat(OutputTree.text(out.resolve("2026-11-23/brief-fr-zh-Hans.pdf")))
        .contains("法国", "算力投资", "本期更新", "本期为首期简报")
        .doesNotContain("建设数据中心"); // a German measure
    assertThat(OutputTree.text(out.resolve("2026-11-23/brief-de-en.pdf")))
        .contains("Set up a regulator", "Build data centres").doesNotContain("建设数据中心");

    JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    JsonNode briefings = manifest.at("/editions/0/briefings");
    assertThat(manifest.at("/editions/0/edition").asText()).isEqualTo("2026-11-23");
    assertThat(briefings).hasSize(6);
    for (JsonNode b : briefings) {
      Path pdf = out.resolve(b.get("file").asText());
      assertThat(b.get("bytes").asLong()).isEqualTo(Files.size(pdf));
      assertThat(b.get("sha256").asText()).isEqualTo(Hashes.sha256(Files.readAllBytes(pdf)));
      assertThat(b.get("pages").asInt()).isEqualTo(OutputTree.pages(pdf));
      assertThat(b.get("language").asText()).isIn("zh-Hans", "en");
      assertThat(b.get("dataSha256").asText()).hasSize(64);
    }
    assertThat(briefings.findValuesAsText("language")).containsOnly("zh-Hans", "en").hasSize(6);
    assertThat(briefings.get(0).at("/selection/countries/0").asText()).isIn("DE", "FR", "JP");
    for (JsonNode b : briefings) { // one country selected, the countries covered are that one
      assertThat(b.at("/selection/countries")).hasSize(1);
      assertThat(b.get("countries")).isEqualTo(b.at("/selection/countries"));
      assertThat(b.at("/selection/categories")).isEmpty();
      assertThat(b.at("/selection/from").isNull()).isTrue();
    }

    String page = Files.readString(out.resolve("index.html"));
    FILES.forEach(f -> assertThat(page).contains("href=\"2026-11-23/" + f + "\""));
    assertThat(page).contains("id=\"country-DE\"", "id=\"lang-zh-Hans\"", "法国", "2026年11月23日");
    assertThat(page).contains("href=\"index.en.html\"");
    String english = Files.readString(out.resolve("index.en.html"));
    assertThat(english).contains("Policy briefing archive", "href=\"index.html\"", "France", "23 November 2026");
    FILES.forEach(f -> assertThat(english).contains("href=\"2026-11-23/" + f + "\""));
    // saved with the edition in the name, so that weeks do not overwrite each other
    assertThat(page).contains("href=\"2026-11-23/brief-fr-en.pdf\" download=\"brief-fr-en-2026-11-23.pdf\"");
    String feed = Files.readString(out.resolve("feed.xml"));
    String archive = manifest.get("archive").asText();
    assertThat(archive).matches("[0-9a-f]{32}");
    assertThat(feed).startsWith("<?xml").contains("<id>urn:policybrief:archive:" + archive + "</id>",
        "<id>urn:policybrief:archive:" + archive + ":edition:2026-11-23</id>",
        "<updated>2026-11-23T00:00:00Z</updated>", "href=\"2026-11-23/brief-jp-en.pdf\"");
  }

  @Test
  @Order(2)
  void rerunningAnEditionOnUnchangedDataGivesByteIdenticalFiles() throws Exception {
    Map<String, String> before = OutputTree.hashes(out);
    assertThat(run(plan, FIRST, new Diagnostics())).isPresent();
    assertThat(OutputTree.hashes(out)).isEqualTo(before);
  }

  @Test
  @Order(3)
  void aFailedBriefingLeavesTheOutputFolderByteForByteAsItWas() throws Exception {
    Map<String, String> before = OutputTree.hashes(out);
    Path failing = work.resolve("failing.yaml");
    // templates/failing.ftl (a test resource) always throws while rendering
    Files.writeString(failing, PLAN + """
          - name: broken
            language: zh-Hans
            template: failing
        """);
    Diagnostics diagnostics = new Diagnostics();

    assertThat(run(failing, SECOND, diagnostics)).isEmpty();

    assertThat(diagnostics.errors()).extracting(Diagnostic::code).contains("briefing.failed");
    assertThat(diagnostics.errors()).extracting(Diagnostic::message)
        .anyMatch(m -> m.startsWith("briefing broken-zh-Hans.pdf failed: "));
    assertThat(OutputTree.hashes(out)).isEqualTo(before);
  }

  @Test
  @Order(3)
  void anEditionOlderThanTheKeptOnesIsRefusedBeforeAnythingIsBuilt() throws Exception {
    Map<String, String> before = OutputTree.hashes(out);
    Diagnostics diagnostics = new Diagnostics();

    Optional<RunSummary> summary = weekly.run(new RunSpec(plan, out, FIRST.minusWeeks(1), 1, 2),
        RunListener.SILENT, diagnostics);

    assertThat(summary).isEmpty();
    assertThat(diagnostics.errors()).extracting(Diagnostic::code).containsExactly("run.edition-too-old");
    assertThat(OutputTree.hashes(out)).isEqualTo(before);
  }

  @Test
  @Order(4)
  void secondEditionReportsTheAddedAndTheChangedMeasure() throws Exception {
    Path measures = work.resolve("data/measures.csv");
    String csv = Files.readString(measures)
        .replace("FR-1-02,FR-1,safety,风险评估,", "FR-1-02,FR-1,safety,风险评估与分级,")
        + "FR-1-03,FR-1,infra,公共数据集,Public datasets,开放公共数据集。,Open public datasets.,,\n";
    Files.writeString(measures, csv, StandardCharsets.UTF_8);
    Diagnostics diagnostics = new Diagnostics();

    RunSummary summary = run(plan, SECOND, diagnostics).orElseThrow();

    assertThat(diagnostics.sorted()).isEmpty();
    assertThat(summary.previousEdition()).isEqualTo("2026-11-23");
    String france = OutputTree.text(out.resolve("2026-11-30/brief-fr-zh-Hans.pdf"));
    assertThat(france).contains(
        "与上一期（2026年11月23日）相比：措施新增 1 项、删除 0 项、修改 1 项", // the summary
        "措施：新增 1 项，删除 0 项，修改 1 项", // the section
        "FR-1-03", "公共数据集", "FR-1-02", "风险评估与分级");
    assertThat(OutputTree.text(out.resolve("2026-11-30/brief-de-zh-Hans.pdf")))
        .contains("自上一期（2026年11月23日）以来，本简报涉及的政策文件、措施和类别均无变化");
    assertThat(out.resolve("latest/brief-fr-zh-Hans.pdf"))
        .hasSameBinaryContentAs(out.resolve("2026-11-30/brief-fr-zh-Hans.pdf"));
    assertThat(out.resolve("2026-11-23/brief-fr-zh-Hans.pdf")).isRegularFile();
    JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    assertThat(manifest.at("/editions/0/edition").asText()).isEqualTo("2026-11-30");
    assertThat(manifest.at("/editions/1/edition").asText()).isEqualTo("2026-11-23");
    assertThat(manifest.at("/editions/0/dataSha256").asText())
        .isNotEqualTo(manifest.at("/editions/1/dataSha256").asText());
    String page = Files.readString(out.resolve("index.html"));
    assertThat(page.indexOf("edition-2026-11-30")).isLessThan(page.indexOf("edition-2026-11-23"));
  }

  @Test
  @Order(5)
  void anEditionBeforeTheNewestIsPublishedWithAWarningThatLatestStaysTheNewest() throws Exception {
    Diagnostics diagnostics = new Diagnostics();

    // as a back-filled edition is; a mistyped --edition 2062-11-30 before it held latest/ without a word
    assertThat(run(plan, FIRST.minusWeeks(1), diagnostics)).isPresent();

    assertThat(diagnostics.sorted()).extracting(Diagnostic::format).containsExactly(out.resolve("manifest.json")
        + ": warning[run.not-newest]: edition 2026-11-16 is published, but 2026-11-30 is a later one: latest/,"
        + " the first edition of the archive page and the feed's newest entry stay 2026-11-30");
    assertThat(out.resolve("2026-11-16/brief-fr-zh-Hans.pdf")).isRegularFile();
    assertThat(out.resolve("latest/brief-fr-zh-Hans.pdf"))
        .hasSameBinaryContentAs(out.resolve("2026-11-30/brief-fr-zh-Hans.pdf"));
  }

  @Test
  @Order(6)
  void anEditionFolderDeletedByHandLeavesTheArchiveWithAWarning() throws Exception {
    // an operator freeing room: the manifest, the archive page and the feed went on linking to it
    try (Stream<Path> files = Files.walk(out.resolve("2026-11-23"))) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
    Diagnostics diagnostics = new Diagnostics();

    assertThat(run(plan, FIRST.plusWeeks(2), diagnostics)).isPresent();

    assertThat(diagnostics.sorted()).extracting(Diagnostic::format).containsExactly(out.resolve("manifest.json")
        + ": warning[run.editions-gone]: the folder of edition 2026-11-23 is gone: it leaves the archive page,"
        + " the feed and the manifest; changes are counted from the newest edition still there");
    JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    assertThat(manifest.findValuesAsText("edition")).containsExactly("2026-12-07", "2026-11-30", "2026-11-16");
    assertThat(Files.readString(out.resolve("index.html"))).doesNotContain("2026-11-23");
    assertThat(Files.readString(out.resolve("feed.xml"))).doesNotContain("2026-11-23");
    assertThat(out.resolve(".snapshots/2026-11-23")).doesNotExist();
  }
}

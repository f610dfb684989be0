package org.policybrief.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybrief.diag.Diagnostic;
import org.policybrief.diag.Diagnostics;

class PlanReaderTest {

  @TempDir Path folder;

  private final PlanReader reader = new PlanReader(Set.of("zh-Hans"), "briefing"::equals);

  @BeforeEach
  void createDataFolder() throws IOException {
    Files.createDirectory(folder.resolve("sample"));
  }

  private Optional<Plan> read(String yaml, Diagnostics diagnostics) throws IOException {
    Path file = Files.writeString(folder.resolve("weekly.yaml"), yaml);
    return reader.read(file, diagnostics);
  }

  @Test
  void readsEntriesAndShorthandsWithTheDataFolderRelativeToThePlan() throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    Plan plan = read("""
        data: sample
        title: 周报
        briefings:
          - name: overview
            language: zh-Hans
          - name: country
            countries: each
            language: each
            categories: [infra, safety]
            template: briefing
        """, diagnostics).orElseThrow();

    assertThat(diagnostics.sorted()).isEmpty();
    assertThat(plan.dataFolder()).isEqualTo(folder.resolve("sample").toAbsolutePath());
    assertThat(plan.title()).isEqualTo("周报");
    assertThat(plan.entries()).hasSize(2);
    PlanEntry country = plan.entries().get(1);
    assertThat(country.eachCountry()).isTrue();
    assertThat(country.eachLanguage()).isTrue();
    assertThat(country.categories()).containsExactly("infra", "safety");
    // where the data's unknown names are reported: the list, not the entry
    assertThat(country.categoriesAt().toString()).isEqualTo(path() + ":9:17");
    assertThat(plan.entries().get(0).countriesAt()).isEqualTo(plan.entries().get(0).at());
    assertThat(plan.entries().get(0).languages()).containsExactly("zh-Hans");
    assertThat(plan.entries().get(0).template()).isEqualTo("briefing");
  }

  @Test
  void reportsEveryProblemAtItsLineAndColumn() throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    Optional<Plan> plan = read("""
        data: sample
        briefings:
          - name: overview
            language: xx-Yy
            colour: red
          - name: Bad_Name
            language: zh-Hans
            template: nothing
          - name: overview
            language: zh-Hans
            title: ~
        """, diagnostics);

    // still read, so that a run also checks its countries and categories against the data
    assertThat(plan).get().extracting(p -> p.entries().size()).isEqualTo(3);
    assertThat(diagnostics.sorted()).extracting(Diagnostic::format).containsExactly(
        path() + ":4:15: error[plan.unknown-language]: unknown language xx-Yy (known: zh-Hans)",
        path() + ":5:5: error[plan.unknown-key]: unknown key \"colour\" (expected one of: categories, countries, from, language, name, template, title, to)",
        path() + ":6:11: error[plan.bad-value]: bad name \"Bad_Name\" (expected lower-case letters, digits and -)",
        path() + ":8:15: error[plan.unknown-template]: no template nothing.ftl of a whole briefing in the"
            + " templates folder (the parts briefing.ftl includes, such as cover.ftl, and the archive page's"
            + " archive.ftl and feed.ftl are not whole briefings)",
        path() + ":9:5: error[plan.duplicate-name]: a second briefing is named overview",
        path() + ":11:12: error[plan.bad-value]: title must be a single text");
  }

  @Test
  void aPlanThatIsNotAMappingIsReportedWhereItStarts() throws IOException {
    // both were reported at the file alone, with no line or column
    Diagnostics empty = new Diagnostics();
    assertThat(read("", empty)).isEmpty();
    assertThat(empty.sorted()).extracting(Diagnostic::format).containsExactly(path()
        + ":1:1: error[plan.bad-value]: a plan is a mapping with the keys data and briefings: the file is empty");
    Diagnostics list = new Diagnostics();
    assertThat(read("# weekly\n- data: sample\n", list)).isEmpty();
    assertThat(list.sorted()).extracting(Diagnostic::format).containsExactly(path()
        + ":2:1: error[plan.bad-value]: a plan is a mapping with the keys data and briefings");
  }

  @Test
  void aTitleTooLongForTheCoverIsReportedOnItsLine() throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    Optional<Plan> plan = read("data: sample\ntitle: " + "长".repeat(201)
        + "\nbriefings:\n  - name: a\n    language: zh-Hans\n    title: " + "x".repeat(300) + "\n",
        diagnostics);

    assertThat(plan).get().extracting(Plan::title).isEqualTo("");
    assertThat(diagnostics.sorted()).extracting(Diagnostic::format).containsExactly(
        path() + ":2:8: error[plan.bad-value]: the title has 201 characters; at most 200 fit the cover and the running header and footer",
        path() + ":6:12: error[plan.bad-value]: the title has 300 characters; at most 200 fit the cover and the running header and footer");
  }

  @Test
  void aDataFolderNoFileCanBeNamedIsReportedWhereItIsGiven() throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    // a NUL here; under cron's C locale, any character outside ASCII (data: 数据) was an internal error
    Optional<Plan> plan = read("data: \"sam\\0ple\"\nbriefings:\n  - name: overview\n    language: zh-Hans\n", diagnostics);

    assertThat(plan).isEmpty();
    assertThat(diagnostics.sorted()).extracting(Diagnostic::format).singleElement().asString()
        .startsWith(path() + ":1:7: error[plan.data-unnamable]: data folder sam<U+0000>ple cannot be named on this system"
            + " (Nul character not allowed; Java names files in ");
  }

  @Test
  void aNameWithControlCharactersIsQuotedWithoutThem() throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    // YAML's escapes: a NUL went into the cron log as it was, an escape sequence cleared the terminal
    read("data: sample\nbriefings:\n  - name: \"a\\0b\"\n    language: zh-Hans\n"
        + "  - name: \"c\\e[2J\\e]0;x\\a\\u202Ed\"\n    language: zh-Hans\n", diagnostics);

    assertThat(diagnostics.sorted()).extracting(Diagnostic::format).containsExactly(
        path() + ":3:11: error[plan.bad-value]: bad name \"a<U+0000>b\" (expected lower-case letters, digits and -)",
        path() + ":5:11: error[plan.bad-value]: bad name \"c<U+001B>[2J<U+001B>]0;x<U+0007><U+202E>d\""
            + " (expected lower-case letters, digits and -)");
  }

  @Test
  void aNameTooLongForAFileNameIsReportedBeforeAnythingIsBuilt() throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    // 260 letters passed, every briefing was built, and publishing failed: File name too long
    read("data: sample\nbriefings:\n  - name: " + "a".repeat(260) + "\n    language: zh-Hans\n"
        + "  - name: " + "b".repeat(PlanReader.MAX_NAME) + "\n    countries: each\n    language: zh-Hans\n",
        diagnostics);

    assertThat(diagnostics.sorted()).extracting(Diagnostic::format).containsExactly(
        path() + ":3:11: error[plan.bad-value]: the name has 260 characters; at most " + PlanReader.MAX_NAME
            + " fit the file names of its briefings");
  }

  @Test
  void readsMeasureDatesAndReportsBadOnesWhereTheyAre() throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    Plan plan = read("""
        data: sample
        briefings:
          - name: summer
            language: zh-Hans
            from: 2025-06-01
            to: 2025-08-31
        """, diagnostics).orElseThrow();
    assertThat(diagnostics.sorted()).isEmpty();
    assertThat(plan.entries().get(0).from()).isEqualTo(LocalDate.of(2025, 6, 1));
    assertThat(plan.entries().get(0).to()).isEqualTo(LocalDate.of(2025, 8, 31));

    Plan bad = read("""
        data: sample
        briefings:
          - name: bad
            language: zh-Hans
            from: 2025/06/01
          - name: backwards
            language: zh-Hans
            from: 2025-09-01
            to: 2025-08-31
        """, diagnostics).orElseThrow();
    // read as open, so that the entry's names are still checked against the data
    assertThat(bad.entries()).extracting(PlanEntry::from, PlanEntry::to)
        .containsOnly(tuple(null, null));
    assertThat(diagnostics.sorted()).extracting(Diagnostic::format).containsExactly(
        path() + ":5:11: error[plan.bad-value]: bad date in from (expected YYYY-MM-DD, found \"2025/06/01\")",
        path() + ":9:9: error[plan.bad-range]: to 2025-08-31 is before from 2025-09-01: no date can be in between");
  }

  @Test
  void reportsYamlSyntaxErrorsWithTheirPlace() throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    assertThat(read("data: sample\nbriefings:\n  - name: [unclosed\n", diagnostics)).isEmpty();
    assertThat(diagnostics.errors()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("plan.syntax");
      assertThat(d.at().file()).isEqualTo(path());
      assertThat(d.at().line()).isPositive();
    });
  }

  @Test
  void reportsAnAliasBombAndAFileTooLargeToBeAPlan() throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    StringBuilder bomb = new StringBuilder("data: sample\nx: &x [a, a, a, a, a, a, a, a]\n");
    for (int i = 0; i < 3; i++) {
      bomb.append("y").append(i).append(": [").append("*x, ".repeat(20)).append("*x]\n");
    }
    assertThat(read(bomb.toString(), diagnostics)).isEmpty();
    assertThat(diagnostics.errors()).extracting(Diagnostic::format).containsExactly(path()
        + ":1:1: error[plan.too-many-aliases]: more than 50 aliases (*name) repeat a list or mapping,"
        + " which can grow into billions of values; write the values out instead");

    Diagnostics large = new Diagnostics();
    assertThat(read("data: sample\ntitle: " + "长".repeat(400_000) + "\n", large)).isEmpty();
    assertThat(large.errors()).extracting(Diagnostic::format).containsExactly(path()
        + ":1:1: error[plan.too-large]: the file is 1.2 MB; a plan file is at most 1 MB (is it the file you meant?)");
  }

  @Test
  void reportsBytesThatAreNotUtf8AndNulCharactersAtTheirPlace() throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    Path file = Files.write(folder.resolve("weekly.yaml"), "data: sample\nbriefings:\n  - name: a\n    title: \u00e9t\u00e9\n"
        .getBytes(StandardCharsets.ISO_8859_1));
    assertThat(reader.read(file, diagnostics)).isEmpty();
    Files.writeString(file, "data: sample\nbriefings:\n  - name: a\u0000\n");
    assertThat(reader.read(file, diagnostics)).isEmpty();
    assertThat(diagnostics.errors()).extracting(Diagnostic::format).containsExactly(
        path() + ":4:12: error[plan.encoding]: not UTF-8: byte 0xE9 cannot start or continue a UTF-8 character"
            + " (is the file in GBK, Big5 or Latin-1?); save it as UTF-8",
        path() + ":4:14: error[plan.encoding]: not UTF-8: byte 0xE9 cannot start or continue a UTF-8 character"
            + " (is the file in GBK, Big5 or Latin-1?); save it as UTF-8",
        path() + ":3:12: error[plan.nul]: NUL character (U+0000) in the file: is it UTF-16 or binary? save it as UTF-8 text");
  }

  @Test
  void reportsDataThatIsAFileOrMissingOnItsLine() throws IOException {
    Files.writeString(folder.resolve("sample/measures.csv"), "id\n");
    Files.writeString(folder.resolve("sample.xlsx"), "");
    Files.createSymbolicLink(folder.resolve("loop"), folder.resolve("loop"));
    Diagnostics diagnostics = new Diagnostics();
    for (String data : new String[] {"sample.xlsx", "sample/measures.csv", "nowhere", "loop"}) {
      assertThat(read("title: x\ndata: " + data + "\nbriefings:\n  - name: a\n    language: zh-Hans\n", diagnostics))
          .isEmpty();
    }
    assertThat(diagnostics.errors()).extracting(Diagnostic::format).containsExactly(
        path() + ":2:7: error[plan.data-not-folder]: sample.xlsx is a file: a plan's data must be a folder of CSV"
            + " files (documents.csv, measures.csv, …)",
        path() + ":2:7: error[plan.data-not-folder]: sample/measures.csv is a file: a plan's data must be a folder"
            + " of CSV files (documents.csv, measures.csv, …)",
        path() + ":2:7: error[plan.data-missing]: data folder nowhere does not exist (looked for "
            + folder.resolve("nowhere").toAbsolutePath() + "; data is relative to the plan's folder)",
        // a loop of links was said not to exist, where a data file that is one "leads back to it"
        path() + ":2:7: error[plan.data-missing]: data folder loop is a symbolic link to "
            + folder.resolve("loop") + ", which leads back to it (looked for "
            + folder.resolve("loop").toAbsolutePath() + "; data is relative to the plan's folder)");
  }

  @Test
  void requiresDataAndBriefings() throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    assertThat(read("title: x\n", diagnostics)).isEmpty();
    assertThat(diagnostics.errors()).extracting(Diagnostic::message)
        .containsExactlyInAnyOrder("missing key data", "missing key briefings");
  }

  private String path() {
    return folder.resolve("weekly.yaml").toString();
  }
}

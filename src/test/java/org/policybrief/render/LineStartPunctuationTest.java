package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policybrief.testing.Cli;
import org.policybrief.testing.Fixtures;
import org.policybrief.testing.GlyphPositions;
import org.policybrief.testing.PdfReader;

/**
 * Lists the data makes long: a measure's tags and the sources. openhtmltopdf may break a line
 * where an element ends, so a separator written after an element started lines ("、tag-5",
 * "，财政部", "· strategy") when each tag was a span, each source title one, and a document's date.
 */
class LineStartPunctuationTest {

  private static final String NO_LINE_START = "，。、；：？！）］〕】」』》〉”’·…—,;:";

  @TempDir Path temp;

  @ParameterizedTest
  @ValueSource(strings = {"zh-Hans", "en"})
  void noLineStartsWithASeparator(String language) throws IOException {
    Path data = Fixtures.copy(Fixtures.MINIMAL, temp.resolve("data"));
    String tags = IntStream.range(0, 60).mapToObj(i -> "tag-" + i + (i % 2 == 0 ? "-标签" : "-label"))
        .collect(Collectors.joining(";"));
    Fixtures.edit(data.resolve("measures.csv"), "goal,", tags + ",");
    // titles and issuers of every length from 10 to 49 and 2 to 41 Han characters: some end a line
    // exactly
    StringBuilder documents = new StringBuilder(Files.readString(data.resolve("documents.csv")));
    for (int n = 10; n < 50; n++) {
      documents.append("S").append(n).append(",FR,").append("政".repeat(n)).append(",Policy ")
          .append("word ".repeat(n / 3)).append(n).append(",财政").append("部".repeat(n - 10))
          .append(",2024-01-01,strategy,https://example.org/s")
          .append(n).append('\n');
    }
    Files.writeString(data.resolve("documents.csv"), documents);
    Cli.Result result = Cli.run("generate", "--data", data.toString(), "--out",
        temp.resolve("out").toString(), "--lang", language, "--date", "2026-11-30");
    assertThat(result.exitCode()).as(result.err()).isZero();
    try (PDDocument document = PdfReader.open(Path.of(result.out().strip()))) {
      List<String> lines = GlyphPositions.of(document).lines();
      assertThat(String.join("", lines)).contains("https://example.org/s49");
      assertThat(lines).filteredOn(line -> !line.isEmpty() && NO_LINE_START.indexOf(line.charAt(0)) >= 0)
          .isEmpty();
    }
  }

  /**
   * A summary that ends in a bracket (…，(草案)。) kept its last two Han characters together in a
   * run of their own, after the opening bracket: the line then broke at the run's edge and ended
   * with （.
   */
  @ParameterizedTest
  @ValueSource(strings = {"zh-Hans", "zh-Hant"})
  void noLineEndsWithAnOpeningBracketBeforeTheLastWords(String language) throws IOException {
    // some fill a line up to the bracket
    List<String> lines = linesOfSummariesEndingIn("，(草案)。", language);
    assertThat(lines).filteredOn(line -> !line.isEmpty() && "（［〔【「『《〈“‘".indexOf(line.charAt(line.length() - 1)) >= 0)
        .isEmpty();
  }

  /** UAX #14 breaks between full-width digits as between Han characters: ５ / ０％ on two lines. */
  @ParameterizedTest
  @ValueSource(strings = {"zh-Hans", "zh-Hant"})
  void noNumberInFullWidthDigitsIsSplitAcrossLines(String language) throws IOException {
    // some reach the line's end in the number
    List<String> lines = linesOfSummariesEndingIn("，共１２３４５６７８。", language);
    // 。 never starts a line, so a line ending in a digit broke inside the number
    assertThat(lines).filteredOn(line -> line.contains("１２３４５６７８")).hasSize(60);
    assertThat(lines).filteredOn(line -> !line.isEmpty() && "１２３４５６７８".indexOf(line.charAt(line.length() - 1)) >= 0)
        .isEmpty();
  }

  /**
   * A range joined by the full-width wave dash (2025～2030年, as GB/T 15834 writes ranges) broke
   * before the dash, since UAX #14 breaks before any full-width character: a line began with
   * ～2030年, its first year left at the end of the line above.
   */
  @ParameterizedTest
  @ValueSource(strings = {"zh-Hans", "zh-Hant"})
  void noLineStartsWithTheWaveDashOfARange(String language) throws IOException {
    // one of the lengths puts the line's end just after 2025
    List<String> lines = linesOfSummariesEndingIn("，2025～2030年。", language);
    assertThat(lines).filteredOn(line -> line.contains("～")).hasSizeGreaterThanOrEqualTo(60);
    assertThat(lines).filteredOn(line -> line.startsWith("～")).isEmpty();
  }

  /** The printed lines of a briefing of 60 summaries of 20 to 79 Han characters, each then {@code ending}. */
  private List<String> linesOfSummariesEndingIn(String ending, String language) throws IOException {
    Path data = Fixtures.copy(Fixtures.MINIMAL, temp.resolve("data"));
    StringBuilder measures = new StringBuilder(Files.readString(data.resolve("measures.csv")));
    for (int n = 20; n < 80; n++) {
      measures.append("L").append(n).append(",D1,energy,措施").append(n).append(",,")
          .append("政".repeat(n)).append(ending).append(",,,\n");
    }
    Files.writeString(data.resolve("measures.csv"), measures);
    Cli.Result result = Cli.run("generate", "--data", data.toString(), "--out",
        temp.resolve("out").toString(), "--lang", language, "--date", "2026-11-30");
    assertThat(result.exitCode()).as(result.err()).isZero();
    try (PDDocument document = PdfReader.open(Path.of(result.out().strip()))) {
      List<String> lines = GlyphPositions.of(document).lines();
      assertThat(lines).filteredOn(line -> line.contains("政")).hasSizeGreaterThan(60);
      return lines;
    }
  }
}

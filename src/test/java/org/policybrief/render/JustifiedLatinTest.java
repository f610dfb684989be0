package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybrief.TestDatasets;
import org.policybrief.model.BriefingSpec;
import org.policybrief.model.Dataset;
import org.policybrief.testing.Cli;
import org.policybrief.testing.Fixtures;
import org.policybrief.testing.GlyphPositions;
import org.policybrief.testing.GlyphPositions.Glyph;
import org.policybrief.testing.PdfReader;

/**
 * Latin words in justified Chinese (the summary's key points, a country's introduction): the
 * line's slack goes between Han characters and into spaces, not between letters, and zero-width
 * spaces in the data no longer push a justified line past the margin.
 */
class JustifiedLatinTest {

  /** A category name that is one long word joined by zero-width spaces. */
  static final String JOINED = "Renewable\u200Benergy\u200Bdeployment" + "\u200Bx".repeat(40);
  static final String SHOWN = JOINED.replace("\u200B", "");

  @TempDir static Path temp;
  static Path pdf;

  @BeforeAll
  static void generate() {
    Path data = Fixtures.copy(Fixtures.MINIMAL, temp.resolve("data"));
    Fixtures.edit(data.resolve("categories.csv"), "energy,能源,", "energy," + JOINED + ",");
    Fixtures.edit(data.resolve("countries.csv"), "FR,法国,France", "FR,法国 Republique francaise,France");
    Cli.Result result = Cli.run("generate", "--data", data.toString(), "--out",
        temp.resolve("out").toString(), "--date", "2026-11-30");
    assertThat(result.exitCode()).as(result.err()).isZero();
    pdf = Path.of(result.out().strip());
  }

  @Test
  void lettersOfAWordAreNotSpacedApart() throws IOException {
    try (PDDocument document = PdfReader.open(pdf)) {
      List<Glyph> glyphs = GlyphPositions.of(document).glyphs();
      assertThat(PdfReader.solid(PdfReader.text(document))).contains(SHOWN).doesNotContain("\u200B");
      List<String> spaced = new ArrayList<>();
      for (int i = 1; i < glyphs.size(); i++) {
        Glyph before = glyphs.get(i - 1);
        Glyph letter = glyphs.get(i);
        boolean sameLine = before.page() == letter.page() && Math.abs(before.y() - letter.y()) < 1;
        float gap = letter.x() - (before.x() + before.width());
        // a space (2.4 pt at 10.5 pt, more in a justified line) is not in the glyphs
        if (sameLine && before.text().matches("[A-Za-z]") && letter.text().matches("[A-Za-z]")
            && gap > 0.2f && gap < 1.5f) {
          spaced.add(before.text() + letter.text() + " on page " + letter.page());
        }
      }
      assertThat(spaced).isEmpty();
    }
  }

  @Test
  void aWordBesideHanCharactersIsSetOffByOneSpaceNotTheLinesSlack() throws IOException {
    // English category names in a Chinese key point: "主要集中於 Safety（4 項）、Health（2 項）、"
    // had one space, which took four fifths of the justified line's slack (about 3 em)
    Path data = Files.createDirectories(temp.resolve("english-names"));
    StringBuilder documents = new StringBuilder("id,country,title_en,date\n");
    StringBuilder measures = new StringBuilder("id,document,category,title_en\n");
    // per country, its measures' categories (s, r, t, h)
    String[][] countries = {{"GB", "ttthhhrs"}, {"CA", "rrrrrssh"}, {"AU", "sssshhrt"}};
    for (int c = 0; c < countries.length; c++) {
      documents.append("D").append(c).append(',').append(countries[c][0]).append(",Plan,2025-03-01\n");
      for (int m = 0; m < countries[c][1].length(); m++) {
        measures.append("M").append(c).append('-').append(m).append(",D").append(c).append(',')
            .append(countries[c][1].charAt(m)).append(",Measure\n");
      }
    }
    Files.writeString(data.resolve("documents.csv"), documents);
    Files.writeString(data.resolve("measures.csv"), measures);
    Files.writeString(data.resolve("categories.csv"), "id,name_en\ns,Safety\nr,Research\nt,Trade\nh,Health\n");
    Dataset dataset = TestDatasets.read(data);
    for (String language : List.of("zh-Hans", "zh-Hant")) {
      byte[] pdf = new BriefingRenderer().render(dataset, TestDatasets.analyze(dataset),
          new BriefingSpec(LocalDate.of(2026, 11, 30), language, "", null)).pdf();
      try (PDDocument document = Loader.loadPDF(pdf)) {
        // in reading order: a solid run is drawn apart from the text around it
        List<Glyph> glyphs = GlyphPositions.of(document).glyphs().stream().filter(g -> !g.text().isBlank())
            .sorted(java.util.Comparator.comparingInt(Glyph::page).thenComparingInt(g -> Math.round(g.y()))
                .thenComparingDouble(Glyph::x)).toList();
        List<String> wide = new ArrayList<>();
        for (int i = 1; i < glyphs.size(); i++) {
          Glyph han = glyphs.get(i - 1);
          Glyph letter = glyphs.get(i);
          float gap = letter.x() - (han.x() + han.width());
          // the summary's key points; in the tables a category's 英 tag ends its column
          if (letter.page() == 3 && han.page() == 3 && Math.abs(han.y() - letter.y()) < 1 && han.text().matches("\\p{IsHan}")
              && letter.text().matches("[A-Za-z]") && gap > 0.6f * 10.5f) {
            wide.add(han.text() + letter.text() + " " + gap + " pt on page " + letter.page());
          }
        }
        assertThat(wide).as(language).isEmpty();
      }
    }
  }

  @Test
  void theSpaceInsideAnEnglishNameDoesNotTakeTheLinesSlack() throws IOException {
    // English-only data in a Chinese edition: "较多的是 Safety␣␣␣␣␣governance（8 项）", the one space
    // between the name's words took four fifths of the justified line's slack (about 5 em)
    Path data = Fixtures.copy(Fixtures.SAMPLE, temp.resolve("english-names-sample"));
    Fixtures.edit(data.resolve("categories.csv"), "安全治理,", ",");
    Dataset dataset = TestDatasets.read(data);
    byte[] pdf = new BriefingRenderer().render(dataset, TestDatasets.analyze(dataset),
        new BriefingSpec(LocalDate.of(2026, 11, 30), "zh-Hans", "", null)).pdf();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<Glyph> summary = GlyphPositions.of(document).glyphs().stream()
          .filter(g -> g.page() == 3 && !g.text().isBlank()).toList();
      assertThat(PdfReader.solid(PdfReader.text(document, 3, 3))).contains("较多的是Safetygovernance（8项）");
      for (int i = 1; i < summary.size(); i++) {
        Glyph before = summary.get(i - 1);
        Glyph letter = summary.get(i);
        if (Math.abs(before.y() - letter.y()) < 1 && before.text().equals("y") && letter.text().equals("g")) {
          assertThat(letter.x() - before.x() - before.width()).as("Safety governance").isLessThan(5f);
        }
      }
    }
  }

  @Test
  void aLineKeptShortByARunThatWentOnToTheNextStillReachesTheMargin() throws IOException {
    Dataset dataset = TestDatasets.read(Fixtures.SAMPLE);
    byte[] pdf = new BriefingRenderer().render(dataset, TestDatasets.analyze(dataset),
        new BriefingSpec(LocalDate.of(2026, 11, 30), "zh-Hans", "", null)).pdf();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<Glyph> summary = GlyphPositions.of(document).glyphs().stream()
          .filter(g -> g.page() == 3 && !g.text().isBlank()).toList();
      // "中国：2 份文件、…与治理" ended 5.7 pt short of the margin: "（3 项）、" went on to the
      // next line whole, and openhtmltopdf spread the characters left at most 0.5 mm apart
      assertThat(lineEnd(summary, "中")).isCloseTo(lineEnd(summary, "本"), within(0.3f));
    }
  }

  /** Where the line of the summary's key points that starts with {@code first} ends. */
  private static float lineEnd(List<Glyph> glyphs, String first) {
    Glyph start = glyphs.stream().filter(g -> g.text().equals(first) && g.x() > 100 && g.x() < 115)
        .findFirst().orElseThrow();
    return (float) glyphs.stream().filter(g -> Math.abs(g.y() - start.y()) < 1)
        .mapToDouble(g -> g.x() + g.width()).max().orElseThrow();
  }

  @Test
  void justifiedLinesStayInsideTheMargins() throws IOException {
    float right = 595.28f - 30.9f * 72 / 25.4f;
    try (PDDocument document = PdfReader.open(pdf)) {
      assertThat(GlyphPositions.of(document).glyphs()).filteredOn(g -> !g.text().isBlank())
          .allMatch(g -> g.x() + g.width() <= right + 1, "inside the right margin");
    }
  }
}

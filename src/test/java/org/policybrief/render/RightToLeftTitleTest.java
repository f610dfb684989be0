package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policybrief.analysis.Analyzer;
import org.policybrief.data.CsvDatasetReader;
import org.policybrief.data.DatasetSource;
import org.policybrief.diag.Diagnostics;
import org.policybrief.model.BriefingSpec;
import org.policybrief.model.Dataset;
import org.policybrief.testing.Cli;
import org.policybrief.testing.Fixtures;
import org.policybrief.testing.GlyphPositions;
import org.policybrief.testing.PdfReader;

/**
 * An Arabic title inside a Chinese or English sentence (the summary's latest documents, the
 * sources) reads as a right-to-left run of its own: the number at its end is drawn at its left
 * end, as in the country section where the title is a right-to-left block, not after it on the
 * right, glued to its first word.
 */
class RightToLeftTitleTest {

  /** "National strategy for data and artificial intelligence". */
  static final String TITLE = "الاستراتيجية الوطنية للبيانات والذكاء الاصطناعي";

  /** "Kingdom of Saudi Arabia". */
  static final String COUNTRY = "المملكة العربية السعودية";

  /** "Ministry of Energy". */
  static final String MINISTRY = "وزارة الطاقة";

  @TempDir Path temp;

  @Test
  void aChartNoteIsolatesEachArabicNameItExplains() throws IOException {
    // a name too long for the charts' labels is shortened there and given whole in the note; without
    // isolates the bidi algorithm joined the short form, the quotes and the name into one
    // right-to-left run and paired the short form with the wrong name
    Path data = Fixtures.copy(Fixtures.MINIMAL, temp.resolve("data"));
    String longName = COUNTRY + " " + COUNTRY + " 2030";
    Files.writeString(data.resolve("countries.csv"), "code,name_zh,name_en\nFR," + longName + ","
        + longName + "\n");
    Dataset dataset = new CsvDatasetReader(DatasetSource.folder(data)).read(new Diagnostics()).orElseThrow();
    BriefingSpec spec = new BriefingSpec(LocalDate.of(2026, 11, 30), "zh-Hans", "", null);
    String xhtml = new BriefingRenderer().render(dataset, Analyzer.analyze(dataset), spec).xhtml();

    assertThat(xhtml).contains("即“\u2068" + longName + "\u2069”");
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh-Hans", "en"})
  void aNumberEndingAnArabicTitleIsDrawnAtItsLeftEnd(String lang) throws IOException {
    Path data = Fixtures.copy(Fixtures.MINIMAL, temp.resolve("data"));
    Fixtures.edit(data.resolve("documents.csv"), "国家气候计划", TITLE + " 2030");
    Fixtures.edit(data.resolve("documents.csv"), "National Climate Plan", TITLE + " (2030)");
    Cli.Result result = Cli.run("generate", "--data", data.toString(), "--out",
        temp.resolve("out").toString(), "--date", "2026-11-30", "--lang", lang);
    assertThat(result.exitCode()).as(result.err()).isZero();

    try (PDDocument document = PdfReader.open(Path.of(result.out().strip()))) {
      List<String> titleLines = visualLines(document).stream()
          .filter(line -> line.contains("2030") && line.chars().anyMatch(RightToLeftTitleTest::arabic))
          .toList();
      // the summary, the country section and the sources
      assertThat(titleLines).hasSizeGreaterThanOrEqualTo(3);
      assertThat(titleLines).allSatisfy(line -> {
        int number = line.indexOf("2030");
        int firstArabic = 0;
        while (!arabic(line.charAt(firstArabic))) {
          firstArabic++;
        }
        assertThat(number).as(line).isLessThan(firstArabic);
      });
    }
  }

  @Test
  void anArabicCountryNameInASentenceIsIsolated() throws IOException {
    Path data = Fixtures.copy(Fixtures.MINIMAL, temp.resolve("data"));
    Fixtures.edit(data.resolve("countries.csv"), "France", COUNTRY);
    Cli.Result result = Cli.run("generate", "--data", data.toString(), "--out",
        temp.resolve("out").toString(), "--date", "2026-11-30", "--lang", "en");
    assertThat(result.exitCode()).as(result.err()).isZero();

    try (PDDocument document = PdfReader.open(Path.of(result.out().strip()))) {
      // "{country}: 1 document, …": without the isolate the digit joins the Arabic run and is
      // drawn left of it, "1 :<name> document" (the isolate marks are left out here)
      List<String> keyPoint = visualLines(document).stream()
          .map(line -> line.replaceAll("[ \\u2066-\\u2069]", "")).filter(line -> line.contains("document,"))
          .filter(line -> line.chars().anyMatch(RightToLeftTitleTest::arabic)).toList();
      assertThat(keyPoint).isNotEmpty().allSatisfy(line ->
          assertThat(line).as(line).matches("\\p{IsArabic}+:1document,.*"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {COUNTRY, "Kingdom " + COUNTRY})
  void aNameWithArabicLettersKeepsTheSentenceAfterItInPlace(String name) throws IOException {
    // the country section's introduction did not isolate the name at all, and the other sentences
    // only a name that starts with an Arabic letter: the colon and the count after it joined the
    // Arabic run, "Kingdom 1 :<name> policy document", and an issuer's date went inside it
    // ("Ministry ·<name>1 March 2024"); isolated, a name that starts with Latin came out reversed
    Path data = Fixtures.copy(Fixtures.MINIMAL, temp.resolve("data"));
    Fixtures.edit(data.resolve("countries.csv"), "France", name);
    Fixtures.edit(data.resolve("documents.csv"), "Ministry", "Ministry " + MINISTRY);
    Cli.Result result = Cli.run("generate", "--data", data.toString(), "--out",
        temp.resolve("out").toString(), "--date", "2026-11-30", "--lang", "en");
    assertThat(result.exitCode()).as(result.err()).isZero();

    try (PDDocument document = PdfReader.open(Path.of(result.out().strip()))) {
      List<String> lines = visualLines(document).stream()
          .map(line -> line.replaceAll("[ \\u2066-\\u2069]", ""))
          .filter(line -> line.chars().anyMatch(RightToLeftTitleTest::arabic)).toList();
      String shown = name.replace(" ", "").replaceAll("\\p{IsArabic}+", "\\\\p{IsArabic}+");
      assertThat(lines.stream().filter(line -> line.contains("documentand"))).singleElement()
          .satisfies(line -> assertThat(line).matches(shown + ":1policydocumentand.*"));
      assertThat(lines.stream().filter(line -> line.contains("document,"))).singleElement()
          .satisfies(line -> assertThat(line).matches(shown + ":1document,.*"));
      assertThat(lines.stream().filter(line -> line.contains("1March2024·"))).isNotEmpty()
          .allSatisfy(line -> assertThat(line).matches("Ministry\\p{IsArabic}+·1March2024·strategy"));
    }
  }

  private static boolean arabic(int c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC;
  }

  /** Each line's glyphs from left to right, whatever order they were drawn in. */
  private static List<String> visualLines(PDDocument document) throws IOException {
    Map<String, List<GlyphPositions.Glyph>> lines = new LinkedHashMap<>();
    for (GlyphPositions.Glyph g : GlyphPositions.of(document).glyphs()) {
      lines.computeIfAbsent(g.page() + ":" + Math.round(g.y()), k -> new ArrayList<>()).add(g);
    }
    return lines.values().stream()
        .map(glyphs -> glyphs.stream().sorted(Comparator.comparingDouble(GlyphPositions.Glyph::x))
            .map(GlyphPositions.Glyph::text).collect(Collectors.joining()))
        .toList();
  }
}

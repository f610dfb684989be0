package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybrief.testing.Cli;
import org.policybrief.testing.Fixtures;
import org.policybrief.testing.GlyphPositions;
import org.policybrief.testing.PdfReader;

/** Data is text, never code: markup and template syntax in the data print literally. */
class HostileTextTest {

  static final String LONG_WORD = "X".repeat(300);
  /** "Strengthening international cooperation in artificial intelligence". */
  static final String ARABIC_TITLE = "تعزيز التعاون الدولي في الذكاء الاصطناعي";
  static final String DECOMPOSED = "咖啡馆 Cafe\u0301 与 nai\u0308ve 和 Vie\u0323\u0302t";
  static final String LONG_URL = "https://example.org/" + "a".repeat(280);
  static final List<String> LITERALS = List.of(
      "<script>alert(1)</script>", "</td></tr></table>", "&amp;", "${7*7}", "<#assign x=1>",
      "\"freemarker.template.utility.Execute\"?new()", "]]>", "&#x41;");

  @TempDir static Path temp;
  static Path pdf;
  static String warnings;

  @BeforeAll
  static void generate() throws IOException {
    Path data = Fixtures.copy(Fixtures.MINIMAL, temp.resolve("data"));
    StringBuilder measures = new StringBuilder(Files.readString(data.resolve("measures.csv")));
    int n = 10;
    for (String literal : LITERALS) {
      measures.append("H").append(n++).append(",D1,energy,\"标题 ").append(literal.replace("\"", "\"\""))
          .append("\",,\"摘要 ").append(literal.replace("\"", "\"\"")).append("\",,,\n");
    }
    measures.append("H1,D1,energy,").append(LONG_WORD).append(",,").append(LONG_WORD).append(",,,\n");
    // An isolate, not an override: embeddings and overrides are data errors (csv.bidi-embedding).
    measures.append("H2,D1,energy,双向\u2067abc\u2069与零宽\u200B字符𠮷,,,,,\n");
    measures.append("H3,D1,energy,,\u0633\u064A\u0627\u0633\u0629 policy,,,,\n");
    measures.append("H4,D1,energy,").append(ARABIC_TITLE).append(",,,,,\n");
    measures.append("H5,D1,energy,火箭🚀与笑脸😀、爱心❤\uFE0F和谱号\uD834\uDD1E,,,,,\n");
    // Accents typed as combining marks after their letters, as some systems store them.
    measures.append("H6,D1,energy,").append(DECOMPOSED).append(",,,,,\n");
    Files.writeString(data.resolve("measures.csv"), measures);
    Fixtures.edit(data.resolve("documents.csv"), "https://example.org/fr-plan", LONG_URL);
    // A title ending in a long row of full stops, too long to keep with its last characters.
    Fixtures.edit(data.resolve("documents.csv"), "数字议程", "数字议程" + "。".repeat(60));

    Cli.Result result = Cli.run("generate", "--data", data.toString(), "--out",
        temp.resolve("out").toString(), "--date", "2026-11-30");
    assertThat(result.exitCode()).as(result.err()).isZero();
    pdf = Path.of(result.out().strip());
    warnings = result.err();
  }

  @Test
  void markupAndTemplateSyntaxPrintLiterally() throws IOException {
    try (PDDocument document = PdfReader.open(pdf)) {
      String text = PdfReader.solid(PdfReader.text(document));
      for (String literal : LITERALS) {
        assertThat(text).contains(PdfReader.solid(literal));
      }
      assertThat(text).doesNotContain("49");
      assertThat(PdfReader.linkTargets(document)).contains(LONG_URL);
    }
  }

  @Test
  void aCharacterNoFontHasIsStillReported() {
    // The G clef U+1D11E is in none of the bundled fonts, fallbacks included.
    assertThat(warnings).contains("warning[glyph.missing]").contains("U+1D11E MUSICAL SYMBOL G CLEF")
        .contains("measure H5");
  }

  @Test
  void emojiExtensionBAndArabicPrintFromFallbackFonts() throws IOException {
    // Fallback fonts have them: no warning, the characters themselves in the text.
    assertThat(warnings).doesNotContain("U+20BB7").doesNotContain("U+0633").doesNotContain("U+1F680")
        .doesNotContain("U+1F600").doesNotContain("U+2764").doesNotContain("U+FE0F");
    try (PDDocument document = PdfReader.open(pdf)) {
      String text = PdfReader.text(document);
      // The variation selector is dropped, not printed as a replacement mark.
      assertThat(PdfReader.solid(text)).contains("字符𠮷").contains("火箭🚀与笑脸😀、爱心❤和谱号");
      // PDFBox maps the presentation forms back to letters and reads right to left: logical order.
      assertThat(text).contains(ARABIC_TITLE);
      // "سياسة policy" starts with an Arabic letter: a right-to-left paragraph, drawn with the
      // Arabic word on the right, "policy" left of it and the 英 tag (the text is the English
      // column's) at the line's end, on the left.
      List<GlyphPositions.Glyph> glyphs = GlyphPositions.of(document).glyphs();
      GlyphPositions.Glyph p = glyphs.stream().filter(g -> g.text().equals("p")).filter(g ->
          glyphs.stream().anyMatch(a -> a.text().equals("\uFE94") && Math.abs(a.y() - g.y()) < 1))
          .findFirst().orElseThrow();
      List<GlyphPositions.Glyph> line = glyphs.stream().filter(g -> g.page() == p.page())
          .filter(g -> Math.abs(g.y() - p.y()) < 1).toList();
      float tag = line.stream().filter(g -> g.text().equals("英")).findFirst().orElseThrow().x();
      assertThat(tag).isLessThan(p.x());
      assertThat(line).filteredOn(g -> g.text().matches("[\u0600-\u06FF\uFB50-\uFEFF]"))
          .isNotEmpty().allMatch(g -> g.x() > p.x());
      assertThat(PdfReader.fonts(document)).extracting(f -> f.getName())
          .anyMatch(name -> name.matches("[A-Z]{6}\\+NotoEmoji-Regular"))
          .anyMatch(name -> name.matches("[A-Z]{6}\\+NotoSansJP-Regular"))
          .anyMatch(name -> name.matches("[A-Z]{6}\\+NotoSansArabic-(Regular|Bold)"))
          .allMatch(name -> name.matches("[A-Z]{6}\\+.*"), "every font a subset");
    }
  }

  @Test
  void combiningMarksAreComposedWithTheirLetters() throws IOException {
    try (PDDocument document = PdfReader.open(pdf)) {
      // drawn as one glyph each (é, ï, ệ), not as a letter and a mark placed after it
      assertThat(GlyphPositions.of(document).glyphs()).extracting(GlyphPositions.Glyph::text)
          .contains("é", "ï", "ệ").noneMatch(text -> text.matches(".*[\u0300-\u036F].*"));
    }
  }

  @Test
  void longUnbrokenTextWrapsInsideTheMargins() throws IOException {
    float pageWidth = 595.28f;
    float margin = 30.9f * 72 / 25.4f;
    try (PDDocument document = PdfReader.open(pdf)) {
      String text = PdfReader.solid(PdfReader.text(document));
      assertThat(text).contains(LONG_WORD);
      List<GlyphPositions.Glyph> outside = GlyphPositions.of(document).glyphs().stream()
          .filter(g -> !g.text().isBlank())
          .filter(g -> g.x() < margin - 1 || g.x() + g.width() > pageWidth - margin + 1)
          .toList();
      assertThat(outside).isEmpty();
    }
  }
}

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
    measures.append("H2,D1,energy,双向\u202Eabc\u202C与零宽\u200B字符𠮷,,,,,\n");
    measures.append("H3,D1,energy,,\u0633\u064A\u0627\u0633\u0629 policy,,,,\n");
    Files.writeString(data.resolve("measures.csv"), measures);
    Fixtures.edit(data.resolve("documents.csv"), "https://example.org/fr-plan", LONG_URL);

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
      // No bundled font has CJK Extension B or Arabic: each such character is reported, not lost.
      assertThat(warnings).contains("U+20BB7").contains("U+0633").contains("measure H3");
      assertThat(PdfReader.linkTargets(document)).contains(LONG_URL);
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

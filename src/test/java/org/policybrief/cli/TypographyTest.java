package org.policybrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybrief.testing.Cli;
import org.policybrief.testing.GlyphPositions;
import org.policybrief.testing.PdfReader;

/** The sample briefing against the Chinese layout rules a reader notices first. */
class TypographyTest {

  /** A4 width and the side margins of the design guide, in points. */
  private static final float PAGE_WIDTH = 595.28f;
  private static final float SIDE_MARGIN = 30.9f * 72 / 25.4f;
  private static final String NO_LINE_START = "，。、；：？！）］〕】」』》〉”’·…—";

  @TempDir static Path out;
  static GlyphPositions positions;
  static int pages;

  @BeforeAll
  static void generate() throws IOException {
    Cli.Result result = Cli.run("generate", "--out", out.toString(), "--date", "2026-11-30");
    assertThat(result.exitCode()).as(result.err()).isZero();
    try (PDDocument document = PdfReader.open(Path.of(result.out().strip()))) {
      positions = GlyphPositions.of(document);
      pages = document.getNumberOfPages();
    }
  }

  @Test
  void noLineStartsWithClosingPunctuation() {
    assertThat(positions.lines()).hasSizeGreaterThan(200);
    List<String> bad = positions.lines().stream()
        .filter(line -> !line.isEmpty() && NO_LINE_START.indexOf(line.charAt(0)) >= 0)
        .toList();
    assertThat(bad).isEmpty();
  }

  @Test
  void everyGlyphIsInsideTheTextBlock() {
    List<GlyphPositions.Glyph> outside = positions.glyphs().stream()
        .filter(g -> !g.text().isBlank())
        .filter(g -> g.x() < SIDE_MARGIN - 1 || g.x() + g.width() > PAGE_WIDTH - SIDE_MARGIN + 1)
        .toList();
    assertThat(outside).isEmpty();
  }

  @Test
  void continuedTablesRepeatTheirHeader() {
    for (int page = 1; page <= pages; page++) {
      int p = page;
      List<GlyphPositions.Glyph> onPage = positions.glyphs().stream().filter(g -> g.page() == p).toList();
      String text = String.join("", onPage.stream().map(GlyphPositions.Glyph::text).toList());
      boolean hasMeasureRows = text.contains("-AAP-") || text.contains("GAIGAP-");
      if (hasMeasureRows && !text.contains("措施一览")) {
        assertThat(text).as("page " + page).contains("编号类别措施");
      }
    }
  }

  @Test
  void theFootersTwoSidesShareOneBaseline() {
    // the page number sat 5.4 pt below the organisation · series · date
    for (int page = 2; page <= pages; page++) {
      int p = page;
      List<Float> footer = positions.glyphs().stream()
          .filter(g -> g.page() == p && g.y() > 841.89f - 25 * 72 / 25.4f && !g.text().isBlank())
          .map(GlyphPositions.Glyph::y).distinct().toList();
      assertThat(footer).as("page " + page).hasSize(1);
    }
  }
}

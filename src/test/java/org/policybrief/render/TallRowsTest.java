package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybrief.TestDatasets;
import org.policybrief.model.BriefingSpec;
import org.policybrief.model.Dataset;
import org.policybrief.testing.GlyphPositions;
import org.policybrief.testing.GlyphPositions.Glyph;

/**
 * Rows of the measures table are kept whole while they are short; a row taller than about a third
 * of the page splits instead, so that the table fills each page it goes on from: kept whole, a
 * measure with a long summary went to the next page and left up to two thirds of this one empty.
 */
class TallRowsTest {

  /** The text block of an A4 page, in points from its top: 25 mm margins. */
  private static final float TOP = 70.87f;
  private static final float BOTTOM = 841.89f - 70.87f;

  @TempDir Path folder;

  @Test
  void aTableFillsEachPageItGoesOnFrom() throws Exception {
    StringBuilder measures = new StringBuilder("id,document,category,title_zh,title_en,summary_zh,summary_en,date\n");
    for (int i = 1; i <= 36; i++) {
      // every third summary takes about 25 lines of the measure column, half a page; kept whole,
      // each went to the next page and left a third of this one empty (the others take a tenth)
      boolean tall = i % 3 == 0;
      String zh = tall ? "该措施要求各有关部门加强协调并定期报告进展。".repeat(34) : "该措施要求各有关部门加强协调。";
      String en = tall ? "The measure asks every ministry concerned to coordinate and report on progress. ".repeat(17)
          : "The measure asks every ministry concerned to coordinate.";
      measures.append(String.format("M%03d,D1,a,第%d项措施,Measure number %d,%s,%s,2025-03-01%n", i, i, i, zh, en));
    }
    Dataset dataset = TestDatasets.oneDocument(folder, measures);

    for (String language : List.of("en", "zh-Hans", "zh-Hant")) {
      BriefingSpec spec = new BriefingSpec(LocalDate.of(2026, 11, 23), language, "", null);
      byte[] pdf = new BriefingRenderer().render(dataset, TestDatasets.analyze(dataset), spec).pdf();
      try (PDDocument document = Loader.loadPDF(pdf)) {
        Set<Integer> continued = new TreeSet<>();
        Map<Integer, Float> lowest = new HashMap<>();
        StringBuilder previous = new StringBuilder();
        for (Glyph g : GlyphPositions.of(document).glyphs()) {
          if (g.y() > TOP && g.y() < BOTTOM) {
            lowest.merge(g.page(), g.y(), Math::max);
          }
          previous.append(g.text());
          String recent = previous.length() > 12 ? previous.substring(previous.length() - 12) : previous.toString();
          if (recent.endsWith("(continued)") || recent.endsWith("（续）") || recent.endsWith("（續）")) {
            continued.add(g.page());
          }
        }
        assertThat(continued).as("%s: pages the table goes on to", language).hasSizeGreaterThanOrEqualTo(4);
        for (int page : continued) {
          float filled = (lowest.get(page - 1) - TOP) / (BOTTOM - TOP);
          assertThat(filled).as("%s: share of page %d the table fills before going on", language, page - 1)
              .isGreaterThan(0.8f);
        }
      }
    }
  }
}

package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybrief.TestDatasets;
import org.policybrief.model.BriefingSpec;
import org.policybrief.model.Dataset;

/** Level axis labels share one baseline, with or without descenders (QA case06, English). */
class ChartBaselineTest {

  @TempDir Path dir;

  /** The chart text of a page, glyph by glyph, with each glyph's baseline. */
  private static final class ChartGlyphs extends PDFTextStripper {
    final StringBuilder text = new StringBuilder();
    final List<Float> baselines = new ArrayList<>();
    private int depth;

    @Override
    public void showForm(PDFormXObject form) throws IOException {
      depth++;
      try {
        super.showForm(form);
      } finally {
        depth--;
      }
    }

    @Override
    protected void processTextPosition(TextPosition glyph) {
      if (depth > 0) {
        for (int i = 0; i < glyph.getUnicode().length(); i++) {
          text.append(glyph.getUnicode().charAt(i));
          baselines.add(glyph.getYDirAdj());
        }
      }
      super.processTextPosition(glyph);
    }

    float baselineOf(String word, int occurrence) {
      int at = -1;
      for (int n = 0; n <= occurrence; n++) {
        at = text.indexOf(word, at + 1);
      }
      assertThat(at).as("%s #%d in %s", word, occurrence, text).isNotNegative();
      return baselines.get(at);
    }
  }

  @Test
  void categoryAndCountryLabelsSitOnOneBaseline() throws Exception {
    Files.writeString(dir.resolve("categories.csv"),
        "id,name_en\nhealth,Health\ntransport,Transport\nfinance,Finance & banking\n");
    Files.writeString(dir.resolve("documents.csv"), "id,country,title_en,date\n"
        + "DE-1,DE,A,2024-03-01\nFR-1,FR,B,2024-05-10\nBR-1,BR,C,2023-12-01\nJP-1,JP,D,2024-01-01\n");
    Files.writeString(dir.resolve("measures.csv"), "id,document,category,title_en\n"
        + "DE-1-01,DE-1,health,a\nDE-1-02,DE-1,finance,b\nFR-1-01,FR-1,transport,c\nBR-1-01,BR-1,finance,d\n");
    Dataset dataset = TestDatasets.read(dir);
    BriefingSpec spec = new BriefingSpec(LocalDate.of(2026, 11, 30), "en", "");
    try (PDDocument pdf = Loader.loadPDF(
        new BriefingRenderer().render(dataset, TestDatasets.analyze(dataset), spec).pdf())) {
      ChartGlyphs glyphs = new ChartGlyphs();
      glyphs.setStartPage(4);
      glyphs.setEndPage(4);
      glyphs.getText(pdf);

      // Figure 1's category axis: "Transport" has a descender, "Health" none.
      assertThat(glyphs.baselineOf("Transport", 0)).isEqualTo(glyphs.baselineOf("Health", 0));
      assertThat(glyphs.baselineOf("Finance", 0)).isEqualTo(glyphs.baselineOf("Health", 0));
      // Figure 2's country axis: "Germany" descends, "Brazil" does not, "France" overshoots.
      float germany = glyphs.baselineOf("Germany", 0);
      assertThat(List.of(glyphs.baselineOf("Brazil", 0), glyphs.baselineOf("France", 0),
          glyphs.baselineOf("Japan", 0))).containsOnly(germany);
    }
  }
}

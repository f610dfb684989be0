package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybrief.TestDatasets;
import org.policybrief.model.BriefingSpec;
import org.policybrief.model.Dataset;
import org.policybrief.testing.ChartGlyphs;

/** Level axis labels share one baseline, with or without descenders (QA case06, English). */
class ChartBaselineTest {

  @TempDir Path dir;

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
      ChartGlyphs glyphs = ChartGlyphs.of(pdf, List.of(4));

      // Figure 2's country axis: "Germany" descends, "Brazil" does not, "France" overshoots.
      float germany = glyphs.baselineOf("Germany", 0);
      assertThat(List.of(glyphs.baselineOf("Brazil", 0), glyphs.baselineOf("France", 0),
          glyphs.baselineOf("Japan", 0))).containsOnly(germany);
    }
  }
}

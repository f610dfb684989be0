package org.policybrief.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybrief.testing.Cli;
import org.policybrief.testing.Fixtures;
import org.policybrief.testing.PdfReader;

/**
 * Each filter narrows the whole briefing, charts included: chart legends and axis labels are
 * real text, so a name missing from the extracted text is missing from every chart too.
 */
class SelectionPdfTest {

  @TempDir Path out;

  private String briefing(String... selection) throws IOException {
    java.util.List<String> args = new java.util.ArrayList<>(
        java.util.List.of("generate", "--data", Fixtures.MINIMAL.toString(), "--out", out.toString(),
            "--date", "2026-11-30"));
    args.addAll(java.util.List.of(selection));
    Cli.Result result = Cli.run(args.toArray(String[]::new));
    assertThat(result.exitCode()).as(result.err()).isZero();
    try (PDDocument document = PdfReader.open(Path.of(result.out().strip()))) {
      return PdfReader.solid(PdfReader.text(document));
    }
  }

  @Test
  void everyFilterNarrowsChartsTablesAndSummary() throws IOException {
    // The minimal fixture: France (energy, transport) and Brazil (energy).
    assertThat(briefing()).contains("法国", "巴西", "能源", "交通");

    assertThat(briefing("--country", "FR")).contains("法国", "能源", "交通").doesNotContain("巴西");
    assertThat(briefing("--category", "transport")).contains("交通", "法国").doesNotContain("能源", "巴西");
    // Measures of 1 March and 1 April 2024 are French; the Brazilian one is of 10 May.
    assertThat(briefing("--to", "2024-04-30")).contains("法国").doesNotContain("巴西");
  }
}

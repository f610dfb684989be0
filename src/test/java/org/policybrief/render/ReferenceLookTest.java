package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybrief.TestDatasets;
import org.policybrief.model.BriefingSpec;
import org.policybrief.model.Dataset;
import org.policybrief.testing.PdfReader;

/**
 * bench/reference-look, the templates {@code LOOK=reference bench/run.sh} times: the briefing of
 * ../shared/bench/REFERENCE.md, whole and in parts, so that the benchmark keeps working when the
 * program's own templates change.
 */
class ReferenceLookTest {

  private static final Path LOOK = Path.of("bench/reference-look");
  private static final Pattern MEASURE = Pattern.compile("措施\\d+");

  @TempDir static Path folder;
  private static Dataset dataset;
  private static BriefingSpec spec;

  @BeforeAll
  static void read() {
    dataset = TestDatasets.read(TestDatasets.write(folder.resolve("data"), 6, 4, 12, false));
    spec = new BriefingSpec(LocalDate.of(2026, 11, 23), "zh-Hans", "", null);
  }

  @Test
  void coverOverviewWithOneChartThenACountryPerPage() throws IOException {
    BriefingRenderer renderer = new BriefingRenderer(LOOK, null);
    assertThat(renderer.renderXhtml(dataset, TestDatasets.analyze(dataset), spec))
        .containsOnlyOnce("<object").doesNotContain("id=\"toc\"");
    byte[] pdf = renderer.render(dataset, TestDatasets.analyze(dataset), spec).pdf();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      // cover, overview, and each of the six countries from a new page
      assertThat(document.getNumberOfPages()).isEqualTo(8);
      assertThat(PdfReader.text(document, 2, 2)).contains("类别与国家对照");
      assertThat(PdfReader.text(document, 3, 3)).contains("编号", "类别", "标题", "措施");
      assertThat(measures(document)).hasSize(27);
    }
  }

  @Test
  void inPartsItHoldsTheSameMeasures() throws IOException {
    byte[] parted = new BriefingRenderer(LOOK, null, false, 5)
        .render(dataset, TestDatasets.analyze(dataset), spec).pdf();
    try (PDDocument document = Loader.loadPDF(parted)) {
      assertThat(measures(document)).hasSize(27).doesNotHaveDuplicates();
    }
  }

  private static java.util.List<String> measures(PDDocument document) throws IOException {
    return MEASURE.matcher(PdfReader.text(document)).results().map(MatchResult::group).toList();
  }
}

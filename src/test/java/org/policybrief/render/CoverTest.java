package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybrief.TestDatasets;
import org.policybrief.model.BriefingSpec;
import org.policybrief.model.Dataset;
import org.policybrief.model.BriefingSpec.PageSize;
import org.policybrief.model.Selection;
import org.policybrief.testing.GlyphPositions;
import org.policybrief.testing.PdfReader;

/** The cover of a briefing of many countries and over a thousand measures. */
class CoverTest {

  @TempDir Path folder;

  @Test
  void keyFiguresStayOnOneLineAndTheSubtitleNamesTheFirstCountriesOnly() throws IOException {
    // 44 countries with 45, 44, … 2 measures: 1,034 in all
    Dataset dataset = TestDatasets.read(TestDatasets.write(folder, 44, 4, 12, false));
    BriefingSpec spec = new BriefingSpec(LocalDate.of(2026, 11, 30), "en", "", null);
    byte[] pdf = new BriefingRenderer().render(dataset, TestDatasets.analyze(dataset), spec).pdf();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String cover = PdfReader.text(document, 1, 1);
      assertThat(cover).contains("and 36 other countries and bodies");
      // on one line: "1,000" came out as "1,00" above "0" in cells a third too narrow
      assertThat(cover).contains("1,034");
      assertThat(PdfReader.text(document, 2, 2)).doesNotContain("and bodies");
    }
  }

  @Test
  void aTitleAndSubtitleOfTheLongestAllowedChineseStayOnTheCover() throws IOException {
    Dataset dataset = TestDatasets.read(TestDatasets.write(folder, 3, 4, 12, false));
    String longest = "人工智能全球治理行动计划".repeat(17).substring(0, BriefingSpec.MAX_TITLE_LENGTH);
    for (String language : new String[] {"zh-Hans", "zh-Hant"}) {
      BriefingSpec spec = new BriefingSpec(LocalDate.of(2026, 11, 30), language, longest, longest, "",
          PageSize.A4, Selection.ALL);
      byte[] pdf = new BriefingRenderer().render(dataset, TestDatasets.analyze(dataset), spec).pdf();
      try (PDDocument document = Loader.loadPDF(pdf)) {
        // the key figures were pushed onto page 2, over the contents
        assertThat(PdfReader.text(document, 1, 1)).as(language).contains("份政策文件");
        assertThat(PdfReader.text(document, 2, 2)).as(language).doesNotContain("份政策文件");
      }
    }
  }

  @Test
  void aLongChineseTitleBreaksBetweenPhrases() throws IOException {
    Dataset dataset = TestDatasets.read(TestDatasets.write(folder, 3, 4, 12, false));
    BriefingSpec spec = new BriefingSpec(LocalDate.of(2026, 11, 30), "zh-Hans",
        "全球人工智能治理行动计划与美国人工智能行动计划比较研究简报", "", "", PageSize.A4, Selection.ALL);
    byte[] pdf = new BriefingRenderer().render(dataset, TestDatasets.analyze(dataset), spec).pdf();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      // the first line ended "与美国人", the second began "工智能"
      assertThat(PdfReader.text(document, 1, 1).replace("\r\n", "\n"))
          .contains("与美国\n人工智能行动计划比较研究简报");
    }
  }

  @Test
  void anOrganisationOfTheLongestAllowedStaysInsideTheCoversMargins() throws IOException {
    Dataset dataset = TestDatasets.read(TestDatasets.write(folder, 3, 4, 12, false));
    String chinese = "国家人工智能政策研究中心联合课题组".repeat(12).substring(0, BriefingSpec.MAX_TITLE_LENGTH);
    String english = "Joint Research Group of the National Centre for Artificial Intelligence Policy ".repeat(3)
        .substring(0, BriefingSpec.MAX_TITLE_LENGTH);
    float right = PDRectangle.A4.getWidth() - 30.9f * 72 / 25.4f;
    for (String language : new String[] {"zh-Hans", "en"}) {
      String organisation = language.equals("en") ? english : chinese;
      BriefingSpec spec = new BriefingSpec(LocalDate.of(2026, 11, 30), language, "", "", organisation,
          PageSize.A4, Selection.ALL);
      byte[] pdf = new BriefingRenderer().render(dataset, TestDatasets.analyze(dataset), spec).pdf();
      try (PDDocument document = Loader.loadPDF(pdf)) {
        // the organisation ran on to 5 mm from the page's right edge, past the title's margin
        assertThat(GlyphPositions.of(document).glyphs()).filteredOn(g -> g.page() == 1)
            .allSatisfy(g -> assertThat(g.x() + g.width()).as("%s %s", language, g.text()).isLessThan(right + 0.5f));
      }
    }
  }

  @Test
  void theDataRunToItsLatestDateButNotPastTheEditionsOwn() {
    // documents and measures dated 2024-01-15 to 2024-10-15
    Dataset dataset = TestDatasets.read(TestDatasets.write(folder, 3, 4, 12, false));
    BriefingRenderer renderer = new BriefingRenderer();

    assertThat(renderer.renderXhtml(dataset, TestDatasets.analyze(dataset),
        new BriefingSpec(LocalDate.of(2026, 11, 30), "en", "", null)))
        .contains("Data as of 15 October 2024");
    assertThat(renderer.renderXhtml(dataset, TestDatasets.analyze(dataset),
        new BriefingSpec(LocalDate.of(2024, 6, 30), "en", "", null)))
        .contains("Published 30 June 2024").contains("Data as of 30 June 2024");
  }
}

package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.policybrief.TestDatasets;
import org.policybrief.model.BriefingSpec;
import org.policybrief.model.Dataset;
import org.policybrief.model.Selection;
import org.policybrief.testing.GlyphPositions;
import org.policybrief.testing.PdfReader;

/** The running header and footer of every page but the cover, with the longest title and organisation allowed. */
class RunningHeadTest {

  private static final String LONG = "Comparative review of cross-border data flows, frontier model safety, public compute "
      + "and workforce policies in thirty-five jurisdictions and international organisations across the world";

  private static final Map<String, List<String>> SECTIONS = Map.of(
      "en", List.of("1 Summary", "2 Charts", "3 Categories and countries", "4 Countries", "5 Sources", "6 Method"),
      "zh-Hans", List.of("一、摘要", "二、图表", "三、类别与国家对照", "四、国别分析", "五、资料来源", "六、说明"));

  @Test
  void theFolioAndTheSectionStayWholeBesideALongTitleAndOrganisation() throws IOException {
    assertThat(LONG.length()).isLessThanOrEqualTo(BriefingSpec.MAX_TITLE_LENGTH);
    Dataset dataset = TestDatasets.sample();
    for (String language : List.of("en", "zh-Hans")) {
      BriefingSpec spec = new BriefingSpec(LocalDate.of(2026, 11, 30), language, LONG, "", LONG,
          BriefingSpec.PageSize.A4, Selection.ALL);
      byte[] pdf = new BriefingRenderer().render(dataset, TestDatasets.analyze(dataset), spec).pdf();
      try (PDDocument document = Loader.loadPDF(pdf)) {
        int pages = document.getNumberOfPages();
        for (int page = 2; page <= pages; page++) {
          List<String> lines = PdfReader.text(document, page, page).lines()
              .map(line -> line.replaceAll("[\\s\\u00A0]+", " ").strip()).toList();
          // the footer's right-hand box was squeezed by the organisation's name: "Page 5 of" over "21"
          String folio = language.equals("en") ? "Page " + page + " of " + pages : "第" + page + "页 / 共" + pages + "页";
          assertThat(lines).as("%s page %d: %s", language, page, folio).anyMatch(line -> line.endsWith(folio));
          // and the header's by the title: "2 Cha" over "rts"
          if (page >= 3) {
            List<String> head = lines.subList(0, 4);
            assertThat(head).as("%s page %d", language, page)
                .anyMatch(line -> SECTIONS.get(language).stream().anyMatch(line::endsWith));
          }
        }
      }
    }
  }

  @Test
  void aLongChineseTitleAndOrganisationTakeTwoLinesOfTheMarginsAndEndInAnEllipsis() throws IOException {
    String longest = "人工智能全球治理行动计划".repeat(17).substring(0, BriefingSpec.MAX_TITLE_LENGTH);
    Dataset dataset = TestDatasets.sample();
    BriefingSpec spec = new BriefingSpec(LocalDate.of(2026, 11, 30), "zh-Hans", longest, "", longest,
        BriefingSpec.PageSize.A4, Selection.ALL);
    byte[] pdf = new BriefingRenderer().render(dataset, TestDatasets.analyze(dataset), spec).pdf();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      // six lines each: the header's first at the page's top edge, the footer's last below its bottom
      assertTwoLinesInEachMargin(document);
      assertThat(PdfReader.text(document, 3, 3)).contains("…").contains("第3页");
    }
  }

  /** On every page after the cover, the header and the footer take two lines at most, on the page. */
  private static void assertTwoLinesInEachMargin(PDDocument document) throws IOException {
    float margin = 25 * 72 / 25.4f;
    float height = PDRectangle.A4.getHeight();
    List<GlyphPositions.Glyph> glyphs = GlyphPositions.of(document).glyphs();
    for (int page = 2; page <= document.getNumberOfPages(); page++) {
      int p = page;
      List<GlyphPositions.Glyph> onPage = glyphs.stream().filter(g -> g.page() == p).toList();
      assertThat(onPage.stream().filter(g -> g.y() < margin).map(g -> Math.round(g.y())).collect(Collectors.toSet()))
          .as("header lines of page %d", page).hasSizeLessThanOrEqualTo(2);
      assertThat(onPage.stream().filter(g -> g.y() > height - margin).map(g -> Math.round(g.y())).collect(Collectors.toSet()))
          .as("footer lines of page %d", page).hasSizeLessThanOrEqualTo(2);
      assertThat(onPage).allSatisfy(g -> assertThat(g.y()).as("page %d %s", p, g.text()).isBetween(12f, height - 12));
    }
  }

  @Test
  void aLongTitleAndOrganisationInCapitalsTakeTwoLinesOfTheMargins() throws IOException {
    // capitals counted at half an em like any Latin letter: the header took three lines
    String capitals = "INTERNATIONAL ARTIFICIAL INTELLIGENCE GOVERNANCE WORKING GROUP MEMORANDUM "
        .repeat(3).substring(0, BriefingSpec.MAX_TITLE_LENGTH);
    Dataset dataset = TestDatasets.sample();
    BriefingSpec spec = new BriefingSpec(LocalDate.of(2026, 11, 30), "en", capitals, "", capitals,
        BriefingSpec.PageSize.A4, Selection.ALL);
    byte[] pdf = new BriefingRenderer().render(dataset, TestDatasets.analyze(dataset), spec).pdf();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertTwoLinesInEachMargin(document);
      assertThat(PdfReader.text(document, 3, 3)).contains("…");
    }
  }
}

package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.policybrief.TestData;
import org.policybrief.TestDatasets;
import org.policybrief.analysis.Analyzer;
import org.policybrief.analysis.Changes;
import org.policybrief.analysis.Changes.Change;
import org.policybrief.analysis.Changes.Kind;
import org.policybrief.model.BriefingSpec;
import org.policybrief.model.Dataset;
import org.policybrief.model.Text;
import org.policybrief.testing.PdfReader;

/** The section on what changed since the previous edition, as a reader finds it in the PDF. */
class WhatsNewTest {

  @Test
  void aRenamedCategoryIsListedAndSummedUpThoughNoMeasureChanged() throws Exception {
    // a renamed category changed every chart, and the section said nothing had changed
    Dataset dataset = TestDatasets.sample();
    Changes changes = new Changes(LocalDate.of(2026, 11, 23), List.of(), List.of(),
        List.of(new Change(Kind.CHANGED, "infra", new Text("算力与基础设施与算法", ""), "")), List.of());

    byte[] pdf = new BriefingRenderer().render(dataset, Analyzer.analyze(dataset),
        new BriefingSpec(LocalDate.of(2026, 11, 30), "zh-Hans", ""), changes, "briefing").pdf();

    String text = TestData.text(pdf).replaceAll("\\s+", "");
    assertThat(text).contains("分类体系也有变化：类别新增0个、删除0个、修改1个。",
        "分类体系的类别：新增0个，删除0个，修改1个（名称或颜色）", "infra", "算力与基础设施与算法")
        .doesNotContain("均无变化");
  }

  @Test
  void aRenamedCountryIsListedAndSummedUpThoughNoMeasureChanged() throws Exception {
    // countries.csv renamed a country: every heading, table and chart named it anew, and the
    // section said that nothing had changed
    Dataset dataset = TestDatasets.sample();
    Changes changes = new Changes(LocalDate.of(2026, 11, 23), List.of(), List.of(), List.of(),
        List.of(new Change(Kind.CHANGED, "US", new Text("美利坚合众国", "United States of America"), "")));

    byte[] pdf = new BriefingRenderer().render(dataset, Analyzer.analyze(dataset),
        new BriefingSpec(LocalDate.of(2026, 11, 30), "zh-Hans", ""), changes, "briefing").pdf();

    String text = TestData.text(pdf).replaceAll("\\s+", "");
    assertThat(text).contains("国家/组织的名称也有变化：新增0个、删除0个、修改1个。",
        "国家/组织的名称：新增0个，删除0个，修改1个", "修改US美利坚合众国")
        .doesNotContain("均无变化");
  }

  @Test
  void anEnglishChangeColumnKeepsItsWordsWhole() throws Exception {
    // the Change column was 14 mm in every language: English "Removed" broke as "Remove" / "d"
    Dataset dataset = TestDatasets.sample();
    Changes changes = new Changes(LocalDate.of(2026, 11, 23), List.of(),
        List.of(new Change(Kind.REMOVED, "US-AAP-99", new Text("", "A withdrawn measure"), "US"),
            new Change(Kind.CHANGED, "US-AAP-01", new Text("", "A revised measure"), "US"),
            new Change(Kind.ADDED, "US-AAP-98", new Text("", "A new measure"), "US")),
        List.of(), List.of());

    byte[] pdf = new BriefingRenderer().render(dataset, Analyzer.analyze(dataset),
        new BriefingSpec(LocalDate.of(2026, 11, 30), "en", ""), changes, "briefing").pdf();

    assertThat(TestData.text(pdf).lines().map(String::strip))
        .contains("Removed US-AAP-99 United States A withdrawn measure", "Changed US-AAP-01 United States A revised measure",
            "Added US-AAP-98 United States A new measure")
        .doesNotContain("d", "Remove");
  }

  @Test
  void anUnchangedBriefingSaysSoOnceWithoutCountingNoughts() throws Exception {
    // it said "the data changed as follows." and then that nothing had changed, and the summary
    // counted "measures 0 added, 0 removed, 0 changed; documents 0 added, 0 removed, 0 changed"
    Dataset dataset = TestDatasets.sample();
    Changes changes = new Changes(LocalDate.of(2026, 11, 23), List.of(), List.of(), List.of(), List.of());

    byte[] pdf = new BriefingRenderer().render(dataset, Analyzer.analyze(dataset),
        new BriefingSpec(LocalDate.of(2026, 11, 30), "en", ""), changes, "briefing").pdf();

    String text = TestData.text(pdf).replaceAll("\\s+", " ");
    assertThat(text).contains("Since the previous edition (23 November 2026), no document, measure or category"
            + " of this briefing has changed.",
        "No document, measure or category of this briefing has changed since the previous edition"
            + " (23 November 2026).")
        .doesNotContain("as follows", "0 added");
  }

  @Test
  void aTallFirstChangeDoesNotLeaveTheHeaderAlone() throws Exception {
    // a change whose title takes most of a page went whole to the next page and left the table's
    // header alone below the intro, the rest of the page empty (a 1,000-character title)
    Dataset dataset = TestDatasets.sample();
    String title = "人工智能治理框架下的算力基础设施建设与数据安全保障机制研究".repeat(36);
    Changes changes = new Changes(LocalDate.of(2026, 11, 23), List.of(),
        List.of(new Change(Kind.ADDED, "CN-GAIGAP-99", new Text(title, ""), "CN")), List.of(), List.of());

    for (String language : List.of("zh-Hans", "zh-Hant")) {
      byte[] pdf = new BriefingRenderer().render(dataset, Analyzer.analyze(dataset),
          new BriefingSpec(LocalDate.of(2026, 11, 30), language, ""), changes, "briefing").pdf();
      try (PDDocument document = Loader.loadPDF(pdf)) {
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
          List<String> lines = PdfReader.text(document, page, page).lines().map(String::strip)
              .filter(line -> !line.isEmpty()).toList();
          assertThat(lines.subList(lines.size() - 2, lines.size())).as("%s page %d", language, page)
              .noneMatch(line -> line.matches("(变化|變化) ?(编号|編號) ?(国家/组织|國家/組織) ?(标题|標題)"));
        }
      }
    }
  }
}

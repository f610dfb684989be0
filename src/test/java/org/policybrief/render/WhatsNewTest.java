package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
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

/** The section on what changed since the previous edition, as a reader finds it in the PDF. */
class WhatsNewTest {

  @Test
  void aRenamedCategoryIsListedAndSummedUpThoughNoMeasureChanged() throws Exception {
    // a renamed category changed every chart, and the section said nothing had changed
    Dataset dataset = TestDatasets.sample();
    Changes changes = new Changes(LocalDate.of(2026, 11, 23), List.of(), List.of(),
        List.of(new Change(Kind.CHANGED, "infra", new Text("算力与基础设施与算法", ""), "")));

    byte[] pdf = new BriefingRenderer().render(dataset, Analyzer.analyze(dataset),
        new BriefingSpec(LocalDate.of(2026, 11, 30), "zh-Hans", ""), changes, "briefing").pdf();

    String text = TestData.text(pdf).replaceAll("\\s+", "");
    assertThat(text).contains("分类体系也有变化：类别新增0个、删除0个、修改1个。",
        "分类体系的类别：新增0个，删除0个，修改1个（名称或颜色）", "infra", "算力与基础设施与算法")
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
        List.of());

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
    Changes changes = new Changes(LocalDate.of(2026, 11, 23), List.of(), List.of(), List.of());

    byte[] pdf = new BriefingRenderer().render(dataset, Analyzer.analyze(dataset),
        new BriefingSpec(LocalDate.of(2026, 11, 30), "en", ""), changes, "briefing").pdf();

    String text = TestData.text(pdf).replaceAll("\\s+", " ");
    assertThat(text).contains("Since the previous edition (23 November 2026), no document, measure or category"
            + " of this briefing has changed.",
        "No document, measure or category of this briefing has changed since the previous edition"
            + " (23 November 2026).")
        .doesNotContain("as follows", "0 added");
  }
}

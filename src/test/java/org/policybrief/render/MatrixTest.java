package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
import org.policybrief.testing.PdfReader;

/** The category × country table, when the countries take more than one table. */
class MatrixTest {

  @TempDir Path folder;

  @Test
  void everyTableTotalsAllCountriesAndTheLaterOnesSayTheyGoOn() {
    // 10 countries with 11, 10, … 2 measures: 65 in all, 6 countries to a table
    Dataset dataset = TestDatasets.read(TestDatasets.write(folder, 10, 4, 12, false));
    BriefingSpec spec = new BriefingSpec(LocalDate.of(2026, 11, 30), "zh-Hans", "", null);
    String xhtml = new BriefingRenderer().renderXhtml(dataset, TestDatasets.analyze(dataset), spec);

    assertThat(xhtml).contains("表\u202F1　各类别措施数量（按国家/组织）</div>", "表\u202F2　各类别措施数量（按国家/组织，续）</div>");
    // the grand total of each table is every measure, not the table's own countries'
    assertThat(xhtml.split("<td class=\"num total\">65</td>", -1)).hasSize(3);
    assertThat(xhtml).contains("<th class=\"num\">全部合计</th>").doesNotContain(">合计<");
  }

  @Test
  void aHeaderOfFourHanCharactersStaysOnOneLine() throws IOException {
    Dataset dataset = TestDatasets.read(TestDatasets.write(folder, 10, 4, 12, false));
    BriefingSpec spec = new BriefingSpec(LocalDate.of(2026, 11, 30), "zh-Hans", "", null);
    byte[] pdf = new BriefingRenderer().render(dataset, TestDatasets.analyze(dataset), spec).pdf();

    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = PdfReader.text(document);
      // two tables, each with 全部合计 over its total column and before its totals row
      assertThat(text.split("全部合计", -1)).hasSize(5);
    }
  }
  @Test
  void aHeaderOfFiveHanCharactersBreaksInItsMiddle() throws IOException {
    Path data = TestDatasets.write(folder, 3, 4, 12, false);
    List<String> codes = TestDatasets.read(data).documents().stream().map(d -> d.country()).distinct().toList();
    Files.writeString(data.resolve("countries.csv"), "code,name_zh,name_en\n" + codes.get(0)
        + ",埃塞俄比亚,Ethiopia\n" + codes.get(1) + ",乌兹别克斯坦,Uzbekistan\n");
    Dataset dataset = TestDatasets.read(data);
    BriefingSpec spec = new BriefingSpec(LocalDate.of(2026, 11, 30), "zh-Hans", "", null);
    String xhtml = new BriefingRenderer().renderXhtml(dataset, TestDatasets.analyze(dataset), spec);

    // the column holds four characters: broken after the fourth, one was left alone (埃塞俄比 / 亚)
    assertThat(xhtml).contains("<th class=\"num\"><span class=\"nobr\">埃塞俄</span><span class=\"nobr\">比亚</span></th>",
        "<th class=\"num\"><span class=\"nobr\">乌兹别</span><span class=\"nobr\">克斯坦</span></th>");
  }
}

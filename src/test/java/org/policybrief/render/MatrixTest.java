package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybrief.TestDatasets;
import org.policybrief.model.BriefingSpec;
import org.policybrief.model.Dataset;
import org.policybrief.testing.GlyphPositions;
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

    // one table cut by its columns: the second part is Table 1 continued, not a Table 2 that "continues"
    assertThat(xhtml).contains("表\u00A01　各类别措施数量（按国家/组织）</div>", "表\u00A01　各类别措施数量（按国家/组织，续）</div>")
        .doesNotContain("表\u00A02");
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
    assertThat(xhtml).contains("><span class=\"nobr\">埃塞俄</span><span class=\"nobr\">比亚</span></th>",
        "><span class=\"nobr\">乌兹别</span><span class=\"nobr\">克斯坦</span></th>");
  }

  @Test
  void aHeaderOfNineToTwelveHanCharactersTakesThreeLinesWithoutOneCharacterAlone() throws IOException {
    // the built-in names of HK and BA, and that of GS: broken after each fourth character, the
    // last line held one (中国香港 / 特别行政 / 区, 波斯尼亚 / 和黑塞哥 / 维那 kept two); six
    // countries to the table, so that a column holds four characters
    Path data = TestDatasets.write(folder, 6, 4, 12, false);
    List<String> codes = TestDatasets.read(data).documents().stream().map(d -> d.country()).distinct().toList();
    Files.writeString(data.resolve("countries.csv"), "code,name_zh,name_en\n" + codes.get(0)
        + ",中国香港特别行政区,Hong Kong\n" + codes.get(1) + ",波斯尼亚和黑塞哥维那,Bosnia\n"
        + codes.get(2) + ",南乔治亚和南桑威奇群岛,South Georgia\n");
    Dataset dataset = TestDatasets.read(data);
    BriefingSpec spec = new BriefingSpec(LocalDate.of(2026, 11, 30), "zh-Hans", "", null);
    byte[] pdf = new BriefingRenderer().render(dataset, TestDatasets.analyze(dataset), spec).pdf();

    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = PdfReader.text(document);
      int caption = text.indexOf("（按国家/组织）", text.lastIndexOf("类别与国家对照")) + 8;
      String header = text.substring(caption, text.indexOf("合计", caption));
      List<String> lines = Arrays.stream(header.split("\\s+")).filter(s -> !s.isEmpty() && !s.equals("类别")).toList();
      assertThat(lines).contains("中国香", "港特别", "行政区", "波斯尼亚", "和黑塞", "哥维那",
          "南乔治亚", "和南桑威", "奇群岛").allMatch(line -> line.length() > 1);
    }
  }

  @Test
  void aSmallTableIsNotSplitFromItsTotalsRow() throws IOException {
    // 40 countries of one measure each in three categories, every seventh with a long name: one
    // table, a 5-row one (3 categories and the totals), was split before its totals row, which
    // stood alone overleaf under the repeated header
    List<String> codes = java.util.Arrays.stream(java.util.Locale.getISOCountries()).sorted().limit(40).toList();
    StringBuilder documents = new StringBuilder("id,country,title_en,date\n");
    StringBuilder measures = new StringBuilder("id,document,category,title_en\n");
    StringBuilder names = new StringBuilder("code,name_zh,name_en\n");
    for (int i = 0; i < codes.size(); i++) {
      documents.append("D").append(i).append(',').append(codes.get(i)).append(",Document,2025-03-01\n");
      measures.append("M").append(i).append(",D").append(i).append(',').append("abc".charAt(i % 3))
          .append(",Measure\n");
      if (i % 7 == 0) {
        names.append(codes.get(i)).append(",,The United Kingdom of Great Britain and Northern Ireland Overseas Territory ")
            .append(codes.get(i)).append('\n');
      }
    }
    Files.writeString(folder.resolve("documents.csv"), documents);
    Files.writeString(folder.resolve("measures.csv"), measures);
    Files.writeString(folder.resolve("countries.csv"), names);
    Files.writeString(folder.resolve("categories.csv"), "id,name_en\na,Governance\nb,Industry\nc,Safety\n");
    Dataset dataset = TestDatasets.read(folder);
    BriefingSpec spec = new BriefingSpec(LocalDate.of(2026, 11, 30), "en", "", null);
    byte[] pdf = new BriefingRenderer().render(dataset, TestDatasets.analyze(dataset), spec).pdf();

    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      int tables = 0;
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        String[] lines = stripper.getText(document).split("\\R");
        long captions = Arrays.stream(lines).filter(l -> l.matches("Table \\d+: Measures per category.*")).count();
        long totals = Arrays.stream(lines).filter(l -> l.matches("Total \\(all\\) [0-9 ]+")).count();
        assertThat(totals).as("totals rows on page %d", page).isEqualTo(captions);
        tables += (int) captions;
      }
      assertThat(tables).isGreaterThan(5);
    }
  }

  @Test
  void aCountryNamedInHundredsOfHanCharactersGetsAWideColumnNotAHeaderAsTallAsThePage() throws IOException {
    // in a column of four characters, the name of 300 took 75 lines: the table's header was
    // taller than a page and repeated on 36 pages that held one row each
    Path data = TestDatasets.write(folder, 3, 4, 12, false);
    List<String> codes = TestDatasets.read(data).documents().stream().map(d -> d.country()).distinct().toList();
    Files.writeString(data.resolve("countries.csv"), "code,name_zh,name_en\n" + codes.get(1) + ","
        + "国际合作与能力建设完善治理框架".repeat(20) + ",Long\n");
    Dataset dataset = TestDatasets.read(data);
    BriefingSpec spec = new BriefingSpec(LocalDate.of(2026, 11, 30), "zh-Hans", "", null);
    byte[] pdf = new BriefingRenderer().render(dataset, TestDatasets.analyze(dataset), spec).pdf();

    try (PDDocument document = Loader.loadPDF(pdf)) {
      int tablePages = 0;
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        String text = PdfReader.text(document, page, page);
        if (text.contains("类别与国家对照") && !text.contains("目录")) {
          tablePages++;
        }
      }
      assertThat(tablePages).isBetween(1, 2);
    }
  }

  @Test
  void shortHeadersBesideANameTooLongForTheTableStayWhole() throws IOException {
    // a name of 40 digits takes what the table leaves beside a category column at its widest:
    // 美国 and the total column got exactly their estimate and broke as 美 / 国 and 合 / 计
    Files.writeString(folder.resolve("documents.csv"),
        "id,country,title_zh,date\nD1,US,文件,2025-03-01\nD2,CN,文件,2025-03-01\n");
    Files.writeString(folder.resolve("measures.csv"),
        "id,document,category,title_zh\nM1,D1,a,措施\nM2,D2,a,措施\nM3,D2,b,措施\n");
    Files.writeString(folder.resolve("categories.csv"),
        "id,name_zh\na," + "国际合作与能力建设完善治理框架".repeat(6) + "\nb,安全治理\n");
    Files.writeString(folder.resolve("countries.csv"),
        "code,name_zh\nCN,中国1234567890123456789012345678901234567890\n");
    Dataset dataset = TestDatasets.read(folder);
    BriefingSpec spec = new BriefingSpec(LocalDate.of(2026, 11, 30), "zh-Hans", "", null);
    byte[] pdf = new BriefingRenderer().render(dataset, TestDatasets.analyze(dataset), spec).pdf();

    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<GlyphPositions.Glyph> glyphs = GlyphPositions.of(document).glyphs();
      int table = -1;
      for (int page = 1; page <= document.getNumberOfPages() && table < 0; page++) {
        if (PdfReader.text(document, page, page).contains("表 1　各类别措施数量")) {
          table = page;
        }
      }
      int tablePage = table;
      List<GlyphPositions.Glyph> page = glyphs.stream().filter(g -> g.page() == tablePage).toList();
      String drawn = page.stream().map(GlyphPositions.Glyph::text).reduce("", String::concat);
      for (String header : List.of("美国", "合计")) {
        int at = drawn.indexOf(header);
        assertThat(at).as(header).isNotNegative();
        assertThat(page.subList(at, at + header.length())).as(header)
            .allSatisfy(g -> assertThat(g.y()).isEqualTo(page.get(at).y()));
      }
    }
  }
}

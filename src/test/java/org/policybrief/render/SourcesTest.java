package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybrief.TestData;
import org.policybrief.TestDatasets;
import org.policybrief.model.BriefingSpec;
import org.policybrief.model.Dataset;
import org.policybrief.testing.PdfReader;

/** The list of sources: one citation per document. */
class SourcesTest {

  @TempDir Path folder;

  @Test
  void eachSourceNumberIsPrintedOnceAlsoWhenItsEntryMovesToTheNextPage() throws Exception {
    // 71 documents: entry 30 of this dataset's zh-Hans list moves from page 49 to page 50
    Dataset dataset = TestDatasets.read(Path.of("src/test/resources/fixtures/many-sources"));
    BriefingSpec spec = new BriefingSpec(LocalDate.of(2026, 11, 30), "zh-Hans", "", null);
    byte[] pdf = new BriefingRenderer().render(dataset, TestDatasets.analyze(dataset), spec).pdf();

    try (PDDocument document = Loader.loadPDF(pdf)) {
      // the list marker was painted a second time, hidden in the footer band of the page before
      List<String> numbers = new ArrayList<>();
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        String text = PdfReader.text(document, page, page);
        if (text.lines().limit(2).anyMatch(line -> line.endsWith("资料来源"))) { // the running header
          text.lines().filter(line -> line.matches("\\d+\\. .*"))
              .forEach(line -> numbers.add(line.substring(0, line.indexOf('.'))));
        }
      }
      assertThat(numbers).hasSize(71).doesNotHaveDuplicates();
    }
  }

  @Test
  void aTitleThatEndsASentenceIsNotFollowedByAComma() throws Exception {
    String xhtml = simplifiedXhtml("id,country,title_zh,issuer,date\n"
        + "D1,CN,关于加强数据治理的意见。,国务院,2025-03-01\nD2,CN,数据治理规划,国务院,2025-04-01\n"
        + "D3,US,准备好了吗？,,2025-05-01\n",
        "M1,D1,data,措施一,2025-03-01\nM2,D2,data,措施二,2025-04-01\nM3,D3,data,措施三,2025-05-01\n");

    // "…的意见。，国务院" read as a stray comma
    // and the comma after a title is in the title's text: a line may break where an element ends
    assertThat(xhtml).contains("关于加强数据治理的意见。<span>国务院，</span><span class=\"nobr\">2025年3月1日。")
        .contains("数据治理规划，<span>国务院，</span><span class=\"nobr\">2025年4月1日。")
        .contains("准备好了吗？<span class=\"nobr\">2025年5月1日。");
  }

  @Test
  void anEntryIsReadInOrderAlsoWhenItsTitleIsInTheOtherLanguage() throws Exception {
    Dataset dataset = dataset("id,country,title_zh,title_en,issuer,date\nD1,GB,,GB AI plan,Government,2025-03-01\n",
        "id,document,category,title_zh\nM1,D1,data,措施一\n");
    BriefingSpec spec = new BriefingSpec(LocalDate.of(2026, 11, 30), "zh-Hans", "", null);
    byte[] pdf = new BriefingRenderer().render(dataset, TestDatasets.analyze(dataset), spec).pdf();

    try (PDDocument document = Loader.loadPDF(pdf)) {
      // copied or indexed, the issuer came before the title: "Government，GB AI plan 英 ，"
      assertThat(PdfReader.text(document)).contains("GB AI plan 英 ，Government，2025年3月1日。");
    }
  }

  @Test
  void sourcesFollowTheOrderOfTheCountrySections() throws Exception {
    // the United States has more measures, so its section comes first; Japan has a document and no measure
    String xhtml = simplifiedXhtml("id,country,title_zh,date\n"
        + "C1,CN,中国文件,2025-03-01\nU1,US,美国文件,2025-04-01\nJ1,JP,日本文件,2025-01-01\n",
        "M1,C1,data,措施一,2025-03-01\nM2,U1,data,措施二,2025-04-01\nM3,U1,data,措施三,2025-04-01\n");

    String sources = xhtml.substring(xhtml.indexOf("<ol class=\"sources\""));
    // sorted by name, 中国 (U+4E2D) came before 美国 (U+7F8E), whose section is first
    assertThat(sources.indexOf("美国文件")).isLessThan(sources.indexOf("中国文件"));
    assertThat(sources.indexOf("中国文件")).isLessThan(sources.indexOf("日本文件"));
    assertThat(xhtml.indexOf("id=\"country-US\"")).isLessThan(xhtml.indexOf("id=\"country-CN\""));
  }

  @Test
  void theCountryIsSetApartFromTheTitleByAColonNotByItsGreyAlone() throws Exception {
    Dataset dataset = TestDatasets.sample();
    String english = TestData.text(new BriefingRenderer().render(dataset, TestDatasets.analyze(dataset),
        new BriefingSpec(LocalDate.of(2026, 11, 30), "en", "")).pdf()).replaceAll("\\s+", " ");
    String chinese = TestData.text(new BriefingRenderer().render(dataset, TestDatasets.analyze(dataset),
        new BriefingSpec(LocalDate.of(2026, 11, 30), "zh-Hans", "")).pdf()).replaceAll("\\s+", "");

    // read aloud or copied, the list said "United States Winning the Race: America's AI Action Plan"
    assertThat(english).contains("1. United States: Winning the Race: America's AI Action Plan, The White House,")
        .doesNotContain("United States Winning the Race");
    assertThat(chinese).contains("1.美国：赢得竞赛：美国人工智能行动计划，");
  }

  @Test
  void anAddressWithChineseLinksInTheAsciiAUriActionHoldsAndPrintsAsWritten() throws Exception {
    Dataset dataset = dataset("id,country,title_zh,date,url\n"
        + "D1,CN,人工智能政策,2025-03-01,https://例子.中国/AI政策?页=1\n",
        "id,document,category,title_zh\nM1,D1,data,措施一\n");
    BriefingSpec spec = new BriefingSpec(LocalDate.of(2026, 11, 30), "zh-Hans", "", null);
    byte[] pdf = new BriefingRenderer().render(dataset, TestDatasets.analyze(dataset), spec).pdf();

    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<String> uris = new ArrayList<>();
      for (PDPage page : document.getPages()) {
        for (PDAnnotation annotation : page.getAnnotations()) {
          if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
            uris.add(new String(((COSString) uri.getCOSObject().getDictionaryObject(COSName.URI)).getBytes(),
                StandardCharsets.ISO_8859_1));
          }
        }
      }
      // the action held the address as written, which PDFBox wrote as UTF-16: not an address to a viewer
      assertThat(uris).hasSize(2)
          .containsOnly("https://xn--fsqu00a.xn--fiqs8s/AI%E6%94%BF%E7%AD%96?%E9%A1%B5=1");
      assertThat(PdfReader.text(document).replaceAll("\\s+", "")).contains("https://例子.中国/AI政策?页=1");
    }
  }

  @Test
  void anAddressThatIsNoUriIsPrintedAsTextNotAsALinkThatOpensNothing() throws Exception {
    String xhtml = simplifiedXhtml("id,country,title_zh,date,url\n"
        + "D1,CN,文件一,2025-03-01,https://example.com/p?q=a b\n"
        + "D2,CN,文件二,2025-03-02,\"http://example.com/\"\"q\"\"\"\n"
        + "D3,CN,文件三,2025-03-03,https://例子.中国/AI政策\n",
        "M1,D1,data,措施一,2025-03-01\nM2,D2,data,措施二,2025-03-02\nM3,D3,data,措施三,2025-03-03\n");

    // openhtmltopdf makes no link of an href java.net.URI does not read: it was printed in the link's colour
    assertThat(xhtml).doesNotContain("href=\"https://example.com/p?q=a b\"")
        .doesNotContain("href=\"http://example.com/&quot;q&quot;\"")
        .contains("<div class=\"doc-url\">https://example.com/p?q=a b</div>")
        .contains("href=\"https://例子.中国/AI政策\"");
  }

  @Test
  void anAddressWithItsSchemeInCapitalsIsALink() throws Exception {
    String xhtml = simplifiedXhtml("id,country,title_zh,date,url\n"
        + "D1,CN,文件一,2025-03-01,HTTPS://WWW.EXAMPLE.GOV/PLAN.PDF\n"
        + "D2,CN,文件二,2025-03-02,Http://example.com/plan\n",
        "M1,D1,data,措施一,2025-03-01\nM2,D2,data,措施二,2025-03-02\n");

    // printed as text only: the scheme was compared in small letters
    assertThat(xhtml).contains("href=\"HTTPS://WWW.EXAMPLE.GOV/PLAN.PDF\"", "href=\"Http://example.com/plan\"");
  }

  /** The zh-Hans XHTML of a dataset of {@code documents} and measures (rows only) in one category. */
  private String simplifiedXhtml(String documents, String measureRows) throws Exception {
    Dataset dataset = dataset(documents, "id,document,category,title_zh,date\n" + measureRows);
    BriefingSpec spec = new BriefingSpec(LocalDate.of(2026, 11, 30), "zh-Hans", "", null);
    return new BriefingRenderer().renderXhtml(dataset, TestDatasets.analyze(dataset), spec);
  }

  /** The dataset of {@code documents} and {@code measures} (CSV files, headers included) in one category. */
  private Dataset dataset(String documents, String measures) throws Exception {
    Files.writeString(folder.resolve("documents.csv"), documents);
    Files.writeString(folder.resolve("measures.csv"), measures);
    Files.writeString(folder.resolve("categories.csv"), "id,name_zh\ndata,数据\n");
    return TestDatasets.read(folder);
  }
}

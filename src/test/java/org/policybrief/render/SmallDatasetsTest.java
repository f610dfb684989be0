package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybrief.TestData;
import org.policybrief.TestDatasets;
import org.policybrief.model.BriefingSpec;
import org.policybrief.model.Dataset;

/** Datasets of a few rows (one measure, a country without measures), as an English reader meets them. */
class SmallDatasetsTest {

  @TempDir Path folder;

  @Test
  void aLoneCountryWithOneMeasureIsSaidInTheSingular() throws Exception {
    Files.writeString(folder.resolve("documents.csv"),
        "id,country,title_en,date\nD1,FR,Document one,2025-03-01\n");
    Files.writeString(folder.resolve("measures.csv"),
        "id,document,category,title_en\nM1,D1,a,Measure one\n");
    Files.writeString(folder.resolve("categories.csv"), "id,name_en\na,Governance\nb,Industry\n");
    Dataset dataset = TestDatasets.read(folder);

    byte[] english = new BriefingRenderer().render(dataset, TestDatasets.analyze(dataset),
        new BriefingSpec(LocalDate.of(2026, 11, 30), "en", "")).pdf();
    String text = TestData.text(english).replaceAll("[\\s\u00A0]+", " ");

    // the cover said "1 policy documents", "1 measures", "1 countries and bodies", and Figure 1
    // "France: 1 measures"; one measure, of one month, draws no timeline (Figure 3 drew one dot)
    assertThat(text).contains("1 policy document 1 measure 1 country or body 2 policy categories")
        .contains("France: 1 measure;").doesNotContain("France had")
        // the taxonomy's size, not the categories the one measure is in
        .contains("with 1 measure, classified by a taxonomy of 2 policy categories")
        .doesNotContain("1 measures").doesNotContain("1 policy documents").doesNotContain("1 countries");
    // the summary said Figure 1 "compares the countries"; the measures, all of one category, have
    // no category profile (one bar of 100 %)
    assertThat(TestData.text(english).replaceAll("[\\s\u00A0]+", " ")).contains("Figure 1 shows the measures by category;")
        .doesNotContain("compares the countries").doesNotContain("category profile")
        // and so did the list of figures
        .contains("Figure 1: Measures by category .").contains("Figure 2: Measures in each category .")
        .doesNotContain("by category and country").doesNotContain("Figure 3");
    String chinese = printed(dataset, "zh-Hans").replaceAll("\\s+", "");
    assertThat(chinese).contains("各类别措施数量见图1").doesNotContain("国别比较").doesNotContain("各国的类别构成");
  }

  @Test
  void aCountryWithoutMeasuresSaysSoBelowItsDocuments() throws Exception {
    // three countries of one document each; Brazil's has no measure
    Files.writeString(folder.resolve("documents.csv"), """
        id,country,title_en,issuer,date,type,url
        D1,FR,Document one,Ministry,2025-03-01,law,https://example.org/D1
        D2,JP,Document two,Ministry,2025-03-01,law,https://example.org/D2
        D3,BR,Document three,Ministry,2025-03-01,law,https://example.org/D3
        """);
    Files.writeString(folder.resolve("measures.csv"), """
        id,document,category,title_en,summary_en,tags
        M1,D1,a,Measure one,This is a summary of a measure.,x;y
        M2,D2,b,Measure two,This is a summary of a measure.,x;y
        """);
    Files.writeString(folder.resolve("categories.csv"), "id,name_en\na,Governance\nb,Industry\nc,Safety\n");
    Dataset dataset = TestDatasets.read(folder);
    byte[] pdf = new BriefingRenderer().render(dataset, TestDatasets.analyze(dataset),
        new BriefingSpec(LocalDate.of(2026, 11, 30), "en", "")).pdf();

    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        String text = stripper.getText(document);
        if (text.contains("The dataset has no measures for this country or body.")) {
          // the heading "Measures" and this line went overleaf, alone on a page of their own
          assertThat(text).as("page %d", page).contains("4.3 Brazil", "Document three");
          return;
        }
      }
      throw new AssertionError("no page says that Brazil has no measures");
    }
  }

  @Test
  void aCountryWhoseMeasuresAreAllInOneCategoryIsSaidToBeOnIt() throws Exception {
    Files.writeString(folder.resolve("documents.csv"), """
        id,country,title_en,date
        D1,FR,Document one,2025-03-01
        D2,JP,Document two,2025-03-01
        D3,BR,Document three,2025-03-01
        """);
    Files.writeString(folder.resolve("measures.csv"), """
        id,document,category,title_en
        M1,D1,a,Measure one
        M2,D1,a,Measure two
        M3,D1,a,Measure three
        M4,D2,b,Measure four
        M5,D2,a,Measure five
        M6,D3,b,Measure six
        """);
    Files.writeString(folder.resolve("categories.csv"), "id,name_en\na,Governance\nb,Industry\n");
    Dataset dataset = TestDatasets.read(folder);

    String english = printed(dataset, "en").replaceAll("[\\s\u00A0]+", " ");
    // "France: 1 document, 3 measures, mostly on Governance (3)." and Brazil "mostly on" its one measure's
    assertThat(english).contains("France: 1 document, 3 measures, all on Governance.")
        .contains("Brazil: 1 document, 1 measure, on Industry.")
        // Japan's two measures are all in the two named: "mostly on" them said there was more
        .contains("Japan: 1 document, 2 measures, on Governance (1) and Industry (1).")
        .doesNotContain("mostly on Governance (3)").doesNotContain("mostly on Industry (1).")
        // and so does the title of its category profile, which said "“Governance” has the largest share (100%)"
        .contains("France: all measures in “Governance” (100%)");
    String chinese = printed(dataset, "zh-Hans").replaceAll("\\s+", "");
    assertThat(chinese).contains("3项措施，全部属于Governance。").contains("1项措施，属于Industry。");
  }

  @Test
  void aSummaryNamesNoCategoriesOutOfATie() throws Exception {
    // France: one measure in each of five categories; Germany: 2, 2, 2, 2, 1; Japan: 2, 1, 1, 1
    Files.writeString(folder.resolve("documents.csv"),
        "id,country,title_en,date\nD1,FR,One,2025-03-01\nD2,DE,Two,2025-03-01\nD3,JP,Three,2025-03-01\n");
    StringBuilder measures = new StringBuilder("id,document,category,title_en\n");
    String[][] rows = {{"D1", "abcde"}, {"D2", "aabbccdde"}, {"D3", "aabcd"}};
    int n = 0;
    for (String[] row : rows) {
      for (char category : row[1].toCharArray()) {
        measures.append("M").append(++n).append(',').append(row[0]).append(',').append(category).append(",M\n");
      }
    }
    Files.writeString(folder.resolve("measures.csv"), measures.toString());
    Files.writeString(folder.resolve("categories.csv"),
        "id,name_en,name_zh\na,Alpha,甲\nb,Beta,乙\nc,Gamma,丙\nd,Delta,丁\ne,Epsilon,戊\nf,Zeta,己\n");
    Dataset dataset = TestDatasets.read(folder);

    String english = printed(dataset, "en").replaceAll("[\\s\u00A0]+", " ");
    // France was "mostly on Alpha (1), Beta (1), Gamma (1)", three of five alike, Japan "mostly on
    // Alpha (2), Beta (1), Gamma (1)" beside a Delta (1) as large
    assertThat(english).contains("France: 1 document, 5 measures, spread evenly over 5 categories (1 each).")
        .contains("Germany: 1 document, 9 measures, mostly on 4 categories (2 each).")
        // Alpha holds 2 of Japan's 5: not "mostly on Alpha (2)"
        .contains("Japan: 1 document, 5 measures, spread over 4 categories, led by Alpha (2).")
        .doesNotContain("Beta (1)");
    String chinese = printed(dataset, "zh-Hans").replaceAll("[\\s\u00A0]+", "");
    assertThat(chinese).contains("法国：1份文件、5项措施，平均分属5个类别（各1项）。")
        .contains("德国：1份文件、9项措施，主要集中于4个类别（各2项）。");
  }

  @Test
  void aCountryIsMostlyOnItsLeadingCategoriesOnlyWhenTheyHoldMoreThanHalf() throws Exception {
    // France: 2, 2, 2, 2 and nine of one (17 measures in 13 categories); Germany: 3, 2, 2, 1, 1, 1
    Files.writeString(folder.resolve("documents.csv"),
        "id,country,title_en,date\nD1,FR,One,2025-03-01\nD2,DE,Two,2025-03-01\n");
    StringBuilder measures = new StringBuilder("id,document,category,title_en\n");
    StringBuilder categories = new StringBuilder("id,name_en,name_zh\n");
    String[][] rows = {{"D1", "aabbccddefghijklm"}, {"D2", "aaabbccdef"}};
    int n = 0;
    for (String[] row : rows) {
      for (char category : row[1].toCharArray()) {
        measures.append("M").append(++n).append(',').append(row[0]).append(',').append(category).append(",M\n");
      }
    }
    for (char c = 'a'; c <= 'm'; c++) {
      categories.append(c).append(",Topic ").append(c).append(",类别").append(c).append('\n');
    }
    Files.writeString(folder.resolve("measures.csv"), measures.toString());
    Files.writeString(folder.resolve("categories.csv"), categories.toString());
    Dataset dataset = TestDatasets.read(folder);

    // France was "mostly on 4 categories (2 each)" with 8 of its 17 measures there, Germany "mostly
    // on Topic a (3), Topic b (2), Topic c (2)" with 7 of 10: that one stays
    String english = printed(dataset, "en").replaceAll("[\\s\u00A0]+", " ");
    assertThat(english).contains("France: 1 document, 17 measures, spread over 13 categories, none with more than 2.")
        .contains("Germany: 1 document, 10 measures, mostly on Topic a (3), Topic b (2) and Topic c (2).")
        .doesNotContain("mostly on 4 categories");
    String chinese = printed(dataset, "zh-Hans").replaceAll("[\\s\u00A0]+", "");
    assertThat(chinese).contains("法国：1份文件、17项措施，分布于13个类别，每类至多2项。")
        .doesNotContain("主要集中于4个类别");
  }

  @Test
  void aLeadingCategoryOfHalfTheMeasuresOrLessIsNamedAsTheLargest() throws Exception {
    // France: 3, 1, 1, 1 (6 measures): Alpha holds half of them
    Files.writeString(folder.resolve("documents.csv"), "id,country,title_en,date\nD1,FR,One,2025-03-01\n");
    Files.writeString(folder.resolve("measures.csv"), "id,document,category,title_en\n"
        + "M1,D1,a,M\nM2,D1,a,M\nM3,D1,a,M\nM4,D1,b,M\nM5,D1,c,M\nM6,D1,d,M\n");
    Files.writeString(folder.resolve("categories.csv"), "id,name_en,name_zh\na,Alpha,甲\nb,Beta,乙\nc,Gamma,丙\nd,Delta,丁\n");
    Dataset dataset = TestDatasets.read(folder);

    // "mostly on Alpha (3)", when Alpha holds 3 of 6
    assertThat(printed(dataset, "en").replaceAll("[\\s\u00A0]+", " "))
        .contains("France: 1 document, 6 measures, spread over 4 categories, led by Alpha (3).");
    assertThat(printed(dataset, "zh-Hans").replaceAll("[\\s\u00A0]+", ""))
        .contains("法国：1份文件、6项措施，分布于4个类别，最多的是甲（3项）。");
    assertThat(printed(dataset, "zh-Hant").replaceAll("[\\s\u00A0]+", ""))
        .contains("法國：1份文件、6項措施，分布於4個類別，最多的是甲（3項）。");
  }

  @Test
  void aTieOfEveryCountryIsSaidAsTheSameNumberAndThreeLeadersAreNamed() throws Exception {
    // four countries of two measures each, one in each category; then a fifth of one measure
    String documents = "id,country,title_en,date\nD1,FR,One,2025-03-01\nD2,JP,Two,2025-03-01\n"
        + "D3,BR,Three,2025-03-01\nD4,DE,Four,2025-03-01\n";
    String measures = "id,document,category,title_en\nM1,D1,a,M\nM2,D1,b,M\nM3,D2,a,M\nM4,D2,b,M\n"
        + "M5,D3,a,M\nM6,D3,b,M\nM7,D4,a,M\nM8,D4,b,M\n";
    Files.writeString(folder.resolve("documents.csv"), documents);
    Files.writeString(folder.resolve("measures.csv"), measures);
    Files.writeString(folder.resolve("categories.csv"), "id,name_en,name_zh\na,Governance,治理\nb,Industry,产业\n");
    Dataset dataset = TestDatasets.read(folder);

    String english = printed(dataset, "en").replaceAll("[\\s\u00A0]+", " ");
    // "4 countries share the most measures (2 each)", a most that none had
    assertThat(english)
        .contains("All 4 countries and bodies have the same number of measures (2 each); “Governance” and “Industry” have "
            + "the same number of measures (4 each)")
        .contains("Every country or body has the same number of measures in every category (1 each)")
        .contains("Brazil: “Governance” and “Industry” have equal shares (50% each)")
        .doesNotContain("share the most").doesNotContain("largest");
    String chinese = printed(dataset, "zh-Hant").replaceAll("[\\s\u00A0]+", "");
    assertThat(chinese).contains("全部4個國家/組織的措施數量相同（各2項），「治理」和「產業」類措施合計相同（各4項）")
        .doesNotContain("並列最多");

    Files.writeString(folder.resolve("documents.csv"), documents + "D5,CN,Five,2025-03-01\n");
    Files.writeString(folder.resolve("measures.csv"), measures.replace("M5,D3,a,M\n", "") + "M9,D5,a,M\n");
    dataset = TestDatasets.read(folder);
    english = printed(dataset, "en").replaceAll("[\\s\u00A0]+", " ");
    // "3 countries share the most measures (2 each)" named none of them
    assertThat(english).contains("Germany, France and Japan have the most measures (2 each)");
  }

  @Test
  void aTieOfMoreCategoriesThanAChartDrawsSaysHowManyAreSummedAsOtherCategories() throws Exception {
    // QA qa22 manycats: "18 categories share the largest count (4 each)" above 11 bars of 4 and
    // "Other categories", which the note called "23 categories with fewer measures"
    Dataset dataset = TestDatasets.read(TestDatasets.tiedLeaders(folder));

    String english = printed(dataset, "en").replaceAll("[\\s\u00A0]+", " ");
    assertThat(english).containsPattern("13 categories share the largest count \\(2 each\\), [1-9]\\d* of them counted "
            + "in “Other categories”")
        .containsPattern("27 country–category pairs share the largest count \\(1 each\\), [1-9]\\d* of them "
            + "counted in “Other categories”")
        .containsPattern("France: all 14 categories have equal shares \\(7% each\\), [1-9]\\d* of them counted in "
            + "“Other categories”")
        .doesNotContain("with fewer measures");
    String chinese = printed(dataset, "zh-Hans").replaceAll("[\\s\u00A0]+", "");
    assertThat(chinese).containsPattern("13个类别的措施合计并列最多（各2项），其中[1-9]\\d*个计入“其他类别”")
        .doesNotContain("措施较少");
  }

  /** The text of the briefing of {@code dataset} in {@code language}, as extracted from its PDF. */
  private static String printed(Dataset dataset, String language) throws IOException {
    return TestData.text(new BriefingRenderer().render(dataset, TestDatasets.analyze(dataset),
        new BriefingSpec(LocalDate.of(2026, 11, 30), language, "")).pdf());
  }
}

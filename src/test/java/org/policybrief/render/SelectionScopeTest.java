package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybrief.TestDatasets;
import org.policybrief.analysis.Analyzer;
import org.policybrief.analysis.SelectionFilter;
import org.policybrief.model.BriefingSpec;
import org.policybrief.model.Dataset;
import org.policybrief.model.Selection;

/**
 * A briefing on a selection of measure dates or categories says so on its cover: one of --from
 * 2010-01-01 --to 2012-12-31 said nowhere that it left out the other years, and counted "3
 * measures in this dataset" for a country with 20.
 */
class SelectionScopeTest {

  @TempDir Path folder;
  private Dataset dataset;

  @BeforeEach
  void sixCategoriesOverTwentyYears() throws Exception {
    Files.writeString(folder.resolve("documents.csv"),
        "id,country,title_en,title_zh,date\nD1,FR,Law,法律,2006-01-01\n");
    StringBuilder measures = new StringBuilder("id,document,category,title_en,date\n");
    for (int year = 2006; year <= 2025; year++) {
      measures.append("M").append(year).append(",D1,").append((char) ('a' + year % 6)).append(",M,")
          .append(year).append("-06-15\n");
    }
    Files.writeString(folder.resolve("measures.csv"), measures.toString());
    Files.writeString(folder.resolve("categories.csv"),
        "id,name_en,name_zh\na,Alpha,甲\nb,Beta,乙\nc,Gamma,丙\nd,Delta,丁\ne,Epsilon,戊\nf,Zeta,己\n");
    dataset = TestDatasets.read(folder);
  }

  @Test
  void theCoverNamesTheDatesAndCategoriesOfTheSelection() throws Exception {
    Selection selection = new Selection(List.of(), List.of("a", "b", "c"), LocalDate.of(2010, 1, 1),
        LocalDate.of(2012, 12, 31));
    String english = plain(xhtml(selection, "en"));
    // 2010 is a, 2011 b, 2012 c: three of the twenty measures
    assertThat(english).contains("Measures dated 1 January 2010 to 31 December 2012")
        .contains("Categories: Alpha, Beta and Gamma")
        .contains("France: 1 policy document and 3 measures in this selection.")
        .contains("with 3 measures in 3 of the dataset’s 6 policy categories.")
        .doesNotContain("in this dataset").doesNotContain("classified by a taxonomy");
    String chinese = plain(xhtml(selection, "zh-Hans"));
    assertThat(chinese).contains("措施日期：2010年1月1日至2012年12月31日").contains("所选类别：甲、乙、丙")
        .contains("属于数据集6个政策类别中所选的3个。")
        .contains("法国在所选范围内共有");
    assertThat(plain(xhtml(selection, "zh-Hant"))).contains("所選類別：甲、乙、丙").contains("法國在所選範圍內共有");
  }

  @Test
  void anOpenRangeAndManyCategoriesAreSaidShortly() throws Exception {
    Selection from = new Selection(List.of(), List.of("a", "b", "c", "d", "e"), LocalDate.of(2020, 1, 1), null);
    assertThat(plain(xhtml(from, "en"))).contains("Measures dated 1 January 2020 or later")
        .contains("5 of the 6 categories").doesNotContain("Categories:");
    Selection to = new Selection(List.of(), List.of(), null, LocalDate.of(2009, 12, 31));
    assertThat(plain(xhtml(to, "en"))).contains("Measures dated up to 31 December 2009")
        .contains("France: 1 policy document and 4 measures in this selection.");
    assertThat(plain(xhtml(to, "zh-Hans"))).contains("措施日期：截至2009年12月31日");
  }

  @Test
  void aBriefingOfAllMeasuresOrOnlySomeCountriesHasNoSuchLine() throws Exception {
    for (Selection selection : List.of(Selection.ALL, new Selection(List.of("FR"), List.of(), null, null))) {
      assertThat(plain(xhtml(selection, "en"))).doesNotContain("Measures dated").doesNotContain("Categories:")
          .contains("France: 1 policy document and 20 measures in this dataset.")
          .contains("classified by a taxonomy of 6 policy categories.");
    }
  }

  private String xhtml(Selection selection, String language) throws Exception {
    Dataset selected = SelectionFilter.narrow(dataset, selection);
    return new BriefingRenderer().renderXhtml(selected, Analyzer.analyze(selected, selection),
        new BriefingSpec(LocalDate.of(2026, 11, 30), language, "", selection));
  }

  /** The XHTML's text: tags and the spacing marks between words and numbers taken out. */
  private static String plain(String xhtml) {
    return xhtml.replaceAll("<[^>]+>", "").replaceAll("[\\s\u00A0]+", " ").replaceAll("(?<=\\p{IsHan}|[：、]) | (?=\\p{IsHan})", "");
  }
}

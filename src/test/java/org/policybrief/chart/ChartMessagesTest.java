package org.policybrief.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The captions' texts for ties, in each language, as the briefing formats them (ICU). */
class ChartMessagesTest {

  private static String format(String language, String key, Object... args) throws Exception {
    Properties texts = new Properties();
    try (Reader in = new InputStreamReader(
        ChartMessagesTest.class.getResourceAsStream("/templates/messages/" + language + ".properties"),
        StandardCharsets.UTF_8)) {
      texts.load(in);
    }
    return new MessageFormat(texts.getProperty(key), ULocale.forLanguageTag(language)).format(args);
  }

  @Test
  void aTieIsSaidAsATie() throws Exception {
    assertThat(format("en", "chart.category-profile.title", "Germany", "2", "Health", "Finance", "50", "two", ""))
        .isEqualTo("Germany: “Health” and “Finance” have the largest share (50%\u00A0each)");
    assertThat(format("zh-Hans", "chart.category-profile.title", "德国", "2", "卫生", "金融", "50", "two", ""))
        .isEqualTo("德国的措施中，“卫生”和“金融”类占比并列最高（各 50%）");
    assertThat(format("zh-Hant", "chart.category-profile.title", "德國", "2", "衛生", "金融", "50", "two", ""))
        .isEqualTo("德國的措施中，「衛生」和「金融」類占比並列最高（各 50%）");
    assertThat(format("en", "chart.category-heatmap.title", "countries", "2", "Germany", "Finance", "Brazil", "Finance", "1"))
        .isEqualTo("Germany and Brazil have the most measures in “Finance” (1\u00A0each)");
    assertThat(format("en", "chart.category-bars.title", "4", "A", "B", "1", "1", "Health", "", "4", "many", "", "one", ""))
        .isEqualTo("4 countries and bodies share the most measures (1\u00A0each); “Health” is the largest category (4)");
    assertThat(format("zh-Hant", "chart.cumulative-timeline.title", "2024年12月", "2", "法國", "德國", "12", "two", ""))
        .isEqualTo("截至2024年12月，法國和德國累計措施並列最多（各 12 項）");
  }

  @Test
  void threeLeadersAreNamedAndATieOfAllIsSaidAsTheSameNumber() throws Exception {
    // three leaders were "3 countries share the most"; fourteen countries of 2 measures each
    // "14 countries share the most measures", a most that none of them had
    assertThat(format("en", "chart.category-bars.title", "3", "China", "France", "2", "2", "Health", "Finance", "3",
        "three", "Japan", "twoSame", ""))
        .isEqualTo("China, France and Japan have the most measures (2\u00A0each); "
            + "“Health” and “Finance” have the same number of measures (3\u00A0each)");
    assertThat(format("en", "chart.category-bars.title", "14", "China", "France", "2", "3", "A", "B", "14",
        "allSame", "", "three", "C"))
        .isEqualTo("All 14 countries and bodies have the same number of measures (2\u00A0each); "
            + "“A”, “B” and “C” are the largest categories (14\u00A0each)");
    assertThat(format("zh-Hans", "chart.category-bars.title", "14", "中国", "法国", "2", "3", "甲", "乙", "9",
        "allSame", "", "threeSame", "丙"))
        .isEqualTo("全部 14 个国家/组织的措施数量相同（各 2 项），“甲”、“乙”和“丙”类措施合计相同（各 9 项）");
    assertThat(format("zh-Hant", "chart.category-bars.title", "3", "中國", "法國", "2", "2", "甲", "乙", "9",
        "three", "日本", "two", ""))
        .isEqualTo("中國、法國和日本的措施並列最多（各 2 項），「甲」和「乙」類措施合計並列最多（各 9 項）");
    assertThat(format("en", "chart.cumulative-timeline.title", "Mar 2025", "2", "China", "France", "3", "twoSame", ""))
        .isEqualTo("By Mar 2025, China and France had the same number of measures (3\u00A0each)");
    assertThat(format("zh-Hant", "chart.cumulative-timeline.title", "2025年3月", "5", "中國", "法國", "3", "allSame", ""))
        .isEqualTo("截至2025年3月，全部 5 個國家/組織累計措施數量相同（各 3 項）");
    assertThat(format("en", "chart.category-profile.title", "China", "3", "A", "B", "33", "threeSame", "C"))
        .isEqualTo("China: “A”, “B” and “C” have equal shares (33%\u00A0each)");
    assertThat(format("zh-Hans", "chart.category-profile.title", "中国", "4", "甲", "乙", "25", "allSame", ""))
        .isEqualTo("中国的措施中，全部 4 个类别占比相同（各 25%）");
    assertThat(format("en", "chart.category-heatmap.title", "all", "6", "China", "A", "China", "B", "1"))
        .isEqualTo("Every country or body has the same number of measures in every category (1\u00A0each)");
    assertThat(format("zh-Hant", "chart.category-heatmap.title", "aloneAll", "3", "法國", "甲", "法國", "乙", "1"))
        .isEqualTo("法國在各類別的措施數量相同（各 1 項）");
  }

  @Test
  void aSingleLeaderReadsAsBefore() throws Exception {
    assertThat(format("en", "chart.cumulative-timeline.title", "Dec 2024", "1", "France", "", "12", "one", ""))
        .isEqualTo("By Dec 2024, France had the most measures (12)");
    assertThat(format("zh-Hans", "chart.category-heatmap.title", "one", "1", "德国", "卫生", "德国", "卫生", "3"))
        .isEqualTo("德国在“卫生”类的措施最多（3 项）");
  }

  @Test
  void aLoneCountryIsComparedWithNothing() throws Exception {
    assertThat(format("en", "chart.category-bars.title", "alone", "France", "", "9", "1", "Health", "", "4", "alone", "", "one", ""))
        .isEqualTo("France: 9 measures; “Health” is the largest category (4)");
    assertThat(format("zh-Hans", "chart.category-bars.title", "alone", "法国", "", "9", "1", "卫生", "", "4", "alone", "", "one", ""))
        .isEqualTo("法国共有 9 项措施，“卫生”类措施合计最多（4 项）");
    assertThat(format("zh-Hant", "chart.category-bars.title", "alone", "法國", "", "9", "1", "衛生", "", "4", "alone", "", "one", ""))
        .isEqualTo("法國共有 9 項措施，「衛生」類措施合計最多（4 項）");
    assertThat(format("en", "chart.cumulative-timeline.title", "Mar 2025", "alone", "France", "", "9", "alone", ""))
        .isEqualTo("By Mar 2025, France had 9 measures");
    assertThat(format("en", "chart.cumulative-timeline.title", "Mar 2025", "alone", "France", "", "1", "alone", ""))
        .isEqualTo("By Mar 2025, France had 1 measure");
    assertThat(format("zh-Hans", "chart.cumulative-timeline.title", "2025年3月", "alone", "法国", "", "9", "alone", ""))
        .isEqualTo("截至2025年3月，法国累计措施 9 项");
    assertThat(format("zh-Hant", "chart.cumulative-timeline.title", "2025年3月", "alone", "法國", "", "9", "alone", ""))
        .isEqualTo("截至2025年3月，法國累計措施 9 項");
    assertThat(format("en", "chart.category-heatmap.title", "alone", "1", "France", "Health", "France", "Health", "4"))
        .isEqualTo("France: most measures in “Health” (4)");
    assertThat(format("zh-Hans", "chart.category-heatmap.title", "aloneCategories", "2", "法国", "卫生", "法国", "金融", "4"))
        .isEqualTo("法国的措施以“卫生”和“金融”类并列最多（各 4 项）");
    assertThat(format("zh-Hant", "chart.category-heatmap.title", "aloneOther", "3", "法國", "衛生", "法國", "金融", "4"))
        .isEqualTo("法國的措施有 3 個類別並列最多（各 4 項）");
    for (String language : new String[] {"en", "zh-Hans", "zh-Hant"}) {
      assertThat(format(language, "chart.category-profile.title", "France", "alone", "Health", "", "100", "alone", ""))
          .as(language).contains("Health").contains("100%").doesNotContain("alone");
    }
  }

  @Test
  void measuresScheduledAfterTheCutoffAreCountedAsScheduled() throws Exception {
    assertThat(format("en", "chart.cumulative-timeline.title.scheduled", "Dec 2030", "2", "France", "Germany", "9", "two", ""))
        .isEqualTo("Counting measures scheduled to take effect up to Dec 2030, France and Germany have the most measures (9\u00A0each)");
    assertThat(format("zh-Hans", "chart.cumulative-timeline.title.scheduled", "2030年12月", "alone", "法国", "", "9", "alone", ""))
        .isEqualTo("计入截至2030年12月预定生效的措施，法国累计措施 9 项");
    assertThat(format("zh-Hant", "chart.cumulative-timeline.title.scheduled", "2030年12月", "1", "法國", "", "9", "one", ""))
        .isEqualTo("計入截至2030年12月預定生效的措施，法國累計措施最多（9 項）");
    assertThat(format("en", "chart.cumulative-timeline.subtitle.scheduled", "Jun 2026", "Dec 2030", "by month", "Nov 2026"))
        .isEqualTo("Cumulative measures per country, by month; unit: measures; Jun 2026 to Dec 2030 (after Nov 2026: scheduled to take effect)");
    assertThat(format("zh-Hans", "chart.cumulative-timeline.subtitle.scheduled", "2026年6月", "2030年12月", "逐月", "2026年11月"))
        .isEqualTo("各国家/组织逐月累计措施数量；单位：项；2026年6月至2030年12月，2026年11月后为预定生效");
  }

  @Test
  void leadersSummedAsOtherCategoriesAreSaidAfterTheCaption() throws Exception {
    assertThat(format("en", "chart.leadersInOther", "some", "7", "Other categories"))
        .isEqualTo(", 7 of them counted in “Other categories”");
    assertThat(format("en", "chart.leadersInOther", "allTwo", "2", "Other categories"))
        .isEqualTo(", both counted in “Other categories”");
    assertThat(format("en", "chart.leadersInOther", "none", "0", "Other categories")).isEmpty();
    assertThat(format("zh-Hans", "chart.leadersInOther", "some", "7", "其他类别")).isEqualTo("，其中 7 个计入“其他类别”");
    assertThat(format("zh-Hans", "chart.category-heatmap.leadersInOther", "some", "7", "其他类别"))
        .isEqualTo("，其中 7 组计入“其他类别”");
    assertThat(format("zh-Hant", "chart.leadersInOther", "allOne", "1", "其他類別")).isEqualTo("，計入「其他類別」");
    assertThat(format("zh-Hant", "chart.category-heatmap.leadersInOther", "none", "0", "其他類別")).isEmpty();
  }
}

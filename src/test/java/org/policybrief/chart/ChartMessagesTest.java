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
    assertThat(format("en", "chart.category-profile.title", "Germany", "2", "Health", "Finance", "50"))
        .isEqualTo("Of the measures of Germany, \"Health\" and \"Finance\" have the largest share (50% each)");
    assertThat(format("zh-Hans", "chart.category-profile.title", "德国", "2", "卫生", "金融", "50"))
        .isEqualTo("德国的措施中，“卫生”和“金融”类占比并列最高（各 50%）");
    assertThat(format("zh-Hant", "chart.category-profile.title", "德國", "2", "衛生", "金融", "50"))
        .isEqualTo("德國的措施中，「衛生」和「金融」類占比並列最高（各 50%）");
    assertThat(format("en", "chart.category-heatmap.title", "countries", "2", "Germany", "Finance", "Brazil", "Finance", "1"))
        .isEqualTo("Germany and Brazil have the most measures in \"Finance\" (1 each)");
    assertThat(format("en", "chart.category-bars.title", "3", "A", "B", "1", "1", "Health", "", "4"))
        .isEqualTo("3 countries share the most measures (1 each); \"Health\" is the largest category (4)");
    assertThat(format("zh-Hant", "chart.cumulative-timeline.title", "2024年12月", "2", "法國", "德國", "12"))
        .isEqualTo("截至2024年12月，法國和德國累計措施並列最多（各 12 項）");
  }

  @Test
  void aSingleLeaderReadsAsBefore() throws Exception {
    assertThat(format("en", "chart.cumulative-timeline.title", "Dec 2024", "1", "France", "", "12"))
        .isEqualTo("By Dec 2024, France had the most measures (12)");
    assertThat(format("zh-Hans", "chart.category-heatmap.title", "one", "1", "德国", "卫生", "德国", "卫生", "3"))
        .isEqualTo("德国在“卫生”类的措施最多（3 项）");
  }
}

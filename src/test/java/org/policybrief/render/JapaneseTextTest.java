package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybrief.TestData;
import org.policybrief.TestDatasets;
import org.policybrief.model.BriefingSpec;
import org.policybrief.model.Dataset;

/** Japanese titles and summaries (a Japanese document's own words) print as written in both Chinese editions. */
class JapaneseTextTest {

  @TempDir Path folder;

  @Test
  void japaneseTextIsNotConvertedAsChinese() throws Exception {
    Files.writeString(folder.resolve("documents.csv"), """
        id,country,title_zh,date
        J1,JP,人工知能基本計画,2025-12-23
        C1,CN,日本国会通过《人工知能関連技術の研究開発及び活用の推進に関する法律》,2025-06-01
        """);
    Files.writeString(folder.resolve("measures.csv"), """
        id,document,category,title_zh,summary_zh
        J1-1,J1,a,AI戦略本部の設置,内閣にAI戦略本部を置く。
        C1-1,C1,a,说明,介绍日本的法律。
        """);
    Files.writeString(folder.resolve("categories.csv"), "id,name_zh\na,日本語の政策\n");
    Dataset dataset = TestDatasets.read(folder);

    for (String lang : new String[] {"zh-Hans", "zh-Hant"}) {
      String text = TestData.text(new BriefingRenderer().render(dataset, TestDatasets.analyze(dataset),
          new BriefingSpec(LocalDate.of(2026, 11, 30), lang, "")).pdf());
      // the Simplified edition printed AI戦略本部の设置 and 日本语の政策, the Traditional one 內閣に
      assertThat(text).as(lang).contains("AI戦略本部の設置", "内閣にAI戦略本部を置く", "日本語の政策")
          .doesNotContain("设置").doesNotContain("內閣").doesNotContain("日本语");
    }
    // Chinese text quoting a Japanese name is still Chinese around the name: the Traditional edition converts it
    String traditional = TestData.text(new BriefingRenderer().render(dataset, TestDatasets.analyze(dataset),
        new BriefingSpec(LocalDate.of(2026, 11, 30), "zh-Hant", "")).pdf());
    assertThat(traditional).contains("日本國會通過《人工知能関連技術の研究開発及び活用の推進に関する法律》");
  }
}

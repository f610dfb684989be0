package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TraditionalChineseTest {

  @Test
  void convertsPhrasesToTaiwanForms() {
    // 着 in every reading: it is not in Big5
    assertThat(TraditionalChinese.convert("这意味着着手落实")).isEqualTo("這意味著著手落實");
    assertThat(TraditionalChinese.convert("国际数据治理以此为准，里面")).isEqualTo("國際數據治理以此為準，裡面");
  }

  @Test
  void quotesWithCornerBrackets() {
    assertThat(TraditionalChinese.convert("第一支柱“加速人工智能创新”，America’s plan"))
        .isEqualTo("第一支柱「加速人工智能創新」，America’s plan");
  }

  @Test
  void keepsPolicyVocabularyRatherThanSoftwareIdioms() {
    assertThat(TraditionalChinese.convert("政策文件")).isEqualTo("政策文件");
  }

  @Test
  void leavesTraditionalAndLatinTextAsItIs() {
    assertThat(TraditionalChinese.convert("國際資料治理，後來乾淨")).isEqualTo("國際資料治理，後來乾淨");
    assertThat(TraditionalChinese.convert("AI Action Plan")).isEqualTo("AI Action Plan");
  }
}

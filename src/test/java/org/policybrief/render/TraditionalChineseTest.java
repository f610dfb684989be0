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
  void readsThePhrasesACharacterBelongsTo() {
    // from the start alone, 体制 "system" took the 制 of 制造 "manufacture", and 台湾台风 lost 颱
    assertThat(TraditionalChinese.convert("重振半导体制造业，简化半导体制造设施审批"))
        .isEqualTo("重振半導體製造業，簡化半導體製造設施審批");
    assertThat(TraditionalChinese.convert("台湾台风过后")).isEqualTo("臺灣颱風過後");
    assertThat(TraditionalChinese.convert("头发和发展，面对干部")).isEqualTo("頭髮和發展，面對幹部");
  }

  @Test
  void writesTaiwansFormOfEveryReading() {
    // 麪 and 纔 are the phrase table's readings of 面 and 才; Taiwan writes 麵 and 才
    assertThat(TraditionalChinese.convert("方便面和面条，刚才")).isEqualTo("方便麵和麵條，剛才");
    assertThat(TraditionalChinese.convert("面对人才，里面")).isEqualTo("面對人才，裡面");
  }

  @Test
  void quotesWithCornerBrackets() {
    assertThat(TraditionalChinese.convert("第一支柱“加速人工智能创新”，America’s plan"))
        .isEqualTo("第一支柱「加速人工智能創新」，America’s plan");
  }

  @Test
  void quotesInsideQuotesWithDoubleCornerBrackets() {
    assertThat(TraditionalChinese.convert("提出“推广‘设计即安全’的技术”，America’s plan"))
        .isEqualTo("提出「推廣『設計即安全』的技術」，America’s plan");
    assertThat(TraditionalChinese.convert("‘America’s AI’计划，the States’ plan"))
        .isEqualTo("『America’s AI』計劃，the States’ plan");
    // a ’ between letters closes the ‘ that no other ’ closes
    assertThat(TraditionalChinese.convert("提出‘可信AI’OpenAI和‘AI’Agent概念"))
        .isEqualTo("提出『可信AI』OpenAI和『AI』Agent概念");
  }

  @Test
  void quotesTraditionalTextWithCornerBracketsToo() {
    assertThat(TraditionalChinese.convert("在計劃確立的“向善為民、尊重主權”原則中，‘發展導向’居中心"))
        .isEqualTo("在計劃確立的「向善為民、尊重主權」原則中，『發展導向』居中心");
    assertThat(TraditionalChinese.convert("“America’s AI”")).isEqualTo("“America’s AI”");
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

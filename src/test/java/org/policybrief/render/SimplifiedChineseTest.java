package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimplifiedChineseTest {

  @Test
  void convertsTraditionalTextByPhraseThenCharacter() {
    assertThat(SimplifiedChinese.convert("臺灣的國際數據治理，後來為之")).isEqualTo("台湾的国际数据治理，后来为之");
    // a phrase of the table keeps the character's other reading
    assertThat(SimplifiedChinese.convert("乾隆年間一目瞭然")).isEqualTo("乾隆年间一目了然");
  }

  @Test
  void convertsTraditionalTextThatUsesCharactersBothScriptsWrite() {
    // 台, 于, 后, 里, 范 are Traditional too: opencc4j's tables end their lines in CR LF, and the CR
    // made them characters only Simplified writes, which kept these texts Traditional
    assertThat(SimplifiedChinese.convert("台灣的國際數據")).isEqualTo("台湾的国际数据");
    assertThat(SimplifiedChinese.convert("位於台北的資訊公司，皇后與范氏")).isEqualTo("位于台北的资讯公司，皇后与范氏");
    assertThat(SimplifiedChinese.convert("關于AI的全球討論")).isEqualTo("关于AI的全球讨论");
  }

  @Test
  void quotesAsTheMainlandDoes() {
    assertThat(SimplifiedChinese.convert("第一支柱「加速人工智慧創新」與『開放』"))
        .isEqualTo("第一支柱“加速人工智慧创新”与‘开放’");
  }

  @Test
  void leavesSimplifiedAndLatinTextAsItIs() {
    // 乾 and 著 are Simplified too, in these readings
    assertThat(SimplifiedChinese.convert("乾坤与显著的发展")).isEqualTo("乾坤与显著的发展");
    assertThat(SimplifiedChinese.convert("AI Action Plan")).isEqualTo("AI Action Plan");
    assertThat(SimplifiedChinese.convert("")).isEmpty();
  }

  @Test
  void quotesSimplifiedTextAsTheMainlandDoesToo() {
    assertThat(SimplifiedChinese.convert("乾坤与显著的发展「引号」与『嵌套』"))
        .isEqualTo("乾坤与显著的发展“引号”与‘嵌套’");
    assertThat(SimplifiedChinese.convert("国際合作「提案」")).isEqualTo("国際合作“提案”");
  }

  @Test
  void mixedTextIsLeftAsItIs() {
    // one character only Simplified writes: the author wrote Simplified, with a variant or two
    assertThat(SimplifiedChinese.convert("国際合作")).isEqualTo("国際合作");
  }

  @Test
  void traditionalTextWithAStraySimplifiedCharacterIsConverted() {
    // machine-converted text keeps a 并 or 灶 here and there
    assertThat(SimplifiedChinese.convert("力求重塑并強化美國在全球人工智能領域的領先地位"))
        .isEqualTo("力求重塑并强化美国在全球人工智能领域的领先地位");
    // as many Simplified-only characters as Traditional-only ones: Simplified with variants
    assertThat(SimplifiedChinese.convert("国際合作与發")).isEqualTo("国際合作与發");
  }

  @Test
  void charactersOutsideTheBasicPlaneSurvive() {
    assertThat(SimplifiedChinese.convert("國際𠀀合作😀")).isEqualTo("国际𠀀合作😀");
  }
}

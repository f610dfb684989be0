package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FullWidthPunctuationTest {

  @Test
  void setsChinesePunctuationTypedHalfWidthFullWidth() {
    assertThat(FullWidthPunctuation.of("中方倡導AI發展和治理的全球合作,塑造有別於技術霸權主義的治理範式"))
        .isEqualTo("中方倡導AI發展和治理的全球合作，塑造有別於技術霸權主義的治理範式");
    assertThat(FullWidthPunctuation.of("提及:中國主要的領先模型都是開源的;是否足夠?是!"))
        .isEqualTo("提及：中國主要的領先模型都是開源的；是否足夠？是！");
    assertThat(FullWidthPunctuation.of("在“發展導向”居於中心地位中,“向善”,推動"))
        .isEqualTo("在“發展導向”居於中心地位中，“向善”，推動");
    assertThat(FullWidthPunctuation.of("美國AI,中國AI")).isEqualTo("美國AI，中國AI");
    assertThat(FullWidthPunctuation.of("中國, 美國和日本")).isEqualTo("中國，美國和日本");
  }

  @Test
  void setsBracketsInChineseTextFullWidth() {
    assertThat(FullWidthPunctuation.of("人工智能(AI)政策;亞太經濟合作組織(APEC)會議"))
        .isEqualTo("人工智能（AI）政策；亞太經濟合作組織（APEC）會議");
    assertThat(FullWidthPunctuation.of("(作者是清華大學副院長)")).isEqualTo("（作者是清華大學副院長）");
    assertThat(FullWidthPunctuation.of("(APEC)會議")).isEqualTo("（APEC）會議");
    assertThat(FullWidthPunctuation.of("OpenAI(美國(US))")).isEqualTo("OpenAI（美國（US））");
  }

  @Test
  void setsAFullStopEndingAChineseSentenceFullWidth() {
    assertThat(FullWidthPunctuation.of("并称安全同样重要.")).isEqualTo("并称安全同样重要。");
    assertThat(FullWidthPunctuation.of("同样重要. 下一句")).isEqualTo("同样重要。下一句");
    assertThat(FullWidthPunctuation.of("AI戦略本部の設置.")).isEqualTo("AI戦略本部の設置。");
  }

  @Test
  void setsAnEllipsisInChineseTextAsTheChineseOne() {
    assertThat(FullWidthPunctuation.of("促进发展...")).isEqualTo("促进发展……");
    assertThat(FullWidthPunctuation.of("促进发展......等")).isEqualTo("促进发展……等");
    assertThat(FullWidthPunctuation.of("促进发展…等")).isEqualTo("促进发展……等");
    assertThat(FullWidthPunctuation.of("促进发展……等")).isEqualTo("促进发展……等");
    assertThat(FullWidthPunctuation.of("促进⋯⋯发展")).isEqualTo("促进……发展");
    assertThat(FullWidthPunctuation.of("数据、算力…… 以及")).isEqualTo("数据、算力…… 以及");
  }

  @Test
  void leavesLatinTextNumbersAndAddressesAlone() {
    for (String text : new String[] {"ISO/IEC 27001:2022及CNS 27001標準", "NT$1,200,000元",
        "https://example.org/a?b=1;c=2", "Paris, France (2025): yes?", "人工智能, which means AI",
        "比例: 50%", "培养人才１０,０００名", "时间为１２:３０", "GPT-4(o)模型", "f(x)", "政府.中国", "見附件1.", "the word 中国 ends. Then", "(unclosed 中", "中)",
        "and so on...", "Wait… 中国", "版本1.2...3", "www.政府.中国"}) {
      assertThat(FullWidthPunctuation.of(text)).as(text).isEqualTo(text);
    }
  }
}

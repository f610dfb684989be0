package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HanLatinSpacingTest {

  @Test
  void aLatinWordBesideHanGetsOneSpace() {
    assertThat(HanLatinSpacing.of("主要集中于Safety governance（8 项）")).isEqualTo("主要集中于 Safety governance（8 项）");
    assertThat(HanLatinSpacing.of("采用AI治理")).isEqualTo("采用 AI 治理");
    assertThat(HanLatinSpacing.of("美國AI行動計畫")).isEqualTo("美國 AI 行動計畫");
    assertThat(HanLatinSpacing.of("推进5G网络与COVID-19疫情应对")).isEqualTo("推进 5G 网络与 COVID-19 疫情应对");
    assertThat(HanLatinSpacing.of("根据Café法")).isEqualTo("根据 Café 法");
  }

  @Test
  void aWordAlreadySetOffOrBesidePunctuationIsLeftAlone() {
    assertThat(HanLatinSpacing.of("人工智能 AI 治理")).isEqualTo("人工智能 AI 治理");
    assertThat(HanLatinSpacing.of("人工智能（AI）政策，OECD、G7等")).isEqualTo("人工智能（AI）政策，OECD、G7 等");
    assertThat(HanLatinSpacing.of("Plain English text.")).isEqualTo("Plain English text.");
  }

  @Test
  void numbersAndFullWidthLettersStaySolid() {
    assertThat(HanLatinSpacing.of("2025年7月第3期，占40%")).isEqualTo("2025年7月第3期，占40%");
    assertThat(HanLatinSpacing.of("采用ＡＩ治理")).isEqualTo("采用ＡＩ治理");
  }

  @Test
  void anAddressKeepsItsChineseParts() {
    assertThat(HanLatinSpacing.of("详见https://例子.中国/AI政策。")).isEqualTo("详见 https://例子.中国/AI政策。");
    assertThat(HanLatinSpacing.of("网址：www.gov.cn")).isEqualTo("网址：www.gov.cn");
    assertThat(HanLatinSpacing.of("政府.中国")).isEqualTo("政府.中国");
    assertThat(HanLatinSpacing.of("访问“https://www.gov.cn/zhengce”了解AI政策"))
        .isEqualTo("访问“https://www.gov.cn/zhengce”了解 AI 政策");
  }

  @Test
  void aNumberThatEndsACodeIsSetOffAsItsCodeIs() {
    assertThat(HanLatinSpacing.of("符合GB/T 35273-2020标准与ISO/IEC 42001认证"))
        .isEqualTo("符合 GB/T 35273-2020 标准与 ISO/IEC 42001 认证");
    assertThat(HanLatinSpacing.of("NIST AI RMF 1.0框架、E.O. 14179行政令、Wi-Fi 6和5G"))
        .isEqualTo("NIST AI RMF 1.0 框架、E.O. 14179 行政令、Wi-Fi 6 和 5G");
    assertThat(HanLatinSpacing.of("通过ISO/IEC 27001:2022认证，于10:30开始")).isEqualTo("通过 ISO/IEC 27001:2022 认证，于10:30开始");
    assertThat(HanLatinSpacing.of("发布AI 2025年度报告，第 3期")).isEqualTo("发布 AI 2025年度报告，第 3期");
  }

  @Test
  void aWordBesideJapaneseIsLeftAsWritten() {
    assertThat(HanLatinSpacing.of("日本のAI戦略与AI戦略本部の設置")).isEqualTo("日本のAI戦略与AI戦略本部の設置");
    assertThat(HanLatinSpacing.of("日本AI戦略与中国AI政策")).isEqualTo("日本 AI 戦略与中国 AI 政策");
  }

  @Test
  void theSignsThatEndAWordGoWithIt() {
    assertThat(HanLatinSpacing.of("采用C++与C#语言")).isEqualTo("采用 C++ 与 C# 语言");
    assertThat(HanLatinSpacing.of("推进AI+制造")).isEqualTo("推进 AI+制造");
    assertThat(HanLatinSpacing.of("覆盖100+国家")).isEqualTo("覆盖100+国家");
  }
}

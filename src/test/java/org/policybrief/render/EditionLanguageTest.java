package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.policybrief.model.Text;

class EditionLanguageTest {

  private final EditionLanguage hans = EditionLanguage.of("zh-Hans", null);
  private final EditionLanguage hant = EditionLanguage.of("zh-Hant", null);
  private final EditionLanguage en = EditionLanguage.of("en", null);

  @Test
  void writesDatesPerLanguage() {
    LocalDate date = LocalDate.of(2026, 11, 30);
    assertThat(hans.date(date)).isEqualTo("2026年11月30日");
    assertThat(hant.date(date)).isEqualTo("2026年11月30日");
    assertThat(en.date(date)).isEqualTo("30 November 2026");
  }

  @Test
  void groupsDigitsAsEachLanguageDoes() {
    assertThat(hans.number(1234)).isEqualTo("1234");
    assertThat(hans.number(12345)).isEqualTo("12,345");
    assertThat(en.number(1234)).isEqualTo("1,234");
  }

  @Test
  void numbersHeadings() {
    assertThat(hans.h1(3) + hans.h2(3, 2)).isEqualTo("三、（二）");
    assertThat(en.h1(3) + en.h2(3, 2)).isEqualTo("3 3.2 ");
  }

  @Test
  void picksTheEditionsColumnAndFlagsTheOther() {
    Text both = new Text("国际合作", "International cooperation");
    Text englishOnly = new Text("", "Skills");
    assertThat(hant.text(both)).isEqualTo("國際合作");
    assertThat(en.text(both)).isEqualTo("International cooperation");
    assertThat(hans.text(englishOnly)).isEqualTo("Skills");
    assertThat(hans.isFallback(englishOnly)).isTrue();
    assertThat(en.isFallback(englishOnly)).isFalse();
    assertThat(en.isFallback(new Text("培训", ""))).isTrue();
  }

  @Test
  void dropsVariationSelectorsAndZeroWidthBreakHints() {
    assertThat(en.plain("zero\u200Bwidth\u2060joined\uFEFF❤\uFE0F")).isEqualTo("zerowidthjoined❤");
    assertThat(hans.plain("人工\u200B智能")).isEqualTo("人工智能");
    // What the bidi algorithm and shaping need stays.
    assertThat(en.plain("\u2068abc\u2069 a\u200Db")).isEqualTo("\u2068abc\u2069 a\u200Db");
  }

  @Test
  void composesLettersTypedWithCombiningMarks() {
    assertThat(en.plain("Cafe\u0301 nai\u0308ve")).isEqualTo("Caf\u00E9 na\u00EFve");
    assertThat(hans.plain("越南 Vie\u0323\u0302t Nam")).isEqualTo("越南 Vi\u1EC7t Nam");
  }

  @Test
  void englishSaysSingularForOne() {
    assertThat(en.messages().get("country.intro", "France", "1", "12"))
        .isEqualTo("France: 1 policy document and 12 measures in this dataset.");
    assertThat(en.messages().get("matrix.source")).contains("briefing’s dataset");
    // a number keeps the Han word beside it on its line: no-break spaces
    assertThat(hans.messages().get("country.intro", "法国", "1", "12")).isEqualTo("法国共有\u00A01\u00A0份政策文件、12\u00A0项措施。");
  }

  @Test
  void aCountInAChartNoteKeepsItsSpaces() {
    // the note under a chart with more than 12 categories said 措施较少的19个类别, where every
    // other count stands apart (19 个类别)
    assertThat(hans.messages().get("chart.otherCategories.many", "19")).isEqualTo("其余\u00A019\u00A0个类别（各类别见表）");
    assertThat(hant.messages().get("chart.otherCategories.many", "19")).isEqualTo("其餘\u00A019\u00A0個類別（各類別見表）");
  }

  @Test
  void englishQuotesAndApostrophesAreTypographic() throws IOException {
    // captions quoted "Health" while the summary said “Countries” and the method document’s
    Properties texts = MessagesTest.read("en");
    for (String key : texts.stringPropertyNames()) {
      assertThat(texts.getProperty(key)).as(key).doesNotContain("\"", "'");
    }
    assertThat(en.messages().get("fig.noteItem", "Industry…", "Industry applications"))
        .isEqualTo("“Industry…” stands for “Industry applications”");
  }

  @Test
  void fixedTextOfTheEnglishEditionHasNoChinese() {
    assertThat(en.messages().get("summary.intro", 1, 2, 3, 4)).doesNotContainPattern("\\p{IsHan}");
  }

  @Test
  void leavesJapaneseAsWrittenAndConvertsTheChineseAroundIt() {
    // 設 and 語 are Traditional Chinese too, 内 Simplified: the kana say the words are Japanese
    assertThat(hans.plain("AI戦略本部の設置")).isEqualTo("AI戦略本部の設置");
    assertThat(hant.plain("内閣にAI戦略本部を置く。")).isEqualTo("内閣にAI戦略本部を置く。");
    assertThat(hant.plain("日本国会通过“人工知能関連技術の推進に関する法律”，推动发展"))
        .isEqualTo("日本國會通過「人工知能関連技術の推進に関する法律」，推動發展");
    assertThat(hans.plain("臺灣引用「日本語の資料」後發展")).isEqualTo("台湾引用“日本語の資料”后发展");
  }
}

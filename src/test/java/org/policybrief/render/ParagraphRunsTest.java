package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policybrief.render.ParagraphRuns.Run;

class ParagraphRunsTest {

  @Test
  void aLatinNameInChineseIsOneSolidRun() {
    // the space between its words was the line's only one and took four fifths of its slack
    // (较多的是 Safety␣␣␣␣␣governance)
    assertThat(ParagraphRuns.of("主要集中于 Safety governance（8\u00A0项）。")).containsExactly(
        new Run("主要集中于", false), new Run(" Safety governance", true), new Run("（8\u00A0项）。", true));
  }

  @Test
  void aLongEnglishTitleInChineseSpreadsItsSlackIntoItsSpaces() {
    assertThat(ParagraphRuns.of("美国：Accelerating Federal Permitting of Data Center Infrastructure 英"))
        .contains(new Run(" ", false)).extracting(Run::text).doesNotContain(
            "Accelerating Federal Permitting of Data Center Infrastructure");
  }

  @Test
  void theSpaceBetweenAWordAndAHanCharacterGoesWithTheWord() {
    // in a justified line it was the only space and took four fifths of the slack (于␣␣␣␣␣Safety)
    assertThat(ParagraphRuns.of("澳洲：主要集中于 Safety（4\u00A0项）、Health 等类别，以及 AI 政策。")).containsExactly(
        new Run("澳洲：主要集中于", false), new Run(" Safety", true), new Run("（4\u00A0项）、", true),
        new Run("Health ", true), new Run("等类别，以及", false), new Run(" AI ", true),
        new Run("政策。", false, true));
  }

  @Test
  void punctuationThatMayNotEndOrStartALineGoesWithTheWord() {
    assertThat(ParagraphRuns.of("见“https://example.org”，共")).containsExactly(
        new Run("见", false), new Run("“https://example.org”，", true), new Run("共", false));
  }

  @Test
  void aNoBreakSpaceKeepsItsHanCharacterInTheRun() {
    assertThat(ParagraphRuns.of("文件、Policy\u00A0项")).containsExactly(
        new Run("文件、", false), new Run("Policy\u00A0项", true));
  }

  @Test
  void anEnglishTextIsOneRunWhateverItsPunctuation() {
    // an apostrophe or a dash, which Chinese uses too, cut English into runs (country’ / s)
    String text = "Figure 4 shows each country’s category profile — “all” of it…";
    assertThat(ParagraphRuns.of(text)).containsExactly(new Run(text, false));
  }

  @Test
  void aNumberTiedToItsHanCharactersIsSolidAndShortAbbreviationsAreLeftToTheLine() {
    // openhtmltopdf widens a no-break space with the line's slack (美国：4␣␣␣份文件); (AI) has none
    assertThat(ParagraphRuns.of("本简报比较\u00A02\u00A0个国家的人工智能（AI）政策，共\u00A047\u00A0项措施。"))
        .containsExactly(new Run("本简报比", false), new Run("较\u00A02\u00A0个", true),
            new Run("国家的人工智能（AI）政策，", false), new Run("共\u00A047\u00A0项", true),
            new Run("措施。", false, true));
  }

  @Test
  void aShortRunSetOffBySpacesKeepsThemAtTheirWidth() {
    // its spaces were the line's only ones and took four fifths of its slack (美国␣␣␣AI␣␣␣行动计划)
    assertThat(ParagraphRuns.of("美国 AI 行动计划共 3 项措施，见附表。")).containsExactly(
        new Run("美国", false), new Run(" AI ", true), new Run("行动计划共", false), new Run(" 3 ", true),
        new Run("项措施，见", false), new Run("附表。", false, true));
  }

  @Test
  void theLastTwoHanCharactersAndTheirPunctuationStayTogether() {
    assertThat(ParagraphRuns.of("按十二个政策类别归类。”")).containsExactly(
        new Run("按十二个政策类别", false), new Run("归类。”", false, true));
    // not after a word, nor in a text too short to break
    assertThat(ParagraphRuns.of("本期新增的措施见 Annex")).extracting(Run::keep).containsOnly(false);
    assertThat(ParagraphRuns.of("政策简报。")).containsExactly(new Run("政策简报。", false));
    // with the opening marks before them
    assertThat(ParagraphRuns.of("按十二个政策类别归类，（草案）。")).containsExactly(
        new Run("按十二个政策类别归类，", false), new Run("（草案）。", false, true));
  }

  @Test
  void aLongTailOfPunctuationIsNotKeptWithTheLastCharacters() {
    // four signs still go with them; sixty would not fit one line with them
    assertThat(ParagraphRuns.of("按十二个政策类别归类……”）")).last().isEqualTo(new Run("归类……”）", false, true));
    String dots = "测试标题中" + "。".repeat(60);
    assertThat(ParagraphRuns.of(dots)).containsExactly(new Run(dots, false));
  }

  @Test
  void textInOneScriptIsOneRun() {
    assertThat(ParagraphRuns.of("Policy briefing")).containsExactly(new Run("Policy briefing", false));
    assertThat(ParagraphRuns.of("政策简报")).containsExactly(new Run("政策简报", false));
  }

  @Test
  void anIsolatedNameStaysWholeInOneRun() {
    String isolated = "\u2068سياسة 人工智能 policy\u2069";
    List<Run> runs = ParagraphRuns.of("主要集中于 " + isolated + "（1\u00A0项）");
    assertThat(runs).containsExactly(new Run("主要集中于", false), new Run(" " + isolated, true),
        new Run("（1\u00A0项）", true));
  }

  @Test
  void rightToLeftTextOutsideAnIsolateIsNotCut() {
    String text = "سياسة الذكاء 人工智能 policy";
    assertThat(ParagraphRuns.of(text)).containsExactly(new Run(text, false));
  }
}

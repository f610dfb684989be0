package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policybrief.render.SolidRuns.Run;

class SolidRunsTest {

  @Test
  void aLatinWordInChineseIsOneSolidRun() {
    assertThat(SolidRuns.of("主要集中于 Safety governance（8\u202F项）。")).containsExactly(
        new Run("主要集中于 ", false), new Run("Safety", true), new Run(" ", false),
        new Run("governance", true), new Run("（8\u202F项）。", false));
  }

  @Test
  void punctuationThatMayNotEndOrStartALineGoesWithTheWord() {
    assertThat(SolidRuns.of("见“https://example.org”，共")).containsExactly(
        new Run("见", false), new Run("“https://example.org”，", true), new Run("共", false));
  }

  @Test
  void aNarrowNoBreakSpaceKeepsItsHanCharacterInTheRun() {
    assertThat(SolidRuns.of("文件、Policy\u202F项")).containsExactly(
        new Run("文件、", false), new Run("Policy\u202F项", true));
  }

  @Test
  void numbersAndShortAbbreviationsAreLeftToTheLine() {
    String text = "本简报比较\u202F2\u202F个国家的 AI 政策，共\u202F47\u202F项措施。";
    assertThat(SolidRuns.of(text)).containsExactly(new Run(text, false));
  }

  @Test
  void textInOneScriptIsOneRun() {
    assertThat(SolidRuns.of("Policy briefing")).containsExactly(new Run("Policy briefing", false));
    assertThat(SolidRuns.of("政策简报")).containsExactly(new Run("政策简报", false));
  }

  @Test
  void anIsolatedNameStaysWholeInOneRun() {
    String isolated = "\u2068سياسة 人工智能 policy\u2069";
    List<Run> runs = SolidRuns.of("主要集中于 " + isolated + "（1\u202F项）");
    assertThat(runs).containsExactly(new Run("主要集中于 ", false), new Run(isolated, true),
        new Run("（1\u202F项）", false));
  }

  @Test
  void rightToLeftTextOutsideAnIsolateIsNotCut() {
    String text = "سياسة الذكاء 人工智能 policy";
    assertThat(SolidRuns.of(text)).containsExactly(new Run(text, false));
  }
}

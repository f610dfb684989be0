package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How wide a text is, a line break inside a data text as a reader should see it, and a text cut short. */
class WideCharactersTest {

  @Test
  void aHanCharacterIsAboutTwiceAsWideAsALatinLetter() {
    assertThat(WideCharacters.ems("人工智能")).isEqualTo(4);
    assertThat(WideCharacters.ems("AI policy")).isEqualTo(5);
    assertThat(WideCharacters.ems("AI 政策")).isEqualTo(4);
  }

  @Test
  void aBreakBetweenTwoHanCharactersVanishes() {
    assertThat(WideCharacters.joinLines("包含换行\n第二行")).isEqualTo("包含换行第二行");
    assertThat(WideCharacters.joinLines("第一句。\r\n  第二句")).isEqualTo("第一句。第二句");
  }

  @Test
  void aBreakNextToOtherTextIsOneSpace() {
    assertThat(WideCharacters.joinLines("first line \n\n second")).isEqualTo("first line second");
    assertThat(WideCharacters.joinLines("人工智能\nAI 治理")).isEqualTo("人工智能 AI 治理");
    assertThat(WideCharacters.joinLines("\nedge\n")).isEqualTo("edge");
    assertThat(WideCharacters.joinLines("no break")).isEqualTo("no break");
  }

  @Test
  void aTextCutShortEndsInAnEllipsisWithinItsEms() {
    assertThat(WideCharacters.shortened("人工智能治理", 6)).isEqualTo("人工智能治理");
    assertThat(WideCharacters.shortened("人工智能，治理行动计划", 6)).isEqualTo("人工智能…");
    assertThat(WideCharacters.shortened("global governance of artificial intelligence", 12))
        .isEqualTo("global governance of…");
    assertThat(WideCharacters.ems(WideCharacters.shortened("人工智能全球治理行动计划".repeat(10), 64))).isLessThanOrEqualTo(64);
  }
}

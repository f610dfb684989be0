package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The spacing rules of Chinese messages. */
class MessagesTest {

  @Test
  void aLatinWordBesideHanGetsOneSpace() {
    assertThat(Messages.spaceLatinFromHan("主要集中于Safety governance（8 项）"))
        .isEqualTo("主要集中于 Safety governance（8 项）");
    assertThat(Messages.spaceLatinFromHan("采用AI治理")).isEqualTo("采用 AI 治理");
    assertThat(Messages.spaceLatinFromHan("人工智能 AI 治理")).isEqualTo("人工智能 AI 治理");
  }

  @Test
  void numbersStayWithTheirWords() {
    assertThat(Messages.keepNumbersWithTheirWords("共 5 项")).isEqualTo("共\u202F5\u202F项");
  }
}

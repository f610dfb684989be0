package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhraseTableTest {

  private static final PhraseTable SIMPLIFIED_TO_TRADITIONAL = new PhraseTable("STPhrases.txt");

  @Test
  void findsTheLongestPhraseStartingOrEndingAtAPlace() {
    String text = "半导体制造业";
    // 体制 starts at 2, 制造业 at 3; 制造业 ends at 6, 制造 at 5; 半导体 is no phrase of the table
    assertThat(SIMPLIFIED_TO_TRADITIONAL.longestFrom(text, 2)).isEqualTo(2);
    assertThat(SIMPLIFIED_TO_TRADITIONAL.longestFrom(text, 3)).isEqualTo(3);
    assertThat(SIMPLIFIED_TO_TRADITIONAL.longestTo(text, 6)).isEqualTo(3);
    assertThat(SIMPLIFIED_TO_TRADITIONAL.longestTo(text, 5)).isEqualTo(2);
    assertThat(SIMPLIFIED_TO_TRADITIONAL.longestFrom(text, 0)).isZero();
    assertThat(SIMPLIFIED_TO_TRADITIONAL.get("制造")).isEqualTo("製造");
  }

  @Test
  void answersZeroWhereNoPhraseStartsOrEnds() {
    assertThat(SIMPLIFIED_TO_TRADITIONAL.longestFrom("AI治理", 0)).isZero();
    assertThat(SIMPLIFIED_TO_TRADITIONAL.longestTo("AI", 2)).isZero();
    assertThat(SIMPLIFIED_TO_TRADITIONAL.longestFrom("制", 0)).isZero(); // no room for a phrase
  }
}

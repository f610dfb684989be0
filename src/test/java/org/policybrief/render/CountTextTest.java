package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountTextTest {

  @Test
  void captionCountsAreGroupedAsTheEditionGroupsCounts() {
    EditionLanguage chinese = EditionLanguage.of("zh-Hans", null);
    EditionLanguage english = EditionLanguage.of("en", null);
    assertThat(CountText.format(chinese, "9999")).isEqualTo("9999");
    assertThat(CountText.format(chinese, "13011")).isEqualTo("13,011");
    assertThat(CountText.format(english, "9999")).isEqualTo("9,999");
  }

  @Test
  void whatIsNoCountStaysAsItIs() {
    EditionLanguage english = EditionLanguage.of("en", null);
    assertThat(CountText.format(english, "alone")).isEqualTo("alone");
    assertThat(CountText.format(english, "")).isEmpty();
    assertThat(CountText.format(english, "12a4")).isEqualTo("12a4");
    assertThat(CountText.format(english, "99999999999999999999")).isEqualTo("99999999999999999999");
  }
}

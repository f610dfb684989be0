package org.policybrief.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountryCodesTest {

  @Test
  void builtInNamesAreCldrsWhateverTheJdk() {
    // JDK 17 says Turkey, JDK 25 Türkiye: the briefing must not change with the JDK that runs it
    assertThat(CountryCodes.builtInName("TR")).isEqualTo(new Text("土耳其", "Türkiye"));
    assertThat(CountryCodes.builtInName("CN", BriefingSpec.TRADITIONAL_CHINESE)).isEqualTo("中國");
    assertThat(CountryCodes.builtInName("KR", BriefingSpec.ENGLISH)).isEqualTo("South Korea");
    assertThat(CountryCodes.builtInName("UN", BriefingSpec.SIMPLIFIED_CHINESE)).isEqualTo("联合国");
  }
}

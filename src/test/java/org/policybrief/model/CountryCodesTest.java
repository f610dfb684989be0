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

  @Test
  void theTraditionalNamesAreTaiwansShortOnes() {
    // CLDR's full forms are the mainland's, 中國香港特別行政區 and 巴勒斯坦自治區
    assertThat(CountryCodes.builtInName("HK", BriefingSpec.TRADITIONAL_CHINESE)).isEqualTo("香港");
    assertThat(CountryCodes.builtInName("MO", BriefingSpec.TRADITIONAL_CHINESE)).isEqualTo("澳門");
    assertThat(CountryCodes.builtInName("PS", BriefingSpec.TRADITIONAL_CHINESE)).isEqualTo("巴勒斯坦");
    assertThat(CountryCodes.builtInName("NZ", BriefingSpec.TRADITIONAL_CHINESE)).isEqualTo("紐西蘭");
    assertThat(CountryCodes.builtInName("EU", BriefingSpec.TRADITIONAL_CHINESE)).isEqualTo("歐盟");
    // the Simplified edition keeps the mainland's full form
    assertThat(CountryCodes.builtInName("HK", BriefingSpec.SIMPLIFIED_CHINESE)).isEqualTo("中国香港特别行政区");
  }

  @Test
  void aCodeNearlyRightIsNamedWithTheOneItStandsFor() {
    assertThat(CountryCodes.likelyMeant("br")).isEqualTo("BR");
    assertThat(CountryCodes.likelyMeant("UK")).isEqualTo("GB");
    assertThat(CountryCodes.likelyMeant("EL")).isEqualTo("GR");
    assertThat(CountryCodes.likelyMeant("eu")).isEqualTo("EU");
    assertThat(CountryCodes.likelyMeant("XX")).isEmpty();
    assertThat(CountryCodes.likelyMeant("CHN")).isEmpty();
  }
}

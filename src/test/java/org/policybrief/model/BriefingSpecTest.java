package org.policybrief.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BriefingSpecTest {

  private static final LocalDate DATE = LocalDate.of(2026, 11, 30);

  @Test
  void fileNameNamesLanguageAndSelection() {
    assertThat(new BriefingSpec(DATE, "zh-Hant", "").fileName()).isEqualTo("briefing-2026-11-30-zh-Hant.pdf");
    Selection selection = new Selection(List.of("CN", "US"), List.of("infra"), null, LocalDate.of(2025, 12, 31));
    assertThat(new BriefingSpec(DATE, "en", "", "", "", null, selection).fileName())
        .isEqualTo("briefing-2026-11-30-en-CN_US-infra-to2025-12-31.pdf");
  }

  @Test
  void aCountryOrCategoryNamedTwiceIsSelectedOnceAndNamesTheSameFile() {
    Selection twice = new Selection(List.of("CN", "CN"), List.of("infra", "infra"), null, null);
    assertThat(twice.countries()).containsExactly("CN");
    assertThat(new BriefingSpec(DATE, "en", "", "", "", null, twice).fileName())
        .isEqualTo("briefing-2026-11-30-en-CN-infra.pdf");
  }

  @Test
  void builtInCountryNamesInEachLanguage() {
    assertThat(CountryCodes.builtInName("CN", "zh-Hans")).isEqualTo("中国");
    assertThat(CountryCodes.builtInName("CN", "zh-Hant")).isEqualTo("中國");
    assertThat(CountryCodes.builtInName("EU", "zh-Hant")).isEqualTo("歐盟");
    assertThat(CountryCodes.builtInName("DE", "en")).isEqualTo("Germany");
  }
}

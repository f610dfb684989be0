package org.policybrief.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobIdsTest {

  private static final LocalDate EDITION = LocalDate.of(2026, 11, 30);

  @Test
  void aDownloadIsNamedAsGenerateNamesTheSameSelection() {
    assertThat(JobIds.fileName(EDITION, new OnDemandRequest("zh-Hant", List.of(), List.of("infra"), null, null)))
        .isEqualTo("briefing-2026-11-30-zh-Hant-infra.pdf");
    assertThat(JobIds.fileName(EDITION, new OnDemandRequest("en", List.of("CN", "US"), List.of(), null,
        LocalDate.of(2025, 12, 31)))).isEqualTo("briefing-2026-11-30-en-CN_US-to2025-12-31.pdf");
  }
}

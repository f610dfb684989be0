package org.policybrief.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IsoDateTest {

  @Test
  void aTextOfAnotherFormIsToldTheForm() {
    assertThat(IsoDate.whyNot("2025/07/26")).isEqualTo("expected YYYY-MM-DD, found \"2025/07/26\"");
    assertThat(IsoDate.whyNot("2025-7-3")).isEqualTo("expected YYYY-MM-DD, found \"2025-7-3\"");
  }

  @Test
  void aDayNumberAsExcelStoresADateIsToldForWhatItIs() {
    // a workbook's date column without a date format gave "found "45864"" and nothing more
    assertThat(IsoDate.whyNot("45864")).isEqualTo("expected YYYY-MM-DD, found \"45864\", which is how"
        + " Excel stores 2025-07-26: format the cells as dates, or write 2025-07-26");
    assertThat(IsoDate.whyNot("2025")).isEqualTo("expected YYYY-MM-DD, found \"2025\"");
  }

  @Test
  void aDayTheCalendarLacksIsSaidToBeOneNotToBeOfTheWrongForm() {
    // QA17: "2025-02-30" was "expected YYYY-MM-DD", which it is
    assertThat(IsoDate.whyNot("2025-02-30"))
        .isEqualTo("\"2025-02-30\" is no day of the calendar: February 2025 has 28 days");
    assertThat(IsoDate.whyNot("2024-02-30"))
        .isEqualTo("\"2024-02-30\" is no day of the calendar: February 2024 has 29 days");
    assertThat(IsoDate.whyNot("2025-04-00"))
        .isEqualTo("\"2025-04-00\" is no day of the calendar: there is no day 00");
    assertThat(IsoDate.whyNot("2025-26-07")).isEqualTo("\"2025-26-07\" is no day of the calendar:"
        + " there is no month 26, the month coming before the day in YYYY-MM-DD");
  }
}

package org.policybrief.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class TimeStepsTest {

  @Test
  void upToTenYearsEveryMonthIsAPoint() {
    TimeSteps steps = TimeSteps.of(YearMonth.of(2024, 1), YearMonth.of(2024, 12));

    assertThat(steps.monthly()).isTrue();
    assertThat(steps.count()).isEqualTo(12);
    assertThat(steps.index(YearMonth.of(2024, 5))).isEqualTo(4);
    assertThat(steps.start(11)).isEqualTo(YearMonth.of(2024, 12));
    assertThat(TimeSteps.of(YearMonth.of(2015, 1), YearMonth.of(2024, 12)).count()).isEqualTo(120);
  }

  @Test
  void longerSpansCountInCalendarYears() {
    TimeSteps steps = TimeSteps.of(YearMonth.of(2014, 6), YearMonth.of(2024, 7));

    assertThat(steps.yearsPerPoint()).isEqualTo(1);
    assertThat(steps.count()).isEqualTo(11);
    assertThat(steps.start(0)).isEqualTo(YearMonth.of(2014, 1));
    assertThat(steps.index(YearMonth.of(2024, 7))).isEqualTo(10);
  }

  @Test
  void aPlaceholderDateGivesFewPointsOfRoundLength() {
    TimeSteps steps = TimeSteps.of(YearMonth.of(2024, 2), YearMonth.of(9999, 12));

    assertThat(steps.count()).isLessThanOrEqualTo(TimeSteps.MAX_POINTS);
    assertThat(steps.yearsPerPoint()).isEqualTo(100);
    assertThat(steps.start(0)).isEqualTo(YearMonth.of(2000, 1));
    assertThat(steps.index(YearMonth.of(9999, 12))).isEqualTo(steps.count() - 1);
  }

  @Test
  void anyTwoDatesGiveABoundedTimeline() {
    TimeSteps widest = TimeSteps.of(YearMonth.of(0, 1), YearMonth.of(9999, 12));
    TimeSteps typo = TimeSteps.of(YearMonth.of(202, 3), YearMonth.of(2024, 1));

    assertThat(widest.count()).isBetween(2, TimeSteps.MAX_POINTS);
    assertThat(typo.count()).isBetween(2, TimeSteps.MAX_POINTS);
    assertThat(typo.yearsPerPoint()).isEqualTo(20);
  }

  @Test
  void roundNumbersGoOneTwoFive() {
    assertThat(TimeSteps.nextRound(1)).isEqualTo(2);
    assertThat(TimeSteps.nextRound(2)).isEqualTo(5);
    assertThat(TimeSteps.nextRound(5)).isEqualTo(10);
    assertThat(TimeSteps.nextRound(50)).isEqualTo(100);
  }
}

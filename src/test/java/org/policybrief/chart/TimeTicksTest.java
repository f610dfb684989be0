package org.policybrief.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TimeTicksTest {

  private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont(8f * ChartStyle.UNITS_PER_POINT);
  private static final Function<YearMonth, String> ENGLISH = m ->
      m.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH) + " " + m.getYear();
  private static final Function<YearMonth, String> CHINESE = m -> m.getYear() + "年" + m.getMonthValue() + "月";

  private static TimeTicks ticks(YearMonth first, YearMonth last, Function<YearMonth, String> names) {
    return TimeTicks.of(TimeSteps.of(first, last), names, FONT, ChartStyle.axisUnits() * 0.9);
  }

  @Test
  void twelveMonthsAreLabelledEveryMonthOrAtARegularStep() {
    TimeTicks ticks = ticks(YearMonth.of(2024, 1), YearMonth.of(2024, 12), ENGLISH);

    assertThat(ticks.labels()).hasSize(12);
    assertThat(ticks.step()).isIn(1, 2);
    List<String> expected = IntStream.range(0, 12)
        .mapToObj(i -> i % ticks.step() == 0 ? ENGLISH.apply(YearMonth.of(2024, i + 1)) : TimeTicks.BLANK)
        .toList();
    assertThat(ticks.labels()).isEqualTo(expected);
    assertThat(ticks.labels().get(0)).isEqualTo("Jan 2024");
  }

  @Test
  void ticksFallOnCalendarRoundMonthsNotOnTheFirstPoint() {
    // 40 months from November: quarters or half years, starting in January, April, July or October.
    TimeTicks ticks = ticks(YearMonth.of(2022, 11), YearMonth.of(2026, 2), CHINESE);

    assertThat(ticks.step()).isIn(3, 6, 12);
    assertThat(ticks.labels().get(0)).isEqualTo(TimeTicks.BLANK);
    assertThat(ticks.shown()).doesNotHaveDuplicates().allSatisfy(l -> assertThat(l).matches(
        ticks.step() == 12 ? "\\d{4}" : "\\d{4}年(1|4|7|10)月"));
    for (int i = 0; i < ticks.labels().size(); i++) {
      boolean labelled = !ticks.labels().get(i).equals(TimeTicks.BLANK);
      assertThat(labelled).isEqualTo(YearMonth.of(2022, 11).plusMonths(i).getMonthValue() % ticks.step() == 1 % ticks.step());
    }
  }

  @Test
  void labelsNeverCollide() {
    for (int months : new int[] {1, 7, 13, 25, 61, 119}) {
      YearMonth first = YearMonth.of(2020, 5);
      TimeTicks ticks = ticks(first, first.plusMonths(months - 1), CHINESE);
      double perPoint = ChartStyle.axisUnits() * 0.9 / months;
      double widest = ticks.shown().stream().mapToDouble(l -> LabelFit.width(l, FONT)).max().orElse(0);
      assertThat(ticks.step() * perPoint).as("%d months", months).isGreaterThan(widest);
      assertThat(ticks.shown()).as("%d months", months).isNotEmpty().doesNotHaveDuplicates();
    }
  }

  @Test
  void centuriesAreLabelledByTheirYear() {
    TimeTicks ticks = ticks(YearMonth.of(2024, 2), YearMonth.of(9999, 12), ENGLISH);

    assertThat(ticks.shown()).contains("3000", "9000").allSatisfy(l -> assertThat(l).matches("\\d+00"));
  }
}

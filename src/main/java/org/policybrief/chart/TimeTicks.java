package org.policybrief.chart;

import java.awt.Font;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The labels under a timeline, one per point: a regular step (every month, every 2, 3, 6 or 12
 * months, then every 2, 5, 10 … years), the smallest whose labels do not collide, on
 * calendar-round periods (quarters start in January, April …; years divisible by the step).
 * Points between ticks get {@link #BLANK}: XChart then draws one tick per point, under the
 * point, instead of spreading its own subset of labels evenly over the axis.
 */
record TimeTicks(List<String> labels, int step) {

  /** Not empty: XChart lays every label out, and an empty string has no layout. */
  static final String BLANK = " ";
  private static final int[] MONTH_STEPS = {1, 2, 3, 6, 12, 24, 60, 120};
  private static final int[] PERIOD_STEPS = {1, 2, 5, 10, 20, 50, 100};
  /** Room between two neighbouring labels, in chart units (about 2 mm). */
  private static final double GAP = 8;

  static TimeTicks of(TimeSteps steps, Function<YearMonth, String> monthName, Font font, double axisUnits) {
    double perPoint = axisUnits / steps.count();
    int[] candidates = steps.monthly() ? MONTH_STEPS : PERIOD_STEPS;
    TimeTicks ticks = null;
    for (int step : candidates) {
      ticks = of(steps, monthName, step);
      double widest = ticks.labels.stream().mapToDouble(l -> LabelFit.width(l, font)).max().orElse(0);
      if (step * perPoint >= widest + GAP) {
        return ticks;
      }
    }
    return ticks;
  }

  private static TimeTicks of(TimeSteps steps, Function<YearMonth, String> monthName, int step) {
    List<String> labels = new ArrayList<>();
    boolean any = false;
    for (int i = 0; i < steps.count(); i++) {
      YearMonth start = steps.start(i);
      long months = start.getYear() * 12L + start.getMonthValue() - 1;
      boolean tick = Math.floorMod(months, steps.monthsPerPoint() * step) == 0;
      // Yearly ticks name the year; monthly ones the month, as the edition writes it.
      boolean yearly = !steps.monthly() || step >= 12;
      labels.add(tick ? (yearly ? Integer.toString(start.getYear()) : monthName.apply(start)) : BLANK);
      any |= tick;
    }
    if (!any) {
      labels.set(0, steps.monthly() ? monthName.apply(steps.start(0)) : Integer.toString(steps.start(0).getYear()));
    }
    return new TimeTicks(List.copyOf(labels), step);
  }

  /** The labels drawn, without the blanks. */
  List<String> shown() {
    return labels.stream().filter(l -> !l.equals(BLANK)).toList();
  }
}

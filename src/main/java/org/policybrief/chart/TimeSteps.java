package org.policybrief.chart;

import java.time.YearMonth;

/**
 * The periods a timeline counts in, chosen by its span so that the points stay few whatever
 * the dates: months up to ten years, then calendar years, then 2, 5, 10, 20, 50, 100 … years
 * (a placeholder date 9999-12-31 beside 2024 gives 80 centuries, not 95,000 months). Periods are
 * calendar-aligned (a decade starts in a year ending in 0), so every label names a whole period.
 */
record TimeSteps(YearMonth first, YearMonth last, long monthsPerPoint) {

  /** About a point per 1.2 mm of axis: a line chart, not a bar per period. */
  static final int MAX_POINTS = 120;

  static TimeSteps of(YearMonth first, YearMonth last) {
    long size = 1;
    for (long years = 1; count(first, last, size) > MAX_POINTS; years = nextRound(years)) {
      size = 12 * years;
    }
    return new TimeSteps(first, last, size);
  }

  /** 1, 2, 5, 10, 20, 50 …: the sequence of round numbers a reader counts in. */
  static long nextRound(long n) {
    long magnitude = 1;
    while (magnitude * 10 <= n) {
      magnitude *= 10;
    }
    long leading = n / magnitude;
    return leading == 1 ? 2 * magnitude : leading == 2 ? 5 * magnitude : 10 * magnitude;
  }

  boolean monthly() {
    return monthsPerPoint == 1;
  }

  /** Years per point; 0 for a monthly timeline. */
  long yearsPerPoint() {
    return monthsPerPoint / 12;
  }

  int count() {
    return (int) count(first, last, monthsPerPoint);
  }

  /** The point that counts {@code month}. */
  int index(YearMonth month) {
    return (int) (period(month, monthsPerPoint) - period(first, monthsPerPoint));
  }

  /** The first month of point {@code i}'s period. */
  YearMonth start(int i) {
    long month = (period(first, monthsPerPoint) + i) * monthsPerPoint;
    return YearMonth.of((int) Math.floorDiv(month, 12), (int) Math.floorMod(month, 12) + 1);
  }

  private static long count(YearMonth first, YearMonth last, long size) {
    return period(last, size) - period(first, size) + 1;
  }

  private static long period(YearMonth month, long size) {
    return Math.floorDiv(month.getYear() * 12L + month.getMonthValue() - 1, size);
  }
}

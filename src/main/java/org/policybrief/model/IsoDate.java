package org.policybrief.model;

import static java.time.temporal.ChronoField.DAY_OF_MONTH;
import static java.time.temporal.ChronoField.MONTH_OF_YEAR;
import static java.time.temporal.ChronoField.YEAR;

import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;

/**
 * The one form of a date a user gives (command line, configuration, plan, portal): YYYY-MM-DD,
 * a date of the calendar, four digits of year and no sign. ISO's own form also reads
 * -0001-01-01 and +10000-01-01, which made file names such as briefing--0001-… and PDF dates
 * readers cannot read.
 */
public final class IsoDate {

  public static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
      .appendValue(YEAR, 4).appendLiteral('-')
      .appendValue(MONTH_OF_YEAR, 2).appendLiteral('-')
      .appendValue(DAY_OF_MONTH, 2)
      .toFormatter().withResolverStyle(ResolverStyle.STRICT);

  private IsoDate() {}
}

package org.policybrief.model;

import static java.time.temporal.ChronoField.DAY_OF_MONTH;
import static java.time.temporal.ChronoField.MONTH_OF_YEAR;
import static java.time.temporal.ChronoField.YEAR;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  private static final Pattern FORM = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

  /** Days of 1954 to 2173 as Excel counts them: a date cell without a date format shows one. */
  private static final Pattern EXCEL_DAY = Pattern.compile("[2-9]\\d{4}");
  /** Excel's day 0 (its day 60 is the 29 February 1900 that never was). */
  private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

  private IsoDate() {}

  /** A hint for a number that is a date as Excel stores it, or nothing. */
  private static String excelDay(String text) {
    if (!EXCEL_DAY.matcher(text).matches()) {
      return "";
    }
    String date = EXCEL_EPOCH.plusDays(Integer.parseInt(text)).toString();
    return ", which is how Excel stores " + date + ": format the cells as dates, or write " + date;
  }

  /**
   * Why {@code text}, which {@link #FORMAT} does not read, is no date, for a message's parentheses:
   * {@code expected YYYY-MM-DD, found "2025/07/26"}, or for a text of that form the day the
   * calendar lacks, {@code "2025-02-30" is no day of the calendar: February 2025 has 28 days}.
   */
  public static String whyNot(String text) {
    Matcher parts = FORM.matcher(text);
    if (!parts.matches()) {
      return "expected YYYY-MM-DD, found \"" + InvisibleText.spelledOut(text) + "\"" + excelDay(text);
    }
    int year = Integer.parseInt(parts.group(1));
    int month = Integer.parseInt(parts.group(2));
    int day = Integer.parseInt(parts.group(3));
    String lacking;
    if (month < 1 || month > 12) {
      lacking = "there is no month " + parts.group(2) + ", the month coming before the day in YYYY-MM-DD";
    } else if (day < 1) {
      lacking = "there is no day " + parts.group(3);
    } else {
      YearMonth yearMonth = YearMonth.of(year, month);
      lacking = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year
          + " has " + yearMonth.lengthOfMonth() + " days";
    }
    return "\"" + InvisibleText.spelledOut(text) + "\" is no day of the calendar: " + lacking;
  }
}

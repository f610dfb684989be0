package org.policybrief.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The columns of the category × country table. The category column is wide enough for the
 * longest category name to take about two lines (36 to 64 mm); each country column needs room for
 * the longest stretch of its header that cannot break, so that no header is cut inside a word
 * ("Switzerl / and") nor a short Chinese name before its last character (尼日利 / 亚), and for its
 * numbers. A table holds as many countries as fit beside the category and total columns, each at
 * its own width: with one width for all, the widest name (Switzerland) set it, and an English
 * briefing of 30 countries took ten pages of three countries each. Widths are estimated per
 * character in ems of the 9 pt table text (bold in the header), on the table of
 * templates/briefing.css: 148.2 mm wide, 4 pt padding on each side of a cell (a width in CSS is
 * without its padding), a 6 pt colour swatch with 3 pt after it before a category's name.
 */
final class MatrixColumns {

  static final int MIN_COUNTRIES = 2;
  static final int MAX_COUNTRIES = 8;
  static final double MIN_CATEGORY_MM = 36;
  static final double MAX_CATEGORY_MM = 64;

  private static final double MM_PER_PT = 25.4 / 72;
  private static final double TABLE_MM = 148.2;
  private static final double PADDING_MM = 8 * MM_PER_PT;
  private static final double SWATCH_MM = 9 * MM_PER_PT;
  private static final double EM_MM = 9 * MM_PER_PT;
  private static final double SPACE_EM = 0.26;
  /** Lines break short of the column's end: a name of two lines' length may need a third. */
  private static final double LINE_FILL = 0.85;
  /**
   * Han text may break between any two characters; a column holds four, and the template breaks a
   * name of five to sixteen (印度尼西亚, 中国香港特别行政区) into lines of at most four, as even as
   * they can be.
   */
  private static final int HAN_RUN = 4;
  /**
   * A word is estimated from average letters, and a column gives it an eighth more: Morocco, of
   * round letters, is 4.18 em where 4.08 were estimated, and broke into "Morocc / o".
   */
  private static final double WORD_FILL = 0.88;
  /**
   * Lines a header takes at most where the table has the room: a name longer than that many
   * lines of its longest word asks for a wider column. A country named in 300 Han characters, in a
   * column of four, took 75 lines, more than a page, and its header was repeated on 36 pages of
   * one row each.
   */
  private static final int HEAD_LINES = 6;
  /**
   * What a column gets beyond its estimate, taken from the share of a table with room to spare
   * (where the widths stay as they were): beside a name too long for the table, the others got
   * their estimate exactly, and 美国 (two ems, printed as 6.3 mm) and 全部合计 broke as 美 / 国 and
   * 全部合 / 计.
   */
  private static final double SLACK_MM = 0.5;

  /** The most rows a table kept on one page has (a longer one may split; its header repeats). */
  static final int WHOLE_ROWS = 15;
  /** The room for a table below the section's heading and caption, and its source line, in mm. */
  private static final double WHOLE_MM = 215;
  /** A line of the table's 9/14 pt text, a row's padding (3 pt above and below), the header's. */
  private static final double LINE_MM = 14 * MM_PER_PT;
  private static final double ROW_PADDING_MM = 6 * MM_PER_PT;
  private static final double HEAD_PADDING_MM = 9 * MM_PER_PT;

  private MatrixColumns() {}

  /**
   * Whether a table is kept on one page: at most {@link #WHOLE_ROWS} rows, and by estimate no
   * taller than a page leaves it. Kept whole, a taller one (categories named in hundreds of
   * characters) was moved on twice: a page stood empty and the next held only the heading.
   */
  static boolean keptWhole(List<String> categoryNames, List<String> countryNames, double categoryMm) {
    if (categoryNames.size() > WHOLE_ROWS) {
      return false;
    }
    double nameEms = (categoryMm - SWATCH_MM - PADDING_MM) / EM_MM * LINE_FILL;
    double mm = HEAD_PADDING_MM + LINE_MM * countryNames.stream().mapToInt(MatrixColumns::headLines).max().orElse(1)
        + ROW_PADDING_MM + LINE_MM; // the totals row
    for (String name : categoryNames) {
      mm += ROW_PADDING_MM + LINE_MM * Math.max(1, Math.ceil(totalEm(name) / nameEms));
    }
    return mm <= WHOLE_MM;
  }

  /** About how many lines a country's name takes in a column of {@link #columnMm}. */
  private static int headLines(String name) {
    double columnEms = Math.max(longestUnbrokenEm(name), totalEm(name) / HEAD_LINES / LINE_FILL) * LINE_FILL;
    return (int) Math.max(1, Math.min(HEAD_LINES, Math.ceil(totalEm(name) / Math.max(columnEms, 1))));
  }

  /** The category column's width for {@code categoryNames}, in millimetres. */
  static double categoryMm(Collection<String> categoryNames) {
    double longestEm = categoryNames.stream().mapToDouble(MatrixColumns::totalEm).max().orElse(0);
    double twoLines = longestEm * EM_MM / 2 / LINE_FILL + SWATCH_MM + PADDING_MM;
    return Math.max(MIN_CATEGORY_MM, Math.min(MAX_CATEGORY_MM, Math.ceil(twoLines)));
  }

  /** The width as CSS: {@code 36mm}. */
  static String css(double mm) {
    return String.format(Locale.ROOT, "%.0fmm", mm);
  }

  /**
   * The room a column of {@code texts} (its header, its numbers) needs, its padding included, in mm:
   * its longest word, and a {@link #HEAD_LINES}th of a long text.
   */
  static double columnMm(String... texts) {
    double widestEm = 0;
    for (String text : texts) {
      widestEm = Math.max(widestEm, Math.max(longestUnbrokenEm(text), totalEm(text) / HEAD_LINES / LINE_FILL));
    }
    return widestEm * EM_MM + PADDING_MM;
  }

  /**
   * How many countries each table holds, in order, for countries needing {@code countryMms} beside
   * a category column of {@code categoryMm} and a total column needing {@code totalMm}: as many as
   * fit, from {@link #MIN_COUNTRIES} (when there are as many) to {@link #MAX_COUNTRIES}.
   */
  static List<Integer> tableSizes(List<Double> countryMms, double totalMm, double categoryMm) {
    double room = roomForCountries(categoryMm) - totalMm;
    List<Integer> sizes = new ArrayList<>();
    for (int from = 0; from < countryMms.size(); ) {
      int size = 0;
      double used = 0;
      while (from + size < countryMms.size() && size < MAX_COUNTRIES
          && (size < MIN_COUNTRIES || used + countryMms.get(from + size) <= room)) {
        used += countryMms.get(from + size);
        size++;
      }
      sizes.add(size);
      from += size;
    }
    return sizes;
  }

  /**
   * The CSS widths of a table's country columns: each the room it needs and an equal share of what
   * the table leaves, which the total column (no width of its own) gets too. When they need more
   * than there is, the widest are narrowed alike to what the others leave them, so that a name too
   * long for any column does not break the short ones ("Chi / na").
   */
  static List<String> countryWidths(List<Double> countryMms, double totalMm, double categoryMm) {
    double room = roomForCountries(categoryMm);
    List<Double> columns = new ArrayList<>();
    countryMms.forEach(mm -> columns.add(mm + SLACK_MM));
    columns.add(totalMm + SLACK_MM);
    double share = Math.max(0, room - columns.stream().mapToDouble(Double::doubleValue).sum()) / columns.size();
    double widest = widestThatFits(columns, room);
    return countryMms.stream()
        .map(mm -> String.format(Locale.ROOT, "%.1fmm",
            Math.max(1, Math.min(mm + SLACK_MM, widest) + share - PADDING_MM)))
        .toList();
  }

  /** The width no column may exceed for {@code columns} to fit in {@code room}: infinite when they fit. */
  private static double widestThatFits(List<Double> columns, double room) {
    List<Double> narrowestFirst = columns.stream().sorted().toList();
    double left = room;
    for (int i = 0; i < narrowestFirst.size(); i++) {
      double equalShare = left / (narrowestFirst.size() - i);
      if (narrowestFirst.get(i) > equalShare) {
        return equalShare;
      }
      left -= narrowestFirst.get(i);
    }
    return Double.POSITIVE_INFINITY;
  }

  /** The table's width less the category column, padding included. */
  private static double roomForCountries(double categoryMm) {
    return TABLE_MM - categoryMm - PADDING_MM;
  }

  /**
   * The width of the longest stretch of {@code text} without a break opportunity, in ems. A word
   * after a space counts the space: openhtmltopdf moves such a word to the next line only when it
   * fits there with the space before it, and else breaks it inside ("Korea, Dem / ocratic").
   */
  static double longestUnbrokenEm(String text) {
    double longest = 0;
    double word = 0;
    int han = 0;
    for (int cp : text.codePoints().toArray()) {
      if (Character.isWhitespace(cp) || cp == '-' || cp == '/') {
        word = Character.isWhitespace(cp) ? SPACE_EM : 0;
        han = 0;
      } else if (fullWidth(cp)) {
        word = 0;
        han = Math.min(han + 1, HAN_RUN);
        longest = Math.max(longest, han);
      } else {
        han = 0;
        word += em(cp) / WORD_FILL;
        longest = Math.max(longest, word);
      }
    }
    return longest;
  }

  /** The width of all of {@code text} on one line, in ems. */
  static double totalEm(String text) {
    return text.codePoints()
        .mapToDouble(cp -> fullWidth(cp) ? 1 : Character.isWhitespace(cp) ? SPACE_EM : em(cp)).sum();
  }

  /** One em wide: the wide characters and Hangul. */
  private static boolean fullWidth(int cp) {
    return WideCharacters.wide(cp) || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL;
  }

  /**
   * Noto Sans Bold: capitals 0.6–0.9 em, lower case 0.3–0.98 (m), digits 0.57; "Switzerland" is
   * 5.86 em, estimated 6.3.
   */
  private static double em(int cp) {
    return Character.isUpperCase(cp) ? 0.72 : Character.isDigit(cp) ? 0.58
        : Character.isLetter(cp) ? 0.56 : 0.4;
  }
}

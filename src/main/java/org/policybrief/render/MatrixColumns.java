package org.policybrief.render;

import java.util.Collection;
import java.util.Locale;

/**
 * The columns of the category × country table. The category column is wide enough for the
 * longest category name to take about two lines (36 to 64 mm); each slice then holds as many
 * countries as leave every column room for the longest stretch of its header that cannot break,
 * so that no header is cut inside a word ("Switzerl / and") nor a short Chinese name before its
 * last character (尼日利 / 亚). Widths are estimated per character in ems of the 9 pt table text
 * (bold in the header), on the table of templates/briefing.css: 148.2 mm wide, 4 pt padding on
 * each side of a cell (the category column's width is without its padding, as CSS has it), a 6 pt colour swatch with 3 pt after it before a category's name.
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

  private MatrixColumns() {}

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
   * Countries per slice beside a category column of {@code categoryMm} for {@code headers}: the
   * country names, the total's label, the numbers.
   */
  static int countriesPerTable(Collection<String> headers, double categoryMm) {
    double widestEm = headers.stream().mapToDouble(MatrixColumns::longestUnbrokenEm).max().orElse(0);
    int columns = (int) ((TABLE_MM - categoryMm - PADDING_MM) / (widestEm * EM_MM + PADDING_MM));
    return Math.max(MIN_COUNTRIES, Math.min(MAX_COUNTRIES, columns - 1)); // one is the total's
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
        word += em(cp);
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

package org.policybrief.render;

import java.util.Collection;

/**
 * How many countries one slice of the category × country table holds: as many as leave every
 * column room for the longest stretch of its header that cannot break, so that no header is cut
 * inside a word ("Switzerl / and") nor a short Chinese name before its last character (尼日利 /
 * 亚). Widths are estimated per character in ems of the bold 9 pt header, on the table of
 * templates/briefing.css: 148.2 mm wide, a 36 mm category column, 4 pt padding on each side.
 */
final class MatrixColumns {

  static final int MIN_COUNTRIES = 2;
  static final int MAX_COUNTRIES = 8;

  private static final double MM_PER_PT = 25.4 / 72;
  private static final double COUNTRY_AND_TOTAL_COLUMNS_MM = 148.2 - 36;
  private static final double PADDING_MM = 8 * MM_PER_PT;
  private static final double EM_MM = 9 * MM_PER_PT;
  /**
   * Han text may break between any two characters; a column holds four, so a name of five or six
   * (印度尼西亚, 乌兹别克斯坦) breaks after its fourth, not the usual two to four.
   */
  private static final int HAN_RUN = 4;

  private MatrixColumns() {}

  /** Countries per slice for {@code headers}: the country names, the total's label, the numbers. */
  static int countriesPerTable(Collection<String> headers) {
    double widestEm = headers.stream().mapToDouble(MatrixColumns::longestUnbrokenEm).max().orElse(0);
    int columns = (int) (COUNTRY_AND_TOTAL_COLUMNS_MM / (widestEm * EM_MM + PADDING_MM));
    return Math.max(MIN_COUNTRIES, Math.min(MAX_COUNTRIES, columns - 1)); // one is the total's
  }

  /** The width of the longest stretch of {@code text} without a break opportunity, in ems. */
  static double longestUnbrokenEm(String text) {
    double longest = 0;
    double word = 0;
    int han = 0;
    for (int cp : text.codePoints().toArray()) {
      if (Character.isWhitespace(cp) || cp == '-' || cp == '/') {
        word = 0;
        han = 0;
      } else if (WideCharacters.wide(cp) || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL) {
        word = 0;
        han = Math.min(han + 1, HAN_RUN);
        longest = Math.max(longest, han);
      } else {
        han = 0;
        // Noto Sans Bold: capitals 0.6-0.9 em, lower case 0.3-0.98 (m), digits 0.57; "Switzerland"
        // is 5.86 em, estimated 6.3
        word += Character.isUpperCase(cp) ? 0.72 : Character.isDigit(cp) ? 0.58
            : Character.isLetter(cp) ? 0.56 : 0.4;
        longest = Math.max(longest, word);
      }
    }
    return longest;
  }
}

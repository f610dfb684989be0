package org.policybrief.render;

/**
 * Quotes typed as ASCII straight quotes in Chinese text, set as Chinese quotes in the Chinese
 * editions (the design guide's checklist item 7: quote style matches the script). Data typed on
 * a Western keyboard layout, or pasted from a spreadsheet, printed 提出"发展导向"原则 with narrow
 * straight marks beside full-width characters. A pair of {@code "} becomes “ ” and a pair of
 * {@code '} ‘ ’ (which the Traditional conversion then sets as 「 」 and 『 』) where the pair
 * holds a wide character (Han, kana, CJK punctuation) or stands next to one outside
 * (称为"AI Action Plan"的文件), as {@link FullWidthPunctuation} does with brackets. Quotes in
 * Latin text (the "AI Action Plan"), apostrophes (America's, the States'), an inch mark after a
 * digit (27") and a quote without its pair are left as written.
 */
final class StraightQuotes {

  private StraightQuotes() {}

  static String of(String text) {
    if (text.indexOf('"') < 0 && text.indexOf('\'') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text);
    pair(out, '"', '“', '”');
    pair(out, '\'', '‘', '’');
    return out.toString();
  }

  /** Sets each pair of {@code mark} that stands in Chinese text as {@code open} and {@code close}. */
  private static void pair(StringBuilder out, char mark, char open, char close) {
    int from = -1;
    for (int i = 0; i < out.length(); i++) {
      if (out.charAt(i) != mark || !quote(out, i, from < 0)) {
        continue;
      }
      if (from < 0) {
        from = i;
      } else {
        if (chinese(out, from, i)) {
          out.setCharAt(from, open);
          out.setCharAt(i, close);
        }
        from = -1;
      }
    }
  }

  /**
   * False for an apostrophe (America's, the States' plan: a {@code '} after a letter or digit
   * that is not Han opens no quote) and for an inch mark (27"): a mark after a digit opens none.
   */
  private static boolean quote(StringBuilder out, int at, boolean opening) {
    int before = at > 0 ? out.codePointBefore(at) : -1;
    boolean afterLatin = before >= 0 && Character.isLetterOrDigit(before) && !WideCharacters.wide(before);
    if (opening) {
      return !(afterLatin && (out.charAt(at) == '\'' || Character.isDigit(before)));
    }
    int after = at + 1 < out.length() ? out.codePointAt(at + 1) : -1;
    return !(out.charAt(at) == '\'' && afterLatin && after >= 0 && Character.isLetter(after)
        && !WideCharacters.wide(after));
  }

  /** True when the quotes at {@code from} and {@code to} hold a wide character or stand next to one. */
  private static boolean chinese(StringBuilder out, int from, int to) {
    return WideCharacters.holdsWide(out, from, to)
        || from > 0 && WideCharacters.wide(out.codePointBefore(from))
        || to + 1 < out.length() && WideCharacters.wide(out.codePointAt(to + 1));
  }
}

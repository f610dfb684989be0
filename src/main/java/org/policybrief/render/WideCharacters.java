package org.policybrief.render;

/** Characters set a full em wide and broken between freely: Han, kana, CJK punctuation, full-width forms. */
final class WideCharacters {

  private WideCharacters() {}

  static boolean wide(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF00 && cp <= 0xFF60 || cp >= 0xFFE0 && cp <= 0xFFE6;
  }

  /**
   * About how many ems the text takes on one line: a wide character one, any other about half
   * (Noto Sans averages 0.55 em). Enough for a template to choose a smaller size for a long title.
   */
  /** Whether {@code text} holds a wide character between {@code from} and {@code to}, both excluded. */
  static boolean holdsWide(CharSequence text, int from, int to) {
    for (int i = from + 1; i < to; ) {
      int cp = Character.codePointAt(text, i);
      if (wide(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  static int ems(String text) {
    int halves = text.codePoints().map(cp -> wide(cp) ? 2 : 1).sum();
    return (halves + 1) / 2;
  }

  /**
   * The text cut to about {@code maxEms} ems, "…" included, at the end of a word where one ends
   * in its last third (at any character in Han text), or the text itself when it is no longer.
   * Latin is measured by {@link #latinEm}: counted at half an em, a title in capitals took three
   * lines of the running header meant to hold two (a title of W four, its first 12 pt from the
   * page's top edge).
   */
  static String shortened(String text, int maxEms) {
    double width = 0;
    int end = 0;
    int cut = -1;
    while (end < text.length()) {
      int cp = text.codePointAt(end);
      width += wide(cp) ? 1 : latinEm(cp);
      if (cut < 0 && width > maxEms - 1) {
        cut = end;
      }
      if (width > maxEms) {
        break;
      }
      end += Character.charCount(cp);
    }
    if (end == text.length()) {
      return text;
    }
    end = cut;
    int space = text.lastIndexOf(' ', end);
    if (space > end * 2 / 3 && !wide(text.codePointAt(end))) {
      end = space;
    }
    return text.substring(0, end).replaceAll("[\\s\\p{Punct}，、；：·]+$", "") + "…";
  }

  /**
   * About how wide a character other than a wide one is, in ems of Noto Sans: capitals 0.29 (I)
   * to 0.93 (W), small letters 0.26 (i) to 0.94 (m), digits 0.57, the space 0.26.
   */
  private static double latinEm(int cp) {
    return Character.isUpperCase(cp) ? 0.7 : Character.isDigit(cp) ? 0.58
        : Character.isWhitespace(cp) ? 0.26 : Character.isLetter(cp) ? 0.55 : 0.4;
  }

  /**
   * The text with each line break (and the spaces around it) as CSS would show it, which
   * openhtmltopdf does not: nothing between two wide characters (包含换行第二行, not 包含换行 第二行),
   * else one space.
   */
  static String joinLines(String text) {
    if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c != '\n' && c != '\r') {
        out.append(c);
        i++;
        continue;
      }
      int end = i;
      while (end < text.length() && " \t\r\n".indexOf(text.charAt(end)) >= 0) {
        end++;
      }
      while (out.length() > 0 && (out.charAt(out.length() - 1) == ' ' || out.charAt(out.length() - 1) == '\t')) {
        out.setLength(out.length() - 1);
      }
      boolean between = out.length() > 0 && end < text.length();
      if (between && !(wide(out.codePointBefore(out.length())) && wide(text.codePointAt(end)))) {
        out.append(' ');
      }
      i = end;
    }
    return out.toString();
  }
}

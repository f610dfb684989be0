package org.policybrief.render;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Japanese among the data's Chinese text: a Japanese document's own title (AI戦略本部の設置) or
 * a Chinese summary quoting one. Kana are written in Japanese only, so a stretch of Han and kana
 * that holds a kana is Japanese and neither Chinese edition converts it: 設 is also Traditional
 * Chinese and 内 also Simplified, and the conversion made 设置 and 內閣 of them, which no Japanese
 * reader writes. The text around such a stretch converts as before.
 */
final class Kana {

  /** Han and kana without a break between them (々 and ー belong to the word). */
  private static final Pattern STRETCH =
      Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}々〆ー]+");

  private Kana() {}

  /** The text converted, but for its Japanese stretches, which stay as written. */
  static String convertOutside(String text, UnaryOperator<String> convert) {
    if (!in(text)) {
      return convert.apply(text);
    }
    StringBuilder out = new StringBuilder(text.length());
    int from = 0;
    Matcher stretch = STRETCH.matcher(text);
    while (stretch.find()) {
      if (in(stretch.group())) {
        out.append(convert.apply(text.substring(from, stretch.start()))).append(stretch.group());
        from = stretch.end();
      }
    }
    return out.append(convert.apply(text.substring(from))).toString();
  }

  /**
   * True when the character at {@code at} is in a Japanese stretch: kana, or Han in a stretch of
   * Han and kana that holds a kana (a surrogate counts as Han: Han beyond the BMP).
   */
  static boolean at(String text, int at) {
    if (at < 0 || at >= text.length() || !inStretch(text.charAt(at))) {
      return false;
    }
    int from = at;
    while (from > 0 && inStretch(text.charAt(from - 1))) {
      from--;
    }
    int to = at;
    while (to < text.length() && inStretch(text.charAt(to))) {
      to++;
    }
    return in(text.substring(from, to));
  }

  private static boolean inStretch(char c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return Character.isSurrogate(c) || c == 'ー' || c == '〆' || script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
  }

  /** True when the text has a hiragana or katakana letter. */
  static boolean in(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (cp >= 0x3040) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA) {
          return true;
        }
      }
      i += Character.charCount(cp);
    }
    return false;
  }
}

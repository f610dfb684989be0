package org.policybrief.render;

import java.util.function.UnaryOperator;

/**
 * Japanese among the data's Chinese text: a Japanese document's own title (AI戦略本部の設置) or
 * a Chinese summary quoting one. Kana are written in Japanese only, so a stretch of Han and kana
 * that holds a kana is Japanese and neither Chinese edition converts it: 設 is also Traditional
 * Chinese and 内 also Simplified, and the conversion made 设置 and 內閣 of them, which no Japanese
 * reader writes. The text around such a stretch converts as before.
 */
final class Kana {

  private Kana() {}

  /** The text converted, but for its Japanese stretches, which stay as written. */
  static String convertOutside(String text, UnaryOperator<String> convert) {
    if (!in(text)) {
      return convert.apply(text);
    }
    StringBuilder out = new StringBuilder(text.length());
    int from = 0;
    int start = 0;
    while (start < text.length()) {
      int end = stretchEnd(text, start);
      if (end == start) {
        start += Character.charCount(text.codePointAt(start));
        continue;
      }
      if (in(text.substring(start, end))) {
        out.append(convert.apply(text.substring(from, start))).append(text, start, end);
        from = end;
      }
      start = end;
    }
    return out.append(convert.apply(text.substring(from))).toString();
  }

  /** True when the character at {@code at} (or ending there) is in a Japanese stretch. */
  static boolean at(String text, int at) {
    if (at < 0 || at >= text.length()) {
      return false;
    }
    if (Character.isLowSurrogate(text.charAt(at)) && at > 0 && Character.isHighSurrogate(text.charAt(at - 1))) {
      at--;
    }
    if (!inStretch(text.codePointAt(at))) {
      return false;
    }
    int from = at;
    while (from > 0 && inStretch(text.codePointBefore(from))) {
      from -= Character.charCount(text.codePointBefore(from));
    }
    return in(text.substring(from, stretchEnd(text, at)));
  }

  /** The end of the stretch that starts at {@code from} ({@code from} itself when none does). */
  private static int stretchEnd(String text, int from) {
    int end = from;
    while (end < text.length() && inStretch(text.codePointAt(end))) {
      end += Character.charCount(text.codePointAt(end));
    }
    return end;
  }

  /** Han and kana, which a Japanese word runs together (々 is Han; 〆 and ー belong to the word). */
  private static boolean inStretch(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || cp == '〆' || cp == 'ー';
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

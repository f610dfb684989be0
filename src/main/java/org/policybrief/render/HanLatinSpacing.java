package org.policybrief.render;

/**
 * In Chinese, one space between a Han character and a Latin word beside it (clreq; the design
 * guide's checklist: exactly one space between Han and Latin letters): data typed without it
 * (美国AI行动计划, 推进5G网络) printed the word glued to the characters around it. A word is a run
 * of Latin, Greek or Cyrillic letters and digits that holds a letter, with the signs that join its
 * parts (COVID-19, e.g. U.S) and those that end it (C++, C#; not the + of AI+制造); a number alone
 * stays solid (2025年, 第3期), as the design guide asks, but for one that ends a code of Latin
 * words (GB/T 35273-2020 标准, ISO/IEC 42001 认证, Wi-Fi 6 和), which is set off after as its code
 * is before (not before 年, 月 or 日: AI 2025年). Full-width letters are Chinese text already and
 * are left alone, as is what follows a scheme such as https:// up to the next space or Chinese
 * punctuation, an address whose parts may be Chinese (https://例子.中国/AI政策). Japanese is left
 * as written: a word with a stretch of kana, or of Han and kana, on either side (日本のAI戦略,
 * AI戦略本部の設置), where the Han on its other side set it off on that side only.
 */
final class HanLatinSpacing {

  /** Signs that join a word's parts when a letter or digit follows them (27001:2022). */
  private static final String JOINERS = "-._/+&'’:";
  /** Han characters that a number stays solid against even when it ends a code. */
  private static final String DATE_UNITS = "年月日";

  private HanLatinSpacing() {}

  static String of(String text) {
    if (!mayHoldHan(text)) {
      return text; // every English text of an English edition: nothing to look up per letter
    }
    StringBuilder out = null;
    int copied = 0;
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (!isWordCharacter(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int end = wordEnd(text, i);
      if (text.startsWith("://", end)) {
        end = addressEnd(text, end);
      }
      boolean before = i > 0 && isHan(text.codePointBefore(i));
      boolean after = end < text.length() && isHan(text.codePointAt(end));
      boolean word = holdsLetter(text, i, end);
      if (!word && after && endsCode(text, i) && DATE_UNITS.indexOf(text.charAt(end)) < 0) {
        word = true;
      }
      if ((before || after) && word && !Kana.at(text, i - 1) && !Kana.at(text, end)) {
        if (out == null) {
          out = new StringBuilder(text.length() + 8);
        }
        out.append(text, copied, i);
        if (before) {
          out.append(' ');
        }
        out.append(text, i, end);
        if (after) {
          out.append(' ');
        }
        copied = end;
      }
      i = end;
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }

  /** The end of the word that starts at {@code from}: its letters, digits and inner joiners. */
  private static int wordEnd(String text, int from) {
    int end = from;
    while (end < text.length()) {
      int cp = text.codePointAt(end);
      if (isWordCharacter(cp)) {
        end += Character.charCount(cp);
      } else if (JOINERS.indexOf(cp) >= 0 && end + 1 < text.length() && isWordCharacter(text.codePointAt(end + 1))) {
        end++;
      } else {
        break;
      }
    }
    if (text.startsWith("++", end)) {
      return end + 2;
    }
    return text.startsWith("#", end) ? end + 1 : end;
  }

  /**
   * Whether the number at {@code at} ends a code: one space before it, and before that a word of
   * its joiners and letters (GB/T, E.O.).
   */
  private static boolean endsCode(String text, int at) {
    if (at < 2 || text.charAt(at - 1) != ' ') {
      return false;
    }
    int from = at - 1;
    while (from > 0) {
      int cp = text.codePointBefore(from);
      if (!isWordCharacter(cp) && JOINERS.indexOf(cp) < 0) {
        break;
      }
      from -= Character.charCount(cp);
    }
    return holdsLetter(text, from, at - 1);
  }

  /**
   * The end of an address whose scheme ends at {@code schemeEnd}: the next space, Chinese
   * punctuation or quotation mark (“https://www.gov.cn”了解, where the Simplified edition's “ ”
   * are not wide); Han characters in between are the address's own.
   */
  private static int addressEnd(String text, int schemeEnd) {
    int end = schemeEnd;
    while (end < text.length()) {
      int cp = text.codePointAt(end);
      int type = Character.getType(cp);
      if (Character.isWhitespace(cp) || WideCharacters.wide(cp) && !isHan(cp)
          || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION) {
        break;
      }
      end += Character.charCount(cp);
    }
    return end;
  }

  private static boolean holdsLetter(String text, int from, int to) {
    for (int i = from; i < to; ) {
      int cp = text.codePointAt(i);
      if (Character.isLetter(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  private static boolean isWordCharacter(int cp) {
    if (cp >= '0' && cp <= '9') {
      return true;
    }
    if (!Character.isLetter(cp) || WideCharacters.wide(cp)) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.GREEK
        || script == Character.UnicodeScript.CYRILLIC;
  }

  /** False when no character is as far as U+2E80, where Han begins (radicals, then ideographs). */
  private static boolean mayHoldHan(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x2E80) {
        return true;
      }
    }
    return false;
  }

  private static boolean isHan(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }
}

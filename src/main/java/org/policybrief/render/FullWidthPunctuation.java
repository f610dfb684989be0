package org.policybrief.render;

/**
 * Chinese punctuation typed half-width in the data, set full-width in the Chinese editions
 * (GB/T 15834; the design guide's checklist: no half-width {@code ,;:?!()} between Han
 * characters). Text typed on a Western keyboard layout, or converted by machine (the seed op-ed:
 * 合作,塑造 / 人工智能(AI)政策 / 提及:中國), printed a narrow comma squeezed between two
 * full-width characters. A mark turns full-width only where a Chinese sentence holds it:
 * {@code , ; : ? !} after a wide character (Han, kana, CJK punctuation) and not before a space,
 * or before a wide one and not after a space (美國AI,中國); one after a wide character and before
 * spaces and a wide character loses the spaces too (中國, 美國 → 中國，美國).
 * A pair of round brackets turns full-width when it holds a wide character or stands next to one
 * outside (人工智能(AI) → 人工智能（AI）), unless it follows a letter or digit and holds none
 * (GPT-4(o)中). Latin text (Paris, France), numbers (27001:2022, 1,200, and in full-width digits
 * １０,０００ and １２:３０, which a full-width mark would make a list: １０，０００) and addresses are
 * left alone; so is the full stop, which addresses with Chinese names need (政府.中国), but for
 * one that ends a sentence after a Han character or kana at the end of the text or before a
 * space (同样重要. → 同样重要。). An ellipsis after a wide character is set as the Chinese one
 * (促进发展... and 促进发展… → 促进发展……).
 */
final class FullWidthPunctuation {

  private static final String MARKS = ",;:?!";
  private static final String FULL_WIDTH = "，；：？！";

  private FullWidthPunctuation() {}

  static String of(String text) {
    if (!hasCandidate(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text);
    int[] open = new int[out.length()];
    int depth = 0;
    for (int i = 0; i < out.length(); i++) {
      char c = out.charAt(i);
      int mark = MARKS.indexOf(c);
      if (mark >= 0) {
        i = mark(out, i, mark);
      } else if (c == '.' && isRun(out, i, '.', 3) || c == '…' || c == '⋯') {
        i = ellipsis(out, i);
      } else if (c == '.') {
        i = fullStop(out, i);
      } else if (c == '(') {
        open[depth++] = i;
      } else if (c == ')' && depth > 0) {
        int from = open[--depth];
        if (chinese(out, from, i)) {
          out.setCharAt(from, '（');
          out.setCharAt(i, '）');
        }
      }
    }
    return out.toString();
  }

  private static boolean hasCandidate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (MARKS.indexOf(c) >= 0 || c == '(' || c == '.' || c == '…' || c == '⋯') {
        return true;
      }
    }
    return false;
  }

  /** Sets the mark at {@code at} full-width where a Chinese sentence holds it; the index it ends at. */
  private static int mark(StringBuilder out, int at, int mark) {
    int before = at > 0 ? out.codePointBefore(at) : -1;
    int after = at + 1 < out.length() ? out.codePointAt(at + 1) : -1;
    if (before >= 0 && after >= 0 && Character.isDigit(before) && Character.isDigit(after)) {
      return at; // a number's separator
    }
    boolean afterWide = before >= 0 && WideCharacters.wide(before);
    if (afterWide && (after < 0 || !Character.isWhitespace(after))
        || after >= 0 && WideCharacters.wide(after) && before >= 0 && !Character.isWhitespace(before)) {
      out.setCharAt(at, FULL_WIDTH.charAt(mark));
      return at;
    }
    if (afterWide) {
      int next = at + 1;
      while (next < out.length() && out.charAt(next) == ' ') {
        next++;
      }
      if (next < out.length() && WideCharacters.wide(out.codePointAt(next))) {
        out.replace(at, next, FULL_WIDTH.substring(mark, mark + 1));
      }
    }
    return at;
  }

  /**
   * Sets the full stop at {@code at} as 。 where it ends a Chinese sentence: after a Han character
   * or kana, at the end of the text or before a space (with the spaces dropped); the index it
   * ends at.
   */
  private static int fullStop(StringBuilder out, int at) {
    int before = at > 0 ? out.codePointBefore(at) : -1;
    Character.UnicodeScript script = before >= 0 ? Character.UnicodeScript.of(before) : null;
    if (script != Character.UnicodeScript.HAN && script != Character.UnicodeScript.HIRAGANA
        && script != Character.UnicodeScript.KATAKANA) {
      return at;
    }
    int next = at + 1;
    while (next < out.length() && out.charAt(next) == ' ') {
      next++;
    }
    if (next == at + 1 && next < out.length()) {
      return at; // 政府.中国, an address
    }
    out.replace(at, next < out.length() ? next : at + 1, "。");
    return at;
  }

  /** Whether {@code mark} starts a run of at least {@code length} at {@code at}. */
  private static boolean isRun(StringBuilder out, int at, char mark, int length) {
    for (int i = at; i < at + length; i++) {
      if (i >= out.length() || out.charAt(i) != mark) {
        return false;
      }
    }
    return true;
  }

  /**
   * Sets the ellipsis at {@code at} (three or more full stops, or any run of … or ⋯) as the
   * Chinese one, …… (two of U+2026), where it follows a wide character: 促进发展... printed three
   * narrow dots, 促进发展… half the Chinese ellipsis. Returns the index of its last character.
   */
  private static int ellipsis(StringBuilder out, int at) {
    int end = at;
    while (end < out.length() && (out.charAt(end) == '.' || out.charAt(end) == '…' || out.charAt(end) == '⋯')) {
      end++;
    }
    if (at == 0 || !WideCharacters.wide(out.codePointBefore(at))) {
      return end - 1; // Latin text's ellipsis, or a run of dots in a number or address
    }
    out.replace(at, end, "……");
    return at + 1;
  }

  /** True when the brackets at {@code from} and {@code to} stand in Chinese text. */
  private static boolean chinese(StringBuilder out, int from, int to) {
    if (WideCharacters.holdsWide(out, from, to)) {
      return true;
    }
    int before = from > 0 ? out.codePointBefore(from) : -1;
    if (before >= 0 && WideCharacters.wide(before)) {
      return true;
    }
    boolean wideAfter = to + 1 < out.length() && WideCharacters.wide(out.codePointAt(to + 1));
    return wideAfter && (before < 0 || !Character.isLetterOrDigit(before));
  }
}

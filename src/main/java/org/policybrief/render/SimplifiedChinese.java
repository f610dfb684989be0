package org.policybrief.render;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Traditional → Simplified Chinese for the Simplified edition, as OpenCC's {@code t2s}: the
 * longest phrase of its phrase table first (乾隆 stays), else each character's first reading in
 * its character table (國際 → 国际); 「 」 and 『 』 become “ ” and ‘ ’.
 *
 * <p>Only text written in Traditional is converted: one with more characters only Traditional
 * writes (國) than characters only Simplified writes (国), so that a Simplified text keeps a 乾 or
 * 著 it means, and a Traditional text with a stray Simplified character (a paragraph of 75
 * Traditional-only characters and one 并, as machine-converted text has) is still converted.
 * The tables are opencc4j's copies of OpenCC's. Every Simplified edition reads which characters
 * are Traditional only (5 ms); the rest is read only when a text needs it. opencc4j's own
 * converter loads far more on first use (a Simplified briefing took 259 ms more CPU).
 *
 * <p>Text already written in Simplified keeps its characters, but quotes as the mainland does all
 * the same (GB/T 15834: corner brackets are for vertical text): a Simplified paragraph quoting
 * with 「 」 printed them beside the “ ” of the next measure of the same table.
 */
final class SimplifiedChinese {

  private SimplifiedChinese() {}

  static String convert(String text) {
    if (!isTraditional(text)) {
      return mainlandQuotes(text);
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int phrase = Conversion.PHRASES.longestFrom(text, i);
      if (phrase > 0) {
        out.append(Conversion.PHRASES.get(text.substring(i, i + phrase)));
        i += phrase;
        continue;
      }
      int cp = text.codePointAt(i);
      String simplified = Conversion.CHARACTERS.get(cp);
      if (simplified != null) {
        out.append(simplified);
      } else {
        out.appendCodePoint(mainlandQuote(cp));
      }
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  /** The text with 「 」 and 『 』 as “ ” and ‘ ’. */
  private static String mainlandQuotes(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (mainlandQuote(c) != c) {
        StringBuilder out = new StringBuilder(text);
        for (int j = i; j < out.length(); j++) {
          out.setCharAt(j, (char) mainlandQuote(out.charAt(j)));
        }
        return out.toString();
      }
    }
    return text;
  }

  private static int mainlandQuote(int cp) {
    return switch (cp) {
      case '「' -> '“';
      case '」' -> '”';
      case '『' -> '‘';
      case '』' -> '’';
      default -> cp;
    };
  }

  /** Reads which characters only Traditional writes, ahead of the first text (see {@link Warmup}). */
  static void preload() {
    ChineseTables.traditionalOnly('國');
  }

  /**
   * True when the text has more characters only Traditional writes than characters only
   * Simplified writes (which are read only for a text with some of the first).
   */
  static boolean isTraditional(String text) {
    int traditional = count(text, ChineseTables::traditionalOnly);
    return traditional > 0 && count(text, ChineseTables::simplifiedOnly) < traditional;
  }

  private static int count(String text, IntPredicate characters) {
    int count = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (cp >= 0x3400 && characters.test(cp)) { // below U+3400: Latin, punctuation, kana
        count++;
      }
      i += Character.charCount(cp);
    }
    return count;
  }

  private static final class Conversion {
    static final Map<Integer, String> CHARACTERS = new HashMap<>();
    static final PhraseTable PHRASES = new PhraseTable("TSPhrases.txt");

    static {
      ChineseTables.readEntries("TSCharacters.txt", (key, first) -> CHARACTERS.put(key.codePointAt(0), first));
    }
  }
}

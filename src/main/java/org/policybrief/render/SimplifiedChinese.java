package org.policybrief.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

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

  private static final String DICTIONARIES = "/data/dictionary/";

  private SimplifiedChinese() {}

  static String convert(String text) {
    if (!isTraditional(text)) {
      return mainlandQuotes(text);
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int phrase = longestPhrase(text, i);
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
    isTraditional("");
  }

  /**
   * True when the text has more characters only Traditional writes than characters only
   * Simplified writes (which are read only for a text with some of the first).
   */
  static boolean isTraditional(String text) {
    int traditional = count(text, TraditionalOnly.SET);
    return traditional > 0 && count(text, SimplifiedOnly.SET) < traditional;
  }

  private static int count(String text, BitSet characters) {
    int count = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (cp >= 0x3400 && characters.get(cp)) { // below U+3400: Latin, punctuation, kana
        count++;
      }
      i += Character.charCount(cp);
    }
    return count;
  }

  /** The length of the longest phrase of the table starting at {@code from}, or 0. */
  private static int longestPhrase(String text, int from) {
    for (int length = Math.min(Conversion.LONGEST_PHRASE, text.length() - from); length > 1; length--) {
      if (Conversion.PHRASES.containsKey(text.substring(from, from + length))) {
        return length;
      }
    }
    return 0;
  }

  private static final class TraditionalOnly {
    static final BitSet SET = changedCharacters("TSCharacters.txt");
  }

  private static final class SimplifiedOnly {
    static final BitSet SET = changedCharacters("STCharacters.txt");
  }

  private static final class Conversion {
    static final Map<Integer, String> CHARACTERS = new HashMap<>();
    static final Map<String, String> PHRASES = new HashMap<>();
    static final int LONGEST_PHRASE;

    static {
      readEntries("TSCharacters.txt", (key, first) -> CHARACTERS.put(key.codePointAt(0), first));
      readEntries("TSPhrases.txt", PHRASES::put);
      LONGEST_PHRASE = PHRASES.keySet().stream().mapToInt(String::length).max().orElse(0);
    }
  }

  /**
   * The characters of a table's lines "key TAB reading[ reading…]" (OpenCC's form) that none of
   * their readings keeps. A plain scan of the table: this runs in every Simplified edition.
   * opencc4j's tables end some lines in CR LF: the CR is no part of the last reading (read with
   * it, 于 of "于 TAB 於 于" and 台, 后, 里, 干 … counted as characters only Simplified writes, and
   * 台灣的國際數據 stayed Traditional in a Simplified edition).
   */
  private static BitSet changedCharacters(String table) {
    String text = resource(table);
    BitSet changed = new BitSet();
    for (int start = 0, end; start < text.length(); start = end + 1) {
      end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end;
      int last = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
      int tab = text.indexOf('\t', start);
      if (tab <= start || tab >= last) {
        continue;
      }
      boolean kept = false;
      for (int reading = tab + 1, next; reading < last; reading = next + 1) {
        next = text.indexOf(' ', reading);
        next = next < 0 || next > last ? last : next;
        kept |= next - reading == tab - start && text.regionMatches(reading, text, start, tab - start);
      }
      if (!kept) {
        changed.set(text.codePointAt(start));
      }
    }
    return changed;
  }

  /** Each entry of a table with all its readings, first first. */
  static void readAllEntries(String table, BiConsumer<String, List<String>> entry) {
    String text = resource(table);
    for (int start = 0, end; start < text.length(); start = end + 1) {
      end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end;
      int tab = text.indexOf('\t', start);
      if (tab > start && tab < end) {
        entry.accept(text.substring(start, tab), List.of(text.substring(tab + 1, end).strip().split(" ")));
      }
    }
  }

  /** Each entry of a table with its first reading. */
  static void readEntries(String table, BiConsumer<String, String> entry) {
    readAllEntries(table, (key, readings) -> entry.accept(key, readings.get(0)));
  }

  private static String resource(String table) {
    try (InputStream in = SimplifiedChinese.class.getResourceAsStream(DICTIONARIES + table)) {
      if (in == null) {
        throw new IllegalStateException(DICTIONARIES + table + " is missing from opencc4j");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package org.policybrief.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * OpenCC's conversion tables as opencc4j copies them (lines "key TAB reading[ reading…]"), and
 * which characters only one script writes. Both conversions read them here and nothing else of
 * opencc4j: its own converter, asked only whether a character is Simplified or Traditional, first
 * loaded all of its dictionaries (a third of a second of CPU in a Traditional edition) and
 * counted characters both scripts write (佘, 咔) as one script's, and 來, 內, 絲 as not.
 */
final class ChineseTables {

  private static final String DICTIONARIES = "/data/dictionary/";

  private ChineseTables() {}

  /** True for a character only Traditional writes (國, 來): Traditional → Simplified changes it. */
  static boolean traditionalOnly(int codePoint) {
    return TraditionalOnly.SET.get(codePoint);
  }

  /** True for a character only Simplified writes (国, 来): Simplified → Traditional changes it. */
  static boolean simplifiedOnly(int codePoint) {
    return SimplifiedOnly.SET.get(codePoint);
  }

  private static final class TraditionalOnly {
    static final BitSet SET = changedCharacters("TSCharacters.txt");
  }

  private static final class SimplifiedOnly {
    static final BitSet SET = changedCharacters("STCharacters.txt");
  }

  /**
   * The characters of a table that none of their readings keeps. A plain scan of the table: this
   * runs in every Chinese edition. opencc4j's tables end some lines in CR LF: the CR is no part of
   * the last reading (read with it, 于 of "于 TAB 於 于" and 台, 后, 里, 干 … counted as characters
   * only Simplified writes, and 台灣的國際數據 stayed Traditional in a Simplified edition).
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

  /** A table of opencc4j's dictionaries, or another of its resources. */
  static String resource(String table) {
    try (InputStream in = ChineseTables.class.getResourceAsStream(DICTIONARIES + table)) {
      if (in == null) {
        throw new IllegalStateException(DICTIONARIES + table + " is missing from opencc4j");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

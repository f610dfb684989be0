package org.policybrief.render;

import java.util.HashMap;
import java.util.Map;

/**
 * A phrase table of one direction of conversion, with the lengths of its phrases that start and
 * that end with each UTF-16 unit. Finding the longest phrase at a place of the text asks the table
 * only about those lengths: asking about every length up to the longest phrase (16) made a
 * substring for each and took a tenth of a weekly run's CPU.
 */
final class PhraseTable {

  /** Lengths from 63 on share the last bit, which then asks about each of them. */
  private static final int LAST_BIT = 63;

  private final Map<String, String> phrases = new HashMap<>();
  /** Per UTF-16 unit, bit n set when a phrase of n units starts (ends) with it. */
  private final long[] startLengths = new long[Character.MAX_VALUE + 1];
  private final long[] endLengths = new long[Character.MAX_VALUE + 1];
  private final int longest;

  /** The phrases of {@code table} with their first readings. */
  PhraseTable(String table) {
    ChineseTables.readEntries(table, phrases::put);
    int longest = 0;
    for (String phrase : phrases.keySet()) {
      long bit = 1L << Math.min(phrase.length(), LAST_BIT);
      startLengths[phrase.charAt(0)] |= bit;
      endLengths[phrase.charAt(phrase.length() - 1)] |= bit;
      longest = Math.max(longest, phrase.length());
    }
    this.longest = longest;
  }

  /** The reading of a phrase of the table, or null. */
  String get(String phrase) {
    return phrases.get(phrase);
  }

  /** The length in UTF-16 units of the longest phrase of the table that starts at {@code at}, or 0. */
  int longestFrom(String text, int at) {
    long lengths = startLengths[text.charAt(at)];
    for (int length = Math.min(longest, text.length() - at); length > 1; length--) {
      if (has(lengths, length) && phrases.containsKey(text.substring(at, at + length))) {
        return length;
      }
    }
    return 0;
  }

  /** The length in UTF-16 units of the longest phrase of the table that ends at {@code end}, or 0. */
  int longestTo(String text, int end) {
    long lengths = endLengths[text.charAt(end - 1)];
    for (int length = Math.min(longest, end); length > 1; length--) {
      if (has(lengths, length) && phrases.containsKey(text.substring(end - length, end))) {
        return length;
      }
    }
    return 0;
  }

  private static boolean has(long lengths, int length) {
    return (lengths >>> Math.min(length, LAST_BIT) & 1) != 0;
  }
}

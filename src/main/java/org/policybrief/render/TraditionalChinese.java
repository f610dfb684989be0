package org.policybrief.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Simplified → Traditional Chinese in the Taiwan standard, as OpenCC's {@code s2tw}: opencc4j's
 * copies of its phrase and character tables (数据 → 數據, 发展 → 發展), the text cut into the
 * table's phrases from both ends (see {@link #words}), then Taiwan's standard character
 * forms (爲 → 為, 裏 → 裡, as far as opencc4j's variant table tells them); “ ” become 「 」 and
 * ‘ ’ inside them 『 』.
 * Not {@code s2twp}: its Taiwanese idioms are software vocabulary that rewrites policy text
 * wrongly (文件 "document" → 檔案 "file", 发布 → 釋出, 代码 → 程式碼).
 *
 * <p>Text already written in Traditional keeps its characters: converting it again could turn a
 * correct 乾 or 後 into another reading. Its “ ” become 「 」 all the same, as the edition quotes
 * (a Traditional paragraph quoting with “ ”, as Hong Kong and machine-converted text do, printed
 * them beside the corner brackets of the next measure).
 */
final class TraditionalChinese {

  /** opencc4j's Taiwan variants table, keyed by the Simplified character. */
  private static final String TW_VARIANTS = "TWVariants.txt";

  /**
   * OpenCC's Simplified → Traditional tables, as opencc4j copies them, each read once: a
   * character's readings (the first is written, the others are mapped to Taiwan's forms) and a
   * phrase's first reading.
   */
  private static final class Conversion {
    static final Map<Integer, String> CHARACTERS = new HashMap<>();
    static final PhraseTable PHRASES = new PhraseTable("STPhrases.txt");
    static final Map<Integer, String> TAIWAN_FORMS;
    /** Each reading's Simplified character (the first that has it): 臺 → 台, 台 → 台. */
    static final Map<Integer, Integer> SIMPLIFIED = new HashMap<>();

    static {
      Map<String, List<String>> readings = new HashMap<>();
      ChineseTables.readAllEntries("STCharacters.txt", readings::put);
      readings.forEach((key, all) -> CHARACTERS.put(key.codePointAt(0), all.get(0)));
      readings.forEach((key, all) -> all.forEach(r -> SIMPLIFIED.putIfAbsent(r.codePointAt(0), key.codePointAt(0))));
      TAIWAN_FORMS = taiwanForms(readings);
    }
  }

  private TraditionalChinese() {}

  static String convert(String text) {
    if (!hasHan(text)) {
      return text;
    }
    if (isTraditional(text)) {
      return cornerQuotes(text);
    }
    StringBuilder out = new StringBuilder(text.length());
    List<String> words = words(text);
    for (String word : words) {
      String phrase = word.length() > 1 ? Conversion.PHRASES.get(word) : null;
      String traditional = phrase != null ? phrase : character(word);
      traditional.codePoints()
          .forEach(cp -> out.append(Conversion.TAIWAN_FORMS.getOrDefault(cp, Character.toString(cp))));
    }
    return cornerQuotes(out.toString());
  }

  /** Whether two Traditional characters are readings of one Simplified character (臺 and 台). */
  static boolean sameCharacter(int a, int b) {
    Integer simplified = Conversion.SIMPLIFIED.get(a);
    return a == b || simplified != null && simplified.equals(Conversion.SIMPLIFIED.get(b));
  }

  /**
   * Taiwan quotes with corner brackets: “ ” become 「 」 and the single quotes inside them 『 』.
   * A ’ is closed as 』 only after a ‘ still open, and not between two letters, where it is the
   * apostrophe of an English name (America’s), unless the ‘ would then stay open: 『可信AI』OpenAI
   * for ‘可信AI’OpenAI, where the quote opened and never closed. One without its ‘ stays as written.
   */
  static String cornerQuotes(String text) {
    if (text.indexOf('‘') < 0) {
      return text.replace('“', '「').replace('”', '」');
    }
    StringBuilder out = new StringBuilder(text.length());
    int open = 0;
    // per ‘ still open, where the last ’ read as an apostrophe after it went (-1: none)
    int[] lastApostrophe = new int[text.length()];
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean apostrophe = c == '’' && i > 0 && i + 1 < text.length()
          && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1))
          && !isHan(text.charAt(i - 1)) && !isHan(text.charAt(i + 1));
      if (c == '‘') {
        lastApostrophe[open++] = -1;
        out.append('『');
      } else if (c == '’' && open > 0 && !apostrophe) {
        open--;
        out.append('』');
      } else {
        if (apostrophe && open > 0) {
          lastApostrophe[open - 1] = out.length();
        }
        out.append(c == '“' ? '「' : c == '”' ? '」' : c);
      }
    }
    // a ‘ never closed was closed by the apostrophe-like ’ after it (‘可信AI’OpenAI)
    while (open > 0) {
      int at = lastApostrophe[--open];
      if (at >= 0) {
        out.setCharAt(at, '』');
      }
    }
    return out.toString();
  }

  private static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  /** One character, or a word the table does not know, character by character. */
  private static String character(String word) {
    StringBuilder out = new StringBuilder(word.length());
    word.codePoints().forEach(cp -> {
      String traditional = Conversion.CHARACTERS.get(cp);
      if (traditional != null) {
        out.append(traditional);
      } else {
        out.appendCodePoint(cp);
      }
    });
    return out.toString();
  }

  /**
   * The text cut into the phrases of the table and single characters, by the longest phrase
   * from the start and from the end, whichever gives fewer pieces (then fewer single
   * characters; then the cut from the end). From the start alone, 半导体制造 read 体制
   * "system" and left 造, which came out 半導體制造 where Taiwan writes 製造; from the end it is
   * 半导体 + 制造 → 半導體製造, as 台湾台风 is 臺灣颱風.
   */
  static List<String> words(String text) {
    List<String> forward = new ArrayList<>();
    for (int i = 0; i < text.length(); ) {
      int length = longestPhrase(text, i, true);
      forward.add(text.substring(i, i + length));
      i += length;
    }
    List<String> backward = new ArrayList<>();
    for (int end = text.length(); end > 0; ) {
      int length = longestPhrase(text, end, false);
      backward.add(text.substring(end - length, end));
      end -= length;
    }
    Collections.reverse(backward);
    if (forward.size() != backward.size()) {
      return forward.size() < backward.size() ? forward : backward;
    }
    return singles(forward) < singles(backward) ? forward : backward;
  }

  /** The length in chars of the longest phrase starting (or ending) at {@code at}; else of one character. */
  private static int longestPhrase(String text, int at, boolean starting) {
    int phrase = starting ? Conversion.PHRASES.longestFrom(text, at) : Conversion.PHRASES.longestTo(text, at);
    if (phrase > 0) {
      return phrase;
    }
    return starting
        ? Character.charCount(text.codePointAt(at))
        : Character.charCount(text.codePointBefore(at));
  }

  private static int singles(List<String> words) {
    int singles = 0;
    for (String word : words) {
      singles += word.codePointCount(0, word.length()) == 1 ? 1 : 0;
    }
    return singles;
  }

  /** True when the text has a character only Traditional writes (國) and none only Simplified writes (国). */
  static boolean isTraditional(String text) {
    boolean traditionalOnly = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (ChineseTables.simplifiedOnly(cp)) {
        return false;
      }
      traditionalOnly |= ChineseTables.traditionalOnly(cp);
      i += Character.charCount(cp);
    }
    return traditionalOnly;
  }

  private static boolean hasHan(String text) {
    return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
  }

  /**
   * Traditional character → Taiwan's form. opencc4j's table maps Simplified characters to
   * Taiwan's (为 → 為, 面 → 麵, 才 → 才), so every Traditional reading the conversion may write
   * for that Simplified character (爲; 麪 of 面条; 纔 of 刚才) is mapped to Taiwan's form, but
   * never the Simplified character itself: 面 "face" stays 面, 才 stays 才. Only the first
   * reading was mapped before, and 面条 and 刚才 came out 麪條 and 剛纔, forms Taiwan does not
   * write (麵條, 剛才).
   */
  private static Map<Integer, String> taiwanForms(Map<String, List<String>> readings) {
    Map<Integer, String> forms = new HashMap<>();
    for (String line : ChineseTables.resource(TW_VARIANTS).split("\n")) {
      String[] pair = line.strip().split("\\s+");
      if (pair.length == 2) {
        for (String traditional : readings.getOrDefault(pair[0], List.of())) {
          if (!traditional.equals(pair[0]) && !traditional.equals(pair[1])
              && traditional.codePointCount(0, traditional.length()) == 1) {
            forms.put(traditional.codePointAt(0), pair[1]);
          }
        }
      }
    }
    // 着 is not in the character table (it is Traditional too), so the rule above skips the
    // variants table's 着 → 著; Taiwan writes 著 in every reading (意味著, 著手), and 着 is not in Big5.
    forms.put((int) '着', "著");
    return Map.copyOf(forms);
  }
}

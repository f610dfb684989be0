package org.policybrief.model;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Text that prints as nothing though it is not empty: nothing but invisible characters (a
 * zero-width space, a word joiner, a byte order mark, variation selectors, joiners, bidi marks)
 * and spaces of any width. A title of them printed empty where an empty one is refused or
 * replaced, so every text the user gives is checked with this.
 */
public final class InvisibleText {

  private InvisibleText() {}

  /** Whether the text is not empty but every character of it is blank or invisible. */
  public static boolean printsNothing(String text) {
    return text != null && !text.isEmpty() && text.codePoints().allMatch(InvisibleText::isInvisible);
  }

  private static boolean isInvisible(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp)
        || Character.getType(cp) == Character.FORMAT   // ZWSP, word joiner, BOM, ZWJ, bidi marks
        || isVariationSelector(cp)
        || (cp >= 0x180B && cp <= 0x180F)                // Mongolian variation selectors
        || cp == 0x034F                                  // combining grapheme joiner
        || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0; // Hangul fillers
  }

  /**
   * The text with each character that prints as nothing but the space, and each control
   * character, written as {@code <U+200B>}: a bad value quoted in a message ("bad date … found
   * "2025-07-26"" for a date with a zero-width space, "bad country code "US "" for one with a
   * no-break space) reads as the good value it is not, and a NUL or an escape would go out as sent.
   */
  public static String spelledOut(String text) {
    if (text.codePoints().noneMatch(InvisibleText::spelled)) {
      return text;
    }
    StringBuilder shown = new StringBuilder(text.length() + 8);
    text.codePoints().forEach(cp -> {
      if (spelled(cp)) {
        shown.append(String.format(Locale.ROOT, "<U+%04X>", cp));
      } else {
        shown.appendCodePoint(cp);
      }
    });
    return shown.toString();
  }

  /** As {@link #spelledOut}, at most the first {@code characters} of the text, then "…". */
  public static String spelledOut(String text, int characters) {
    if (text.codePointCount(0, text.length()) <= characters) {
      return spelledOut(text);
    }
    return spelledOut(text.substring(0, text.offsetByCodePoints(0, characters))) + "…";
  }

  private static boolean spelled(int cp) {
    return cp != ' ' && (isInvisible(cp) || Character.isISOControl(cp));
  }

  /** Variation selectors (U+FE00–FE0F, U+E0100–E01EF) choose a glyph's style and draw nothing. */
  public static boolean isVariationSelector(int cp) {
    return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
  }

  /** The text's distinct characters as {@code U+200B ZERO WIDTH SPACE}, the first three. */
  public static String named(String text) {
    List<Integer> distinct = text.codePoints().distinct().boxed().toList();
    String shown = distinct.stream().limit(3).map(cp -> String.format(Locale.ROOT, "U+%04X%s", cp,
        Character.getName(cp) == null ? "" : " " + Character.getName(cp)))
        .collect(Collectors.joining(", "));
    return distinct.size() > 3 ? shown + ", …" : shown;
  }
}

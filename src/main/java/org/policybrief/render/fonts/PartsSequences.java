package org.policybrief.render.fonts;

import java.lang.Character.UnicodeScript;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.StringJoiner;
import org.policybrief.model.InvisibleText;

/**
 * Sequences of characters that should print as one sign but print as their parts: PDFBox draws
 * each character with its own glyph and applies no OpenType substitution, so a flag (two regional
 * indicators) shows as two boxed letters, emoji joined by U+200D side by side, a skin tone as a
 * swatch after its emoji, a keycap as its digit and an empty frame, and a combining mark on a Han
 * character (中 + U+0301, which has no composed form) beside or across it, the mark being made for
 * a Latin letter. Reported, like {@link ComplexScripts}, as text that prints unshaped.
 */
final class PartsSequences {

  /** Sequences quoted from a text, at most. */
  private static final int QUOTED = 3;

  private static final Set<UnicodeScript> WIDE = EnumSet.of(UnicodeScript.HAN,
      UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA, UnicodeScript.HANGUL, UnicodeScript.BOPOMOFO);

  private enum Kind {
    FLAG("a flag as its two letters"),
    JOINED("emoji joined by U+200D side by side"),
    SKIN_TONE("a skin tone as a swatch after its emoji"),
    KEYCAP("a keycap as its character and an empty frame"),
    MARK("a mark on a Han, kana or Hangul character beside it, not on it");

    private final String prints;

    Kind(String prints) {
      this.prints = prints;
    }
  }

  private final Set<String> found = new LinkedHashSet<>();
  private final Set<Kind> kinds = EnumSet.noneOf(Kind.class);

  private PartsSequences() {}

  /**
   * Whether {@code cp} may take part in such a sequence: only texts with one are searched (a
   * regional indicator, a skin tone, the keycap frame, U+200D, a combining mark).
   */
  static boolean mayJoin(int cp) {
    if (cp < 0x0300) {
      return false;
    }
    int type = Character.getType(cp);
    return isRegionalIndicator(cp) || isSkinTone(cp) || cp == 0x200D
        || ((type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK)
            && !InvisibleText.isVariationSelector(cp));
  }

  /** The message for {@code text}'s sequences, or null when it has none. */
  static String message(String text, String row, String field) {
    PartsSequences sequences = new PartsSequences();
    sequences.search(text);
    if (sequences.found.isEmpty()) {
      return null;
    }
    int count = sequences.found.size();
    StringJoiner quoted = new StringJoiner(", ");
    sequences.found.stream().limit(QUOTED).forEach(s -> quoted.add("\"" + s + "\""));
    String more = count > QUOTED ? " and " + (count - QUOTED) + " more" : "";
    StringJoiner prints = new StringJoiner("; ");
    sequences.kinds.forEach(k -> prints.add(k.prints));
    return row + ", " + field + " has " + (count == 1 ? "a sequence that prints as its parts ("
        : count + " sequences that print as their parts (") + quoted + more + "): the layout"
        + " draws each character alone, so it shows " + prints;
  }

  private void search(String text) {
    int i = 0;
    while (i < text.length()) {
      int start = i;
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (isRegionalIndicator(cp) && i < text.length() && isRegionalIndicator(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
        add(Kind.FLAG, text.substring(start, i));
        continue;
      }
      boolean wide = WIDE.contains(UnicodeScript.of(cp));
      Kind first = null;
      while (i < text.length()) {
        int next = text.codePointAt(i);
        Kind kind = following(cp, next, wide);
        if (kind == null && !InvisibleText.isVariationSelector(next)) {
          break;
        }
        i += Character.charCount(next);
        if (kind == Kind.JOINED && i < text.length()) {
          i += Character.charCount(text.codePointAt(i)); // the emoji after the joiner
        }
        if (kind != null) {
          kinds.add(kind);
          first = first == null ? kind : first;
        }
      }
      if (first != null) {
        add(first, text.substring(start, i));
      }
    }
  }

  /** What {@code next} after {@code base} makes of the two, or null if it is no such part. */
  private static Kind following(int base, int next, boolean wideBase) {
    if (isSkinTone(next)) {
      return Kind.SKIN_TONE;
    }
    if (next == 0x20E3) {
      return Kind.KEYCAP;
    }
    if (next == 0x200D && Character.getType(base) == Character.OTHER_SYMBOL) {
      return Kind.JOINED;
    }
    int type = Character.getType(next);
    if (wideBase && (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK)
        && !InvisibleText.isVariationSelector(next)) {
      return Kind.MARK;
    }
    return null;
  }

  private void add(Kind kind, String sequence) {
    kinds.add(kind);
    found.add(sequence);
  }

  private static boolean isRegionalIndicator(int cp) {
    return cp >= 0x1F1E6 && cp <= 0x1F1FF;
  }

  private static boolean isSkinTone(int cp) {
    return cp >= 0x1F3FB && cp <= 0x1F3FF;
  }
}

package org.policybrief.data;

import com.ibm.icu.lang.UCharacter;
import java.util.Locale;
import org.policybrief.diag.Diagnostics;
import org.policybrief.diag.Location;

/**
 * Reports characters a data file must not hold, each with its line, column and name, as NUL is
 * reported: controls (C0 but TAB, LF and CR; DEL; C1), which print as a replacement mark or not
 * at all; noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF and the last two of every plane), which
 * are not for interchange; and the bidi embeddings and overrides U+202A–U+202E, which the
 * renderer would print as marks and which would fight the direction the briefing sets itself.
 * Isolates (U+2066–U+2069), LRM, RLM, ZWJ and ZWNJ are fine. A TAB is kept: the PDF shows it as
 * a space, as it shows a line break inside a quoted field. A workbook's or a database's cells get
 * the same check, each character reported at its cell.
 */
public final class UnprintableCharacters {

  private UnprintableCharacters() {}

  static void check(String text, TextPositions positions, Diagnostics diagnostics) {
    int found = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      String problem = problem(cp);
      if (problem != null) {
        found++;
        if (found <= Utf8Text.REPORTED) {
          diagnostics.error(positions.at(i), "csv." + problem, message(problem, cp));
        } else if (found == Utf8Text.REPORTED + 1) {
          diagnostics.error(positions.at(i), "csv." + problem, "and "
              + (countFrom(text, i)) + " more characters from here on that cannot be in a data"
              + " file (only the first " + Utf8Text.REPORTED + " of the file are reported)");
        }
      }
      i += Character.charCount(cp);
    }
  }

  /**
   * Checks the text of one cell of a workbook sheet or database table ({@code scope}), which is
   * located as a whole: codes under {@code prefix} ({@code xlsx}, {@code sql}), at most
   * {@link Utf8Text#REPORTED} reported per sheet or table. {@code found} counts the characters
   * found in the sheet or table before this cell; returns the count after it.
   */
  public static int checkCell(String text, Location at, String prefix, String scope, int found,
      Diagnostics diagnostics) {
    int count = found;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      String problem = problem(cp);
      if (problem != null) {
        count++;
        if (count <= Utf8Text.REPORTED) {
          diagnostics.error(at, prefix + "." + problem, message(problem, cp));
        } else if (count == Utf8Text.REPORTED + 1) {
          diagnostics.error(at, prefix + "." + problem, "and more characters from here on that"
              + " cannot be in a data file (only the first " + Utf8Text.REPORTED + " of the "
              + scope + " are reported)");
        }
      }
      i += Character.charCount(cp);
    }
    return count;
  }

  /** The code's last part for a character that cannot be in a data file, or null. */
  static String problem(int cp) {
    if (cp == '\t' || cp == '\n' || cp == '\r') {
      return null;
    }
    if (Character.getType(cp) == Character.CONTROL) {
      return "control-character";
    }
    if ((cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE) {
      return "noncharacter";
    }
    if (cp >= 0x202A && cp <= 0x202E) {
      return "bidi-embedding";
    }
    return null;
  }

  private static String message(String problem, int cp) {
    String named = String.format(Locale.ROOT, "U+%04X", cp) + name(cp);
    switch (problem) {
      case "control-character":
        return "control character " + named + " in the text: it cannot be printed; remove it";
      case "noncharacter":
        return "noncharacter " + named + " in the text: it is not meant for data and cannot be"
            + " printed (is the file damaged?); remove it";
      default:
        return "bidi control " + named + " in the text: the program sets the direction of text"
            + " itself, and embeddings and overrides would print as marks; remove it (an isolate"
            + " U+2066–U+2069 or a mark U+200E/U+200F may be used where one is needed)";
    }
  }

  /** " BEL", " RIGHT-TO-LEFT OVERRIDE", or nothing for a noncharacter. */
  private static String name(int cp) {
    String name = UCharacter.getName(cp);
    if (name == null) {
      name = Character.getName(cp); // controls: ICU has no name, the JDK their Unicode 1.0 one
    }
    return name == null ? "" : " " + name;
  }

  private static int countFrom(String text, int from) {
    int count = 0;
    for (int i = from; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (problem(cp) != null) {
        count++;
      }
      i += Character.charCount(cp);
    }
    return count;
  }
}

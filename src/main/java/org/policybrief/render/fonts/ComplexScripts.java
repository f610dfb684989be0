package org.policybrief.render.fonts;

import java.lang.Character.UnicodeScript;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The scripts whose text needs shaping that the layout does not do. openhtmltopdf draws one
 * glyph per character, in the order stored, and applies no OpenType substitution or positioning;
 * only Arabic is shaped, by ICU, into the presentation forms the font maps. Text of these scripts
 * therefore prints with its letters unjoined and unreordered: नीति (Devanagari) shows its vowel
 * sign i after the consonant it belongs before, a conjunct as letters with a visible virama.
 */
final class ComplexScripts {

  /** Characters of the script quoted from a text, at most. */
  private static final int QUOTED = 16;

  private static final Set<UnicodeScript> NEED_SHAPING = Stream.of(
      // Indic: reordered vowel signs, conjuncts, half forms
      "DEVANAGARI", "BENGALI", "GURMUKHI", "GUJARATI", "ORIYA", "TAMIL", "TELUGU", "KANNADA",
      "MALAYALAM", "SINHALA",
      // South-east Asian and Himalayan: stacked, reordered or decomposed vowels and consonants
      "THAI", "LAO", "TIBETAN", "MYANMAR", "KHMER", "TAI_THAM", "NEW_TAI_LUE", "BALINESE",
      "JAVANESE", "SUNDANESE", "BUGINESE", "MAKASAR", "BATAK", "REJANG", "LEPCHA", "LIMBU",
      "CHAKMA", "CHAM", "KAYAH_LI", "MEETEI_MAYEK", "SAURASHTRA", "SYLOTI_NAGRI", "TAGALOG",
      "HANUNOO", "BUHID", "TAGBANWA",
      // historical Brahmic scripts
      "BRAHMI", "KHAROSHTHI", "KAITHI", "SHARADA", "TAKRI", "KHOJKI", "KHUDAWADI", "TIRHUTA",
      "MODI", "SIDDHAM", "GRANTHA", "NEWA", "MAHAJANI", "AHOM", "DOGRA", "BHAIKSUKI", "MARCHEN",
      "ZANABAZAR_SQUARE", "SOYOMBO", "GUNJALA_GONDI", "MASARAM_GONDI", "NANDINAGARI",
      "DIVES_AKURU",
      // joining scripts other than Arabic
      "SYRIAC", "MONGOLIAN", "NKO", "PHAGS_PA", "MANDAIC", "MANICHAEAN", "PSALTER_PAHLAVI",
      "ADLAM", "HANIFI_ROHINGYA", "SOGDIAN", "CHORASMIAN")
      .map(UnicodeScript::valueOf)
      .collect(Collectors.toCollection(() -> EnumSet.noneOf(UnicodeScript.class)));

  private ComplexScripts() {}

  /** Whether the character's script needs shaping the layout does not do. */
  static boolean needsShaping(int cp) {
    return NEED_SHAPING.contains(UnicodeScript.of(cp));
  }

  /**
   * One message for a field's text of such scripts: each script by name with its first word
   * ({@code firstAt}: where a character of it drawn by a font first comes in {@code text}).
   */
  static String unshapedMessage(String text, Map<UnicodeScript, Integer> firstAt, String row,
      String field) {
    StringJoiner scripts = new StringJoiner(" and ");
    firstAt.forEach((script, at) ->
        scripts.add(name(script) + " (\"" + word(text, at, script) + "\")"));
    String shaping = firstAt.size() == 1
        ? "no " + name(firstAt.keySet().iterator().next()) + " shaping, so its letters"
        : "no shaping of these scripts, so their letters";
    return row + ", " + field + " has " + scripts + " text, which prints unshaped: the layout does "
        + shaping + " print one by one as stored, not reordered, joined or stacked, and may read"
        + " wrongly";
  }

  /** {@code "Tai Tham"} of {@code TAI_THAM}. */
  static String name(UnicodeScript script) {
    return switch (script) {
      case NKO -> "N'Ko";
      case PHAGS_PA -> "Phags-pa";
      default -> Stream.of(script.name().toLowerCase(Locale.ROOT).split("_"))
          .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
          .collect(Collectors.joining(" "));
    };
  }

  /** The word of {@code script} from {@code start}: its letters and the marks on them. */
  private static String word(String text, int start, UnicodeScript script) {
    StringBuilder word = new StringBuilder();
    int count = 0;
    for (int i = start; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
      int cp = text.codePointAt(i);
      UnicodeScript s = UnicodeScript.of(cp);
      if (s != script && s != UnicodeScript.INHERITED) {
        break;
      }
      if (count++ == QUOTED) {
        return word.append('…').toString();
      }
      word.appendCodePoint(cp);
    }
    return word.toString();
  }
}

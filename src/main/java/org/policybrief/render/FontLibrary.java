package org.policybrief.render;

import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.FontMappers;

/**
 * The fonts briefings are set in. Each edition's CSS names them in the order openhtmltopdf tries
 * them per character (see {@link #familiesOf}); a face is parsed only when an edition uses it.
 * A user's font folder replaces a built-in face by file name. One library per process.
 */
final class FontLibrary {

  static final String CJK_FAMILY = "Noto Sans SC";
  static final String TRADITIONAL_FAMILY = "Noto Sans TC";
  static final String LATIN_FAMILY = "Noto Sans";

  private final FontFace latinRegular;
  private final List<FontFace> faces;

  /** {@code userFonts} may be null; a file of the same name there wins over the built-in one. */
  FontLibrary(Path userFonts) {
    latinRegular = face(LATIN_FAMILY, 400, "NotoSans-Regular.ttf", userFonts);
    faces = List.of(
        face(CJK_FAMILY, 400, "NotoSansSC-Regular.ttf", userFonts),
        face(CJK_FAMILY, 700, "NotoSansSC-Bold.ttf", userFonts),
        face(TRADITIONAL_FAMILY, 400, "NotoSansTC-Regular.ttf", userFonts),
        face(TRADITIONAL_FAMILY, 700, "NotoSansTC-Bold.ttf", userFonts),
        latinRegular,
        face(LATIN_FAMILY, 700, "NotoSans-Bold.ttf", userFonts));
    FontMappers.set(new BundledFontMapper(latinRegular));
  }

  private static FontFace face(String family, int weight, String file, Path userFonts) {
    return new FontFace(family, weight, "/fonts/" + file, userFonts == null ? null : userFonts.resolve(file));
  }

  List<FontFace> faces() {
    return faces;
  }

  /**
   * The families of an edition in fallback order, as its CSS lists them (templates/briefing.css):
   * Traditional Chinese falls back per character to Simplified, which has glyphs TC lacks; English
   * puts the Latin face first, whose quotes and apostrophes are not 1 em wide.
   */
  static List<String> familiesOf(EditionLanguage language) {
    return switch (language.id()) {
      case "zh-Hant" -> List.of(TRADITIONAL_FAMILY, CJK_FAMILY, LATIN_FAMILY);
      case "en" -> List.of(LATIN_FAMILY, CJK_FAMILY);
      default -> List.of(CJK_FAMILY, LATIN_FAMILY);
    };
  }

  FontFace regularFace(String family) {
    return faces.stream().filter(f -> f.family().equals(family) && f.weight() == 400).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no font family " + family));
  }

  /** An edition's regular faces, in fallback order: a character is missing when none has it. */
  List<FontFace> regularFaces(EditionLanguage language) {
    return familiesOf(language).stream()
        .flatMap(family -> faces.stream().filter(f -> f.family().equals(family) && f.weight() == 400))
        .toList();
  }
}

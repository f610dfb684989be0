package org.policybrief.render;

import java.util.List;
import org.apache.pdfbox.pdmodel.font.FontMappers;

/**
 * The fonts a briefing is set in, in the order openhtmltopdf tries them per character: the CJK
 * face first for Chinese editions, then Noto Sans for scripts it lacks. One library per process.
 */
final class FontLibrary {

  static final String CJK_FAMILY = "Noto Sans SC";
  static final String LATIN_FAMILY = "Noto Sans";

  private final FontFace latinRegular = new FontFace(LATIN_FAMILY, 400, "/fonts/NotoSans-Regular.ttf");
  private final List<FontFace> faces = List.of(
      new FontFace(CJK_FAMILY, 400, "/fonts/NotoSansSC-Regular.ttf"),
      new FontFace(CJK_FAMILY, 700, "/fonts/NotoSansSC-Bold.ttf"),
      latinRegular,
      new FontFace(LATIN_FAMILY, 700, "/fonts/NotoSans-Bold.ttf"));

  FontLibrary() {
    FontMappers.set(new BundledFontMapper(latinRegular));
  }

  List<FontFace> faces() {
    return faces;
  }

  /** The regular faces, in fallback order: a character is missing when none of them has it. */
  List<FontFace> regularFaces() {
    return faces.stream().filter(f -> f.weight() == 400).toList();
  }
}

package org.policybrief.render.fonts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.policybrief.diag.Diagnostic;
import org.policybrief.diag.Diagnostics;

/**
 * The fonts briefings are set in. Each edition's CSS names them in the order openhtmltopdf tries
 * them per character: the edition's own families ({@link #familiesOf}), then the fallback
 * families its text needs ({@link #FALLBACK_FAMILIES}). openhtmltopdf reads the metrics of every
 * family in that list, so a fallback is listed, parsed and embedded only in a briefing whose text
 * needs it. A user's font folder replaces a built-in face by file name. One library per process.
 */
public final class FontLibrary {

  public static final String CJK_FAMILY = "Noto Sans SC";
  public static final String TRADITIONAL_FAMILY = "Noto Sans TC";
  public static final String LATIN_FAMILY = "Noto Sans";
  /** CJK Extension B and compatibility ideographs neither SC nor TC has (𠮷 U+20BB7). */
  public static final String JAPANESE_FAMILY = "Noto Sans JP";
  /** Hangul: Korean names and titles in the data. */
  public static final String KOREAN_FAMILY = "Noto Sans KR";
  public static final String ARABIC_FAMILY = "Noto Sans Arabic";
  public static final String HEBREW_FAMILY = "Noto Sans Hebrew";
  /** Monochrome emoji: single code points; ZWJ sequences and flags print as their parts. */
  public static final String EMOJI_FAMILY = "Noto Emoji";

  /** Where the built-in font files are packed. */
  private static final String RESOURCES = "/fonts/";

  /**
   * Families for characters an edition's own families lack, in the order they are tried: the
   * other Chinese script first (TC has 1,707 Extension B ideographs, SC 54), then Japanese,
   * Korean, Arabic, Hebrew and emoji.
   */
  public static final List<String> FALLBACK_FAMILIES = List.of(CJK_FAMILY, TRADITIONAL_FAMILY,
      JAPANESE_FAMILY, KOREAN_FAMILY, ARABIC_FAMILY, HEBREW_FAMILY, EMOJI_FAMILY);

  private final FontFace latinRegular;
  private final List<FontFace> faces;
  private final Path userFonts;
  /** What {@link UserFontCheck} found in {@link #userFonts}; null until checked. */
  private List<Diagnostic> userFontProblems;

  /** {@code userFonts} may be null; a file of the same name there wins over the built-in one. */
  public FontLibrary(Path userFonts) {
    this.userFonts = userFonts;
    latinRegular = face(LATIN_FAMILY, 400, "NotoSans-Regular.ttf", userFonts);
    faces = List.of(
        face(CJK_FAMILY, 400, "NotoSansSC-Regular.ttf", userFonts),
        face(CJK_FAMILY, 700, "NotoSansSC-Bold.ttf", userFonts),
        face(TRADITIONAL_FAMILY, 400, "NotoSansTC-Regular.ttf", userFonts),
        face(TRADITIONAL_FAMILY, 700, "NotoSansTC-Bold.ttf", userFonts),
        latinRegular,
        face(LATIN_FAMILY, 700, "NotoSans-Bold.ttf", userFonts),
        face(JAPANESE_FAMILY, 400, "NotoSansJP-Regular.ttf", userFonts),
        face(KOREAN_FAMILY, 400, "NotoSansKR-Regular.ttf", userFonts),
        face(ARABIC_FAMILY, 400, "NotoSansArabic-Regular.ttf", userFonts),
        face(ARABIC_FAMILY, 700, "NotoSansArabic-Bold.ttf", userFonts),
        face(HEBREW_FAMILY, 400, "NotoSansHebrew-Regular.ttf", userFonts),
        face(HEBREW_FAMILY, 700, "NotoSansHebrew-Bold.ttf", userFonts),
        face(EMOJI_FAMILY, 400, "NotoEmoji-Regular.ttf", userFonts));
    FontMappers.set(new BundledFontMapper(latinRegular));
  }

  /**
   * Reports the problems of the user's font folder, checked once per library (see
   * {@link UserFontCheck}); false when a file in it cannot be used. Without a folder, no work.
   */
  public synchronized boolean checkUserFonts(Diagnostics diagnostics) {
    if (userFonts == null) {
      return true;
    }
    if (userFontProblems == null) {
      userFontProblems = UserFontCheck.check(userFonts, faces);
    }
    userFontProblems.forEach(diagnostics::report);
    return userFontProblems.stream().noneMatch(Diagnostic::isError);
  }

  /**
   * Starts parsing, on another core, the built-in faces most briefings need (Noto Sans SC, the
   * first or last resort of every edition), so that the parse overlaps reading the command line
   * and the data: a cold briefing used to wait for it. A failure is left for the render to meet.
   */
  public static void preloadCommon() {
    List<FontSource> sources = List.of(FontSource.builtIn(RESOURCES + "NotoSansSC-Regular.ttf"),
        FontSource.builtIn(RESOURCES + "NotoSansSC-Bold.ttf"));
    sources.forEach(FontSource::expectPreload);
    Thread preload = new Thread(() -> {
      try {
        sources.forEach(FontSource::preload);
      } catch (RuntimeException | Error e) {
        // not needed for correctness; the render meets and reports it (an out-of-memory too)
      }
    }, "policybrief-font-preload");
    preload.setDaemon(true);
    preload.start();
  }

  private static FontFace face(String family, int weight, String file, Path userFonts) {
    return new FontFace(family, weight, RESOURCES + file, userFonts == null ? null : userFonts.resolve(file));
  }

  public List<FontFace> faces() {
    return faces;
  }

  /**
   * The edition's own families in fallback order: Traditional Chinese falls back per character to
   * Simplified, which has glyphs TC lacks; English puts the Latin face first, whose quotes and
   * apostrophes are not 1 em wide.
   */
  public static List<String> familiesOf(String language) {
    return switch (language) {
      case "zh-Hant" -> List.of(TRADITIONAL_FAMILY, CJK_FAMILY, LATIN_FAMILY);
      case "en" -> List.of(LATIN_FAMILY, CJK_FAMILY);
      default -> List.of(CJK_FAMILY, LATIN_FAMILY);
    };
  }

  /** The fallback families of an edition, in the order they are tried. */
  public static List<String> fallbacksOf(String language) {
    List<String> own = familiesOf(language);
    return FALLBACK_FAMILIES.stream().filter(f -> !own.contains(f)).toList();
  }

  /** The edition's families followed by {@code fallbacks}, in the order the edition tries them. */
  public static List<String> familiesOf(String language, Collection<String> fallbacks) {
    List<String> families = new ArrayList<>(familiesOf(language));
    fallbacksOf(language).stream().filter(fallbacks::contains).forEach(families::add);
    return families;
  }

  /** A CSS {@code font-family} value: {@code "Noto Sans SC", "Noto Sans"}. */
  public static String css(List<String> families) {
    return families.stream().map(f -> '"' + f + '"').collect(Collectors.joining(", "));
  }

  /**
   * The family names a document registers {@code face} under: its family, and the family a user's
   * file of another family names itself by, which charts set in that file carry (openhtmltopdf
   * matches chart text to a document's fonts by family name), unless a face of this library has
   * that family: chart text is then set in that face.
   */
  public List<String> familyNames(FontFace face) {
    return face.ownFamily().filter(own -> faces.stream().noneMatch(f -> f.family().equals(own)))
        .map(own -> List.of(face.family(), own)).orElse(List.of(face.family()));
  }

  public FontFace regularFace(String family) {
    return faces.stream().filter(f -> f.family().equals(family) && f.weight() == 400).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no font family " + family));
  }

  /** An edition's regular faces, in fallback order: a character is missing when none has it. */
  public List<FontFace> regularFaces(String language) {
    return familiesOf(language).stream().map(this::regularFace).toList();
  }

  /** The regular faces of the edition's fallback families, in the order they are tried. */
  public List<FontFace> fallbackFaces(String language) {
    return fallbacksOf(language).stream().map(this::regularFace).toList();
  }
}

package org.policybrief.render.fonts;

import java.lang.Character.UnicodeScript;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.policybrief.diag.Diagnostics;
import org.policybrief.diag.Location;
import org.policybrief.model.Category;
import org.policybrief.model.Dataset;
import org.policybrief.model.Document;
import org.policybrief.model.InvisibleText;
import org.policybrief.model.Measure;
import org.policybrief.model.Text;

/**
 * Finds characters of the data that the edition's own fonts cannot draw. Each one a fallback
 * family has (emoji, Arabic, CJK Extension B) adds that family to {@link #fallbacks()}, the
 * families the briefing must list; one that no font has is reported by name, code point and cell,
 * since the PDF would otherwise show a replacement mark in its place. Text a font draws but the
 * layout cannot shape (Devanagari, Khmer and other {@link ComplexScripts}) is reported too: it
 * prints with the right glyphs in the wrong form. Only the text the edition prints is checked: of
 * a text in two languages, the column of its language, or the other one when that is empty (see
 * {@link Edition}).
 */
public final class GlyphCheck {

  /** Missing characters named per field; the rest are counted. */
  private static final int NAMED = 8;

  /**
   * What an edition prints of the data: the Chinese column of a text ({@code chinese}) or the
   * English one, and the text as shown ({@code shown}: for zh-Hant, converted).
   */
  public record Edition(boolean chinese, UnaryOperator<String> shown) {}

  private final List<FontFace> faces;
  private final List<FontFace> fallbackFaces;
  private final Diagnostics diagnostics;
  private final Edition edition;
  /** Characters a face draws, or that draw nothing: checked once per check, not per text. */
  private final BitSet settled = new BitSet();
  /** Of those, the ones drawn whose script needs shaping the layout does not do. */
  private final BitSet unshaped = new BitSet();
  /** Characters that may join others into one sign (see {@link PartsSequences#mayJoin}). */
  private final BitSet joining = new BitSet();
  private final Set<String> fallbacks = new LinkedHashSet<>();

  public GlyphCheck(List<FontFace> faces, Diagnostics diagnostics, Edition edition) {
    this(faces, List.of(), diagnostics, edition);
  }

  /**
   * {@code fallbackFaces} are tried, in order, for a character none of {@code faces} has; they are
   * read only when the text has such a character.
   */
  public GlyphCheck(List<FontFace> faces, List<FontFace> fallbackFaces, Diagnostics diagnostics,
      Edition edition) {
    this.faces = faces;
    this.fallbackFaces = fallbackFaces;
    this.diagnostics = diagnostics;
    this.edition = edition;
  }

  /** The fallback families the checked text needs, in the order first needed. */
  public Set<String> fallbacks() {
    return fallbacks;
  }

  public void check(Dataset dataset) {
    for (Category c : dataset.categories()) {
      check(c.name(), true, c::at, "category " + c.id(), "name");
    }
    for (Document d : dataset.documents()) {
      check(d.title(), true, d::at, "document " + d.id(), "title");
      check(d.issuer(), d.at("issuer"), "document " + d.id(), "issuer");
    }
    for (Measure m : dataset.measures()) {
      check(m.title(), true, m::at, "measure " + m.id(), "title");
      check(m.summary(), true, m::at, "measure " + m.id(), "summary");
      check(String.join(" ", m.tags()), m.at("tags"), "measure " + m.id(), "tags");
    }
    // a name not given in the edition's language is the built-in one, not the other column
    dataset.countryNames().values()
        .forEach(c -> check(c.name(), false, c::at, "country " + c.code(), "name"));
  }

  /** A free text, e.g. the title given on the command line. */
  public void check(String text, String where) {
    check(text, Location.NONE, where, "text");
  }

  /** A text in both languages that is not a row of the dataset, e.g. a removed measure's title. */
  public void check(Text text, String where) {
    check(text, true, column -> Location.NONE, where, "text");
  }

  /**
   * The column of {@code text} the edition prints: its language's, else, when {@code fallsBack},
   * the other one. {@code cells} locates a column's cell, as {@link Measure#at(String)} does.
   */
  private void check(Text text, boolean fallsBack, Function<String, Location> cells, String row,
      String field) {
    boolean chinese = edition.chinese();
    String own = chinese ? text.zh() : text.en();
    if (own.isEmpty() && fallsBack) {
      chinese = !chinese;
    }
    String column = field + (chinese ? "_zh" : "_en");
    check(chinese ? text.zh() : text.en(), cells.apply(column), row, column);
  }

  private void check(String text, Location at, String row, String field) {
    String printed = edition.shown().apply(text);
    Set<Integer> missing = null;
    Map<UnicodeScript, Integer> unshapedAt = null;
    boolean joins = false;
    for (int i = 0; i < printed.length(); ) {
      int cp = printed.codePointAt(i);
      if (settled.get(cp) || settle(cp)) {
        if (unshaped.get(cp)) {
          if (unshapedAt == null) {
            unshapedAt = new LinkedHashMap<>();
          }
          unshapedAt.putIfAbsent(UnicodeScript.of(cp), i);
        }
      } else {
        if (missing == null) {
          missing = new LinkedHashSet<>();
        }
        missing.add(cp);
      }
      joins |= joining.get(cp);
      i += Character.charCount(cp);
    }
    if (missing != null) {
      diagnostics.warning(at, "glyph.missing", missingMessage(List.copyOf(missing), row, field));
    }
    if (unshapedAt != null) {
      diagnostics.warning(at, "glyph.unshaped",
          ComplexScripts.unshapedMessage(printed, unshapedAt, row, field));
    }
    String parts = joins ? PartsSequences.message(printed, row, field) : null;
    if (parts != null) {
      diagnostics.warning(at, "glyph.unshaped", parts);
    }
  }

  /**
   * One message per field: every character no font has, by name, the first few of them, and what
   * becomes of them: openhtmltopdf prints a placeholder ({@code #}) for one, but leaves a
   * private-use character (U+E000–F8FF, planes 15–16) or an unassigned code point (U+0378, in
   * the Unicode version of the Java that runs) out of the text, as it does controls.
   */
  private static String missingMessage(List<Integer> missing, String row, String field) {
    long privateUse = missing.stream().filter(GlyphCheck::isPrivateUse).count();
    long unassigned = missing.stream().filter(GlyphCheck::isUnassigned).count();
    long leftOut = privateUse + unassigned;
    if (missing.size() == 1) {
      return "no font has a glyph for " + describe(missing.get(0)) + " in " + row + ", " + field
          + (privateUse == 1 ? "; it is a private-use character and is left out of the text"
              : unassigned == 1 ? "; it is an unassigned code point and is left out of the text"
              : "; it prints as a placeholder");
    }
    StringJoiner named = new StringJoiner(", ");
    missing.stream().limit(NAMED).forEach(cp -> named.add(describe(cp)));
    String more = missing.size() > NAMED ? " and " + (missing.size() - NAMED) + " more" : "";
    String kinds = unassigned == 0 ? "private-use" : privateUse == 0 ? "unassigned"
        : "private-use or unassigned";
    String fate = leftOut == 0 ? "they print as placeholders"
        : leftOut == missing.size()
            ? "they are " + (unassigned == 0 ? "private-use characters"
                : privateUse == 0 ? "unassigned code points"
                : "private-use characters or unassigned code points")
                + " and are left out of the text"
        : "they print as placeholders, but the "
            + (leftOut == 1 ? kinds + " one is" : leftOut + " " + kinds + " ones are")
            + " left out of the text";
    return "no font has a glyph for " + missing.size() + " characters in " + row + ", " + field
        + ": " + named + more + "; " + fate;
  }

  private static boolean isPrivateUse(int cp) {
    return Character.getType(cp) == Character.PRIVATE_USE;
  }

  private static boolean isUnassigned(int cp) {
    return Character.getType(cp) == Character.UNASSIGNED;
  }

  /** {@code "א" (U+05D0 HEBREW LETTER ALEF)}; an unassigned code point as {@code (U+0378 unassigned)}. */
  private static String describe(int cp) {
    String name = Character.getName(cp);
    return String.format(Locale.ROOT, "\"%s\" (U+%04X %s)", new String(Character.toChars(cp)), cp,
        name == null ? "unassigned" : name);
  }

  /**
   * Whether a font draws the character, or it draws nothing: then it is settled for every text.
   * A character drawn is also marked when its script needs shaping (see {@link ComplexScripts}).
   */
  private boolean settle(int cp) {
    if (PartsSequences.mayJoin(cp)) {
      joining.set(cp);
    }
    if (isDrawable(cp)) {
      if (faces.stream().noneMatch(f -> f.hasGlyph(cp))) {
        Optional<FontFace> fallback = fallbackFaces.stream().filter(f -> f.hasGlyph(cp)).findFirst();
        if (fallback.isEmpty()) {
          return false;
        }
        fallbacks.add(fallback.get().family());
      }
      if (ComplexScripts.needsShaping(cp)) {
        unshaped.set(cp);
      }
    }
    settled.set(cp);
    return true;
  }

  /**
   * Spaces, controls and format characters (ZWJ, variation selectors, bidi marks) draw nothing. A
   * combining mark does (no font has the Thai mai han-akat, U+0E31, and x with it printed x#), and an
   * unassigned code point is left out of the text: both are checked.
   */
  private static boolean isDrawable(int cp) {
    int type = Character.getType(cp);
    return !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)
        && type != Character.CONTROL && type != Character.FORMAT
        && type != Character.SURROGATE && !InvisibleText.isVariationSelector(cp);
  }
}

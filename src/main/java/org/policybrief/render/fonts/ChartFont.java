package org.policybrief.render.fonts;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The AWT faces charts are laid out in: one of the edition's own families, so that
 * openhtmltopdf, which matches a chart font to its fonts by family name, sets chart text in the
 * same embedded subsets as the body. A user's file of another family carries its own family name,
 * which the PDF knows too ({@link FontLibrary#familyNames}). Each face is created once per
 * process, on first use.
 */
public final class ChartFont {

  /** Fractional metrics, as the chart drawer paints and openhtmltopdf sets text. */
  private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

  private final FontLibrary fonts;

  public ChartFont(FontLibrary fonts) {
    this.fonts = fonts;
  }

  /**
   * The first of the edition's {@code families} that can draw every one of {@code texts} (the
   * category and country names the charts show); else the one that can draw most of them among
   * those in which no text is wider drawn than laid out. XChart lays a text out with a box for
   * each character its font lacks, and reserves that much room; the chart then draws the
   * character in the first of {@code fallbacks} that has it: a Han character (1 em) in the room
   * of Noto Sans's box (0.6 em) ran into the plot, where Noto Sans SC's 1 em box holds it.
   */
  public Font forTexts(List<String> families, List<String> fallbacks, Collection<String> texts) {
    Font best = null;
    long bestCount = -1;
    boolean bestFits = false;
    for (String family : families) {
      Font font = font(family);
      List<String> lacking = texts.stream().filter(t -> font.canDisplayUpTo(t) != -1).toList();
      if (lacking.isEmpty()) {
        return font;
      }
      List<String> drawing = new ArrayList<>(List.of(family));
      drawing.addAll(fallbacks);
      boolean fits = lacking.stream().allMatch(t -> width(drawing, t) <= advance(font, t) + 1e-6);
      long drawable = texts.size() - lacking.size();
      if (best == null || (fits && !bestFits) || (fits == bestFits && drawable > bestCount)) {
        best = font;
        bestCount = drawable;
        bestFits = fits;
      }
    }
    return best;
  }

  /**
   * For a character the chart's font lacks: the first of {@code families} that has it, at the
   * size and style of {@code like}; null when none has it. Faces are created on first need only.
   */
  public Font fallback(List<String> families, int codePoint, Font like) {
    for (String family : families) {
      Font font = font(family);
      if (font.canDisplay(codePoint)) {
        return font.deriveFont(like.getStyle(), like.getSize2D());
      }
    }
    return null;
  }

  /**
   * The advance of {@code text} at 1 pt as the page sets it: each character in the first of
   * {@code families} that has it (in the first family when none has it).
   */
  public double width(List<String> families, String text) {
    double width = 0;
    StringBuilder run = new StringBuilder();
    Font runFont = null;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      Font font = null;
      for (String family : families) {
        if (font(family).canDisplay(codePoint)) {
          font = font(family);
          break;
        }
      }
      font = font == null ? font(families.get(0)) : font;
      if (font != runFont && run.length() > 0) {
        width += advance(runFont, run.toString());
        run.setLength(0);
      }
      runFont = font;
      run.appendCodePoint(codePoint);
      i += Character.charCount(codePoint);
    }
    return run.length() == 0 ? width : width + advance(runFont, run.toString());
  }

  private static double advance(Font font, String text) {
    return font.deriveFont(1f).getStringBounds(text, CONTEXT).getWidth();
  }

  private Font font(String family) {
    return fonts.regularFace(family).awtFont();
  }
}

package org.policybrief.render.fonts;

import java.awt.Font;
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

  private final FontLibrary fonts;

  public ChartFont(FontLibrary fonts) {
    this.fonts = fonts;
  }

  /**
   * The first of the edition's families that can draw every one of {@code texts} (the category
   * and country names the charts show); else the one that can draw most of them.
   */
  public Font forTexts(List<String> families, Collection<String> texts) {
    Font best = null;
    long bestCount = -1;
    for (String family : families) {
      Font font = font(family);
      long drawable = texts.stream().filter(t -> font.canDisplayUpTo(t) == -1).count();
      if (drawable == texts.size()) {
        return font;
      }
      if (drawable > bestCount) {
        best = font;
        bestCount = drawable;
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

  private Font font(String family) {
    return fonts.regularFace(family).awtFont();
  }
}

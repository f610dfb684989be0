package org.policybrief.render.fonts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The AWT faces charts are laid out in: one of the edition's own families, so that
 * openhtmltopdf, which matches a chart font to its fonts by family name, sets chart text in the
 * same embedded subsets as the body. Each face is created once per process, on first use.
 */
public final class ChartFont {

  private final FontLibrary fonts;
  private final Map<String, Font> byFamily = new HashMap<>();

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

  private synchronized Font font(String family) {
    return byFamily.computeIfAbsent(family, this::create);
  }

  private Font create(String family) {
    FontFace face = fonts.regularFace(family);
    try {
      // From a file AWT reads the face in place; from a stream it first copies it (10 MB) into
      // java.io.tmpdir, so the stream is only the fallback of a program run without its fonts/.
      java.util.Optional<java.nio.file.Path> file = face.file();
      Font font = file.isPresent() ? Font.createFont(Font.TRUETYPE_FONT, file.get().toFile())
          : Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(face.packedBytes()));
      if (!font.getFamily().equals(family)) {
        throw new IllegalStateException("chart font family " + font.getFamily() + " is not " + family);
      }
      return font;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read font " + family, e);
    } catch (FontFormatException e) {
      throw new IllegalStateException("font " + family + " is not a TrueType font", e);
    }
  }
}

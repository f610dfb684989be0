package org.policybrief.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The AWT face charts are laid out in: the body's Noto Sans SC, so that openhtmltopdf, which
 * matches a chart font to its own fonts by family name, sets chart text in the same embedded
 * subset as the body. Created once per process, on first use.
 */
final class ChartFont {

  private static final String RESOURCE = "/fonts/NotoSansSC-Regular.ttf";
  private Font font;

  synchronized Font font() {
    if (font == null) {
      try (InputStream in = ChartFont.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("font " + RESOURCE + " is not packed into the program");
        }
        font = Font.createFont(Font.TRUETYPE_FONT, in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read font " + RESOURCE, e);
      } catch (FontFormatException e) {
        throw new IllegalStateException("font " + RESOURCE + " is not a TrueType font", e);
      }
      if (!font.getFamily().equals(FontLibrary.CJK_FAMILY)) {
        throw new IllegalStateException("chart font family " + font.getFamily() + " is not " + FontLibrary.CJK_FAMILY);
      }
    }
    return font;
  }
}

package org.policybrief.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Every drawn glyph with its page and box, and the text lines as laid out. */
public final class GlyphPositions extends PDFTextStripper {

  /** One glyph: its page (1-based), text and box in points from the page's top left. */
  public record Glyph(int page, String text, float x, float y, float width) {}

  private final List<Glyph> glyphs = new ArrayList<>();

  private GlyphPositions() throws IOException {
    setSortByPosition(false);
  }

  public static GlyphPositions of(PDDocument document) throws IOException {
    GlyphPositions positions = new GlyphPositions();
    positions.getText(document);
    return positions;
  }

  @Override
  protected void writeString(String text, List<TextPosition> positions) throws IOException {
    for (TextPosition p : positions) {
      glyphs.add(new Glyph(getCurrentPageNo(), p.getUnicode(), p.getXDirAdj(), p.getYDirAdj(),
          p.getWidthDirAdj()));
    }
  }

  public List<Glyph> glyphs() {
    return glyphs;
  }

  /**
   * The text of each laid-out line: glyphs in drawing order, a new line wherever the text goes
   * down or back (one text run may hold several lines, and one line several runs, such as a
   * tag list drawn span by span).
   */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    Glyph previous = null;
    for (Glyph g : glyphs) {
      boolean wraps = previous != null && (g.page() != previous.page()
          || Math.abs(g.y() - previous.y()) > 1 || g.x() < previous.x() - 0.5f);
      if (wraps) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(g.text());
      previous = g;
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }
}

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
  private final List<String> lines = new ArrayList<>();

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
    lines.add(text);
    for (TextPosition p : positions) {
      glyphs.add(new Glyph(getCurrentPageNo(), p.getUnicode(), p.getXDirAdj(), p.getYDirAdj(),
          p.getWidthDirAdj()));
    }
  }

  public List<Glyph> glyphs() {
    return glyphs;
  }

  /** The text of each laid-out line (a run of glyphs the layout put on one line). */
  public List<String> lines() {
    return lines;
  }
}

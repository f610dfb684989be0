package org.policybrief.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** The text drawn inside charts (form XObjects) only, glyph by glyph, with each glyph's baseline. */
public final class ChartGlyphs extends PDFTextStripper {

  private final StringBuilder text = new StringBuilder();
  private final List<Float> baselines = new ArrayList<>();
  private final List<TextPosition> positions = new ArrayList<>();
  private int depth;

  private ChartGlyphs() throws IOException {}

  /** The chart text of {@code pages} (1-based). */
  public static ChartGlyphs of(PDDocument document, List<Integer> pages) throws IOException {
    ChartGlyphs glyphs = new ChartGlyphs();
    for (int page : pages) {
      glyphs.setStartPage(page);
      glyphs.setEndPage(page);
      glyphs.getText(document);
    }
    return glyphs;
  }

  public String text() {
    return text.toString();
  }

  /** Every chart glyph as drawn, in drawing order. */
  public List<TextPosition> positions() {
    return List.copyOf(positions);
  }

  /** The baseline of the {@code occurrence}-th (from 0) {@code word} of the chart text. */
  public float baselineOf(String word, int occurrence) {
    int at = -1;
    for (int n = 0; n <= occurrence; n++) {
      at = text.indexOf(word, at + 1);
    }
    assertThat(at).as("%s #%d in %s", word, occurrence, text).isNotNegative();
    return baselines.get(at);
  }

  @Override
  public void showForm(PDFormXObject form) throws IOException {
    depth++;
    try {
      super.showForm(form);
    } finally {
      depth--;
    }
  }

  @Override
  protected void processTextPosition(TextPosition glyph) {
    if (depth > 0) {
      positions.add(glyph);
      for (int i = 0; i < glyph.getUnicode().length(); i++) {
        text.append(glyph.getUnicode().charAt(i));
        baselines.add(glyph.getYDirAdj());
      }
    }
    super.processTextPosition(glyph);
  }
}

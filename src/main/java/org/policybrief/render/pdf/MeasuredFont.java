package org.policybrief.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * A document's embedded font that remembers each character's width and code. openhtmltopdf
 * measures every run of text with {@link PDFont#getStringWidth}, and PDFBox then looks every
 * character up in boxed-integer maps, for its glyph and again for its width: 14 % of the main
 * thread in a 215-page briefing, the largest single cost in long ones. Everything else goes to the
 * wrapped font, whose dictionary this one shares (PDFBox's fonts are equal when their dictionaries
 * are), so the PDF is byte for byte what the wrapped font writes. A character's width and code do
 * not depend on its neighbours because glyph substitution is off (see {@code FontSource}).
 * Belongs to one document and one thread, like the font it wraps.
 */
final class MeasuredFont extends PDFont {

  private static final int PAGE = 256;
  private static final float NOT_YET = Float.NaN;
  private static final float NO_GLYPH = -1f;

  private final PDFont font;
  private final float[][] widths = new float[(Character.MAX_CODE_POINT + 1) / PAGE][];
  private final byte[][][] codes = new byte[(Character.MAX_CODE_POINT + 1) / PAGE][][];

  MeasuredFont(PDFont font) {
    super(font.getCOSObject());
    this.font = font;
  }

  /** The same sum as PDFBox's, in the same order, so layouts do not move by a rounding. */
  @Override
  public float getStringWidth(String text) throws IOException {
    float width = 0;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      width += width(codePoint);
      i += Character.charCount(codePoint);
    }
    return width;
  }

  private float width(int codePoint) throws IOException {
    float[] page = widths[codePoint / PAGE];
    if (page == null) {
      page = new float[PAGE];
      Arrays.fill(page, NOT_YET);
      widths[codePoint / PAGE] = page;
    }
    float width = page[codePoint % PAGE];
    if (Float.isNaN(width)) {
      try {
        width = font.getStringWidth(new String(Character.toChars(codePoint)));
      } catch (IllegalArgumentException noGlyph) {
        width = NO_GLYPH;
      }
      page[codePoint % PAGE] = width;
    }
    if (width == NO_GLYPH) {
      // what PDFBox throws, which openhtmltopdf catches to measure per character with fallbacks
      throw new IllegalArgumentException(
          String.format("No glyph for U+%04X in font %s", codePoint, getName()));
    }
    return width;
  }

  @Override
  protected byte[] encode(int unicode) throws IOException {
    byte[][] page = codes[unicode / PAGE];
    if (page == null) {
      page = new byte[PAGE][];
      codes[unicode / PAGE] = page;
    }
    byte[] code = page[unicode % PAGE];
    if (code == null) {
      code = font.encode(new String(Character.toChars(unicode))); // throws when there is no glyph
      page[unicode % PAGE] = code;
    }
    return code;
  }

  /** As the wrapped font answers; read from the shared dictionary, since PDFont's constructor asks. */
  @Override
  public String getName() {
    return getCOSObject().getNameAsString(COSName.BASE_FONT);
  }

  @Override
  public int readCode(InputStream in) throws IOException {
    return font.readCode(in);
  }

  @Override
  public float getWidth(int code) throws IOException {
    return font.getWidth(code);
  }

  @Override
  protected float getStandard14Width(int code) {
    throw new UnsupportedOperationException("not a standard 14 font; widths come from the wrapped font");
  }

  @Override
  public float getWidthFromFont(int code) throws IOException {
    return font.getWidthFromFont(code);
  }

  @Override
  public boolean hasExplicitWidth(int code) throws IOException {
    return font.hasExplicitWidth(code);
  }

  @Override
  public float getHeight(int code) throws IOException {
    return font.getHeight(code);
  }

  @Override
  public float getAverageFontWidth() {
    return font.getAverageFontWidth();
  }

  @Override
  public float getSpaceWidth() {
    return font.getSpaceWidth();
  }

  @Override
  public PDFontDescriptor getFontDescriptor() {
    return font.getFontDescriptor();
  }

  @Override
  public Matrix getFontMatrix() {
    return font.getFontMatrix();
  }

  @Override
  public BoundingBox getBoundingBox() throws IOException {
    return font.getBoundingBox();
  }

  @Override
  public Vector getPositionVector(int code) {
    return font.getPositionVector(code);
  }

  @Override
  public Vector getDisplacement(int code) throws IOException {
    return font.getDisplacement(code);
  }

  @Override
  public String toUnicode(int code) {
    return font.toUnicode(code);
  }

  @Override
  public String toUnicode(int code, GlyphList customGlyphList) {
    return font.toUnicode(code, customGlyphList);
  }

  @Override
  public boolean isVertical() {
    return font.isVertical();
  }

  @Override
  public boolean isEmbedded() {
    return font.isEmbedded();
  }

  @Override
  public boolean isDamaged() {
    return font.isDamaged();
  }

  @Override
  public boolean isStandard14() {
    return font.isStandard14();
  }

  @Override
  public boolean willBeSubset() {
    return font.willBeSubset();
  }

  @Override
  public void addToSubset(int codePoint) {
    font.addToSubset(codePoint);
  }

  @Override
  public void subset() throws IOException {
    font.subset();
  }

  @Override
  public String toString() {
    return font.toString();
  }
}

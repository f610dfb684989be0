package org.policybrief.render.pdf;

import com.openhtmltopdf.extend.FontContext;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import com.openhtmltopdf.render.FSFont;
import java.io.IOException;
import java.util.List;

/**
 * openhtmltopdf's text measuring, with its common case taken first: a string with no character
 * it leaves unprinted (soft hyphen, object replacement) measured in the font's first face. Before
 * measuring, openhtmltopdf streams over the code points of every string to check for those two
 * characters — a stream and four objects per measurement, 4.6 % of a 20,000-measure briefing's
 * CPU. Any other case, and a string the face cannot draw, is measured by openhtmltopdf.
 */
final class PrintableTextRenderer extends PdfBoxTextRenderer {

  /** openhtmltopdf's allowance for rounding before it rounds a width up. */
  private static final float MEASURING_DELTA = 0.01f;

  @Override
  public int getWidth(FontContext context, FSFont font, String string) {
    PdfBoxFSFont face = (PdfBoxFSFont) font;
    List<FontDescription> descriptions = face.getFontDescriptions();
    if (string.isEmpty() || string.indexOf('\u00AD') >= 0 || string.indexOf('\uFFFC') >= 0
        || descriptions == null || descriptions.isEmpty() || descriptions.get(0).getFont() == null) {
      return super.getWidth(context, font, string);
    }
    float width;
    try {
      width = descriptions.get(0).getFont().getStringWidth(string) / 1000f * face.getSize2D();
    } catch (IllegalArgumentException | IOException e) {
      return super.getWidth(context, font, string);
    }
    return width - Math.floor(width) < MEASURING_DELTA ? (int) width : (int) Math.ceil(width);
  }
}

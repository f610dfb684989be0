package org.policybrief.render.fonts;

import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * Answers PDFBox's requests for system fonts with a bundled face. openhtmltopdf creates the
 * standard 14 fonts for every document; PDFBox's own mapper would then scan every font on the
 * machine and write a cache file into the user's home folder. We never draw with those fonts,
 * and we never write outside the output folder.
 */
final class BundledFontMapper implements FontMapper {

  private final FontFace fallback;

  BundledFontMapper(FontFace fallback) {
    this.fallback = fallback;
  }

  @Override
  public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
    return new FontMapping<>(fallback.font(), false);
  }

  @Override
  public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
    return new FontMapping<>(fallback.font(), false);
  }

  @Override
  public CIDFontMapping getCIDFont(
      String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo systemInfo) {
    return new CIDFontMapping(null, fallback.font(), false);
  }
}

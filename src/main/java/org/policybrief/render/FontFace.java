package org.policybrief.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * One TrueType face (family + weight), read and parsed at most once per process, on first use.
 * Parsing a 10 MB CJK font is the single most costly step of a small briefing, so faces an
 * edition never uses are never read. GSUB is off: PDFBox would otherwise run the font's
 * substitution rules on every text run, half of render time (see docs/stack-notes).
 *
 * <p>The parsed font of {@link #font()} serves glyph look-ups only. A document embeds its own
 * copy from {@link #parseForDocument()}: fontbox reads tables lazily through one shared reader
 * and subsetting is not thread-safe, so documents rendered in parallel must not share one.
 */
final class FontFace {

  private final String family;
  private final int weight;
  private final String resource;
  private byte[] bytes;
  private TrueTypeFont font;
  private CmapLookup cmap;

  FontFace(String family, int weight, String resource) {
    this.family = family;
    this.weight = weight;
    this.resource = resource;
  }

  String family() {
    return family;
  }

  int weight() {
    return weight;
  }

  /** The parsed font, shared: for glyph look-ups, never for embedding. */
  synchronized TrueTypeFont font() {
    if (font == null) {
      font = parse(bytes());
      try {
        cmap = font.getUnicodeCmapLookup();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the character map of font " + resource, e);
      }
    }
    return font;
  }

  /** A font of its own for one document, parsed from the cached bytes (~10 ms warm). */
  TrueTypeFont parseForDocument() {
    return parse(bytes());
  }

  private synchronized byte[] bytes() {
    if (bytes == null) {
      try (InputStream in = FontFace.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("font " + resource + " is not packed into the program");
        }
        bytes = in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read font " + resource, e);
      }
    }
    return bytes;
  }

  private TrueTypeFont parse(byte[] data) {
    try {
      TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(data));
      parsed.setEnableGsub(false);
      return parsed;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read font " + resource, e);
    }
  }

  synchronized boolean hasGlyph(int codePoint) {
    font();
    return cmap.getGlyphId(codePoint) > 0;
  }
}

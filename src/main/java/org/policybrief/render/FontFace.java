package org.policybrief.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * One TrueType face (family + weight), read and parsed at most once per process, on first use.
 * Parsing a 10 MB CJK font is the single most costly step of a small briefing, so faces an
 * edition never uses are never read. GSUB is off: PDFBox would otherwise run the font's
 * substitution rules on every text run, half of render time (see docs/stack-notes).
 */
final class FontFace {

  private final String family;
  private final int weight;
  private final String resource;
  private final Path userFile;
  private TrueTypeFont font;
  private CmapLookup cmap;

  /** A face read from {@code userFile} instead of the built-in {@code resource} when that file exists. */
  FontFace(String family, int weight, String resource, Path userFile) {
    this.family = family;
    this.weight = weight;
    this.resource = resource;
    this.userFile = userFile != null && Files.isRegularFile(userFile) ? userFile : null;
  }

  String family() {
    return family;
  }

  int weight() {
    return weight;
  }

  /** The parsed font. Shared by all documents; PDFBox reads it only while embedding. */
  synchronized TrueTypeFont font() {
    if (font == null) {
      try (InputStream in = userFile != null ? Files.newInputStream(userFile)
          : FontFace.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("font " + resource + " is not packed into the program");
        }
        font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
        font.setEnableGsub(false);
        cmap = font.getUnicodeCmapLookup();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read font " + (userFile != null ? userFile : resource), e);
      }
    }
    return font;
  }

  synchronized boolean hasGlyph(int codePoint) {
    font();
    return cmap.getGlyphId(codePoint) > 0;
  }
}

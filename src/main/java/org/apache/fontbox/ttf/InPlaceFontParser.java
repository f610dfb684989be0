package org.apache.fontbox.ttf;

import java.io.IOException;
import org.apache.pdfbox.io.RandomAccessRead;

/**
 * Parses a TrueType font in place. FontBox's public {@code TTFParser.parse} first copies the
 * whole file into a byte array that the parsed font then keeps (10 MB for a Noto CJK face); its
 * package-private entry reads the tables straight from {@code source}, as FontBox does for the
 * fonts of a collection. Lives in FontBox's package for that entry alone.
 */
public final class InPlaceFontParser {

  private InPlaceFontParser() {}

  /** The font read from {@code source}, which the font keeps reading from and must stay open. */
  public static TrueTypeFont parse(RandomAccessRead source) throws IOException {
    return new TTFParser().parse(new RandomAccessReadUnbufferedDataStream(source));
  }
}

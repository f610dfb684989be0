package org.apache.fontbox.ttf;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.io.RandomAccessRead;

/**
 * Parses a TrueType font in place. FontBox's public {@code TTFParser.parse} first copies the
 * whole file into a byte array that the parsed font then keeps (10 MB for a Noto CJK face); its
 * package-private entry reads the tables straight from {@code source}, as FontBox does for the
 * fonts of a collection. Lives in FontBox's package for that entry and for the two tables it
 * reads later than FontBox would: {@link LazyGlyphTable} and {@link LazyCmapTable}.
 */
public final class InPlaceFontParser {

  private InPlaceFontParser() {}

  /** The font read from {@code source}, which the font keeps reading from and must stay open. */
  public static TrueTypeFont parse(RandomAccessRead source) throws IOException {
    return new Parser().parse(new RandomAccessReadUnbufferedDataStream(source));
  }

  private static final class Parser extends TTFParser {
    @Override
    TrueTypeFont newFont(TTFDataStream data) {
      return new InPlaceFont(data);
    }
  }

  private static final class InPlaceFont extends TrueTypeFont {
    InPlaceFont(TTFDataStream data) {
      super(data);
    }

    @Override
    void addTable(TTFTable table) {
      if (table.getClass() == GlyphTable.class) {
        super.addTable(new LazyGlyphTable(table));
      } else if (table.getClass() == CmapTable.class) {
        super.addTable(new LazyCmapTable(table));
      } else {
        super.addTable(table);
      }
    }
  }

  /** Gives {@code to} the entry FontBox read for {@code entry} in the table directory. */
  private static void copyEntry(TTFTable entry, TTFTable to) {
    to.setTag(entry.getTag());
    to.setCheckSum(entry.getCheckSum());
    to.setOffset(entry.getOffset());
    to.setLength(entry.getLength());
  }

  /**
   * The character maps, each read when first asked for. FontBox reads them all with the font, and
   * a Noto CJK face has five, two of them twice over at the same offset, when a document asks for
   * one (Unicode, full repertoire): a quarter of a cold parse, 15 MB allocated.
   */
  private static final class LazyCmapTable extends CmapTable {
    private TTFDataStream data;
    private int glyphs;
    private boolean[] read;

    LazyCmapTable(TTFTable entry) {
      copyEntry(entry, this);
    }

    @Override
    void read(TrueTypeFont ttf, TTFDataStream data) throws IOException {
      data.readUnsignedShort(); // version
      CmapSubtable[] subtables = new CmapSubtable[data.readUnsignedShort()];
      for (int i = 0; i < subtables.length; i++) {
        subtables[i] = new CmapSubtable();
        subtables[i].initData(data);
      }
      setCmaps(subtables);
      this.data = data;
      glyphs = ttf.getNumberOfGlyphs();
      read = new boolean[subtables.length];
      initialized = true;
    }

    @Override
    public synchronized CmapSubtable[] getCmaps() {
      CmapSubtable[] subtables = super.getCmaps();
      for (int i = 0; i < subtables.length; i++) {
        readSubtable(i);
      }
      return subtables;
    }

    @Override
    public synchronized CmapSubtable getSubtable(int platformId, int platformEncodingId) {
      CmapSubtable[] subtables = super.getCmaps();
      for (int i = 0; i < subtables.length; i++) {
        if (subtables[i].getPlatformId() == platformId
            && subtables[i].getPlatformEncodingId() == platformEncodingId) {
          readSubtable(i);
          return subtables[i];
        }
      }
      return null;
    }

    private void readSubtable(int i) {
      if (!read[i]) {
        try {
          long position = data.getCurrentPosition();
          super.getCmaps()[i].initSubtable(this, glyphs, data);
          data.seek(position);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read the character map of " + getTag(), e);
        }
        read[i] = true;
      }
    }
  }

  /**
   * The outlines table, read when a glyph's outline is first asked for. FontBox reads it with the
   * font, copying it twice into the heap and keeping one copy: 20 MB allocated and 10 MB held per
   * Noto CJK face. Embedding a horizontal subset never asks (the subsetter copies outlines from
   * the font's data by the table's offset), nor does measuring text.
   */
  static final class LazyGlyphTable extends GlyphTable {
    private TrueTypeFont font;
    private boolean loading;
    private boolean loaded;

    LazyGlyphTable(TTFTable entry) {
      copyEntry(entry, this);
    }

    @Override
    void read(TrueTypeFont ttf, TTFDataStream data) throws IOException {
      if (loading) {
        super.read(ttf, data);
      } else {
        font = ttf;
        initialized = true;
      }
    }

    @Override
    public GlyphData getGlyph(int gid) throws IOException {
      load();
      return super.getGlyph(gid);
    }

    @Override
    GlyphData getGlyph(int gid, int level) throws IOException {
      load();
      return super.getGlyph(gid, level);
    }

    /** Whether the outlines have been read. */
    synchronized boolean loaded() {
      return loaded;
    }

    private synchronized void load() throws IOException {
      if (!loaded) {
        loading = true;
        try {
          font.readTable(this);
        } finally {
          loading = false;
        }
        loaded = true;
      }
    }
  }
}

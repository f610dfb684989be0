package org.policybrief.render.fonts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * One TrueType face (family + weight). Its bytes are read at most once per process, on first
 * use, so faces an edition never uses are never read. Parsed fonts are pooled: a document
 * borrows one for embedding and gives it back, so one process parses a face once per document
 * rendered at the same time (once in all for a single briefing), and no two documents share a
 * parsed font, which PDFBox does not allow across threads. GSUB is off: PDFBox would otherwise run
 * the font's substitution rules on every text run, half of render time (see stack-notes).
 */
public final class FontFace {

  private final String family;
  private final int weight;
  private final String resource;
  private final Path userFile;
  private final Deque<TrueTypeFont> idle = new ArrayDeque<>();
  private byte[] bytes;
  private TrueTypeFont shared;
  private CmapLookup cmap;

  /** A face read from {@code userFile} instead of the built-in {@code resource} when that file exists. */
  FontFace(String family, int weight, String resource, Path userFile) {
    this.family = family;
    this.weight = weight;
    this.resource = resource;
    this.userFile = userFile != null && Files.isRegularFile(userFile) ? userFile : null;
  }

  public String family() {
    return family;
  }

  public int weight() {
    return weight;
  }

  /** Whether the face's file has been read: a fallback face is read only when text needs it. */
  public synchronized boolean isRead() {
    return bytes != null;
  }

  /** A parsed font for one document; give it back with {@link #release}. */
  public synchronized TrueTypeFont acquire() {
    return idle.isEmpty() ? parse() : idle.pop();
  }

  public synchronized void release(TrueTypeFont font) {
    idle.push(font);
  }

  /** A parsed font never embedded, for PDFBox's stand-in of the standard 14 fonts. */
  synchronized TrueTypeFont font() {
    if (shared == null) {
      shared = parse();
    }
    return shared;
  }

  public synchronized boolean hasGlyph(int codePoint) {
    if (cmap == null) {
      TrueTypeFont font = acquire();
      try {
        // The lookup is a table in memory, independent of the font's later use for embedding.
        cmap = font.getUnicodeCmapLookup();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the character map of font " + source(), e);
      } finally {
        release(font);
      }
    }
    return cmap.getGlyphId(codePoint) > 0;
  }

  private TrueTypeFont parse() {
    try {
      TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(bytes()));
      parsed.setEnableGsub(false);
      return parsed;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read font " + source(), e);
    }
  }

  /**
   * The font file's bytes, read once: from the user's file, else from the built-in file in the
   * {@code fonts/} folder beside the program when there is one (as in a checkout), which saves
   * inflating 10 MB out of the jar, else from the jar.
   */
  public synchronized byte[] bytes() throws IOException {
    if (bytes == null) {
      java.util.Optional<Path> file = file();
      if (file.isPresent()) {
        bytes = Files.readAllBytes(file.get());
        return bytes;
      }
      try (InputStream in = FontFace.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("font " + resource + " is not packed into the program");
        }
        bytes = in.readAllBytes();
      }
    }
    return bytes;
  }

  /**
   * The face as a file on disk with exactly the bytes in use, if there is one: the user's file,
   * or the built-in one in the {@code fonts/} folder beside the program when it has the size of
   * the packed one (the jar entry's size is read without inflating it).
   */
  public synchronized java.util.Optional<Path> file() {
    if (userFile != null) {
      return java.util.Optional.of(userFile);
    }
    try {
      java.net.URL packed = FontFace.class.getResource(resource);
      Path program = Path.of(FontFace.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path besideProgram = program.getParent().getParent().resolve(resource.substring(1));
      if (packed != null && Files.isRegularFile(besideProgram)
          && Files.size(besideProgram) == packed.openConnection().getContentLengthLong()) {
        return java.util.Optional.of(besideProgram);
      }
    } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
      // no program folder to look in (e.g. an unusual class loader): use the packed bytes
    }
    return java.util.Optional.empty();
  }

  private Object source() {
    return userFile != null ? userFile : resource;
  }
}

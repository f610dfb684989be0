package org.policybrief.render.fonts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.InPlaceFontParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * A font file and its parsed fonts. The file is mapped into memory (without a file, read from
 * the jar) at most once, on first use, and each parse reads its tables in place: FontBox's public
 * parser copies the whole file into the heap and keeps the copy, so a parsed Noto CJK face held
 * 20 MB there, with ours, which young collections copied again; a mapped file stays in the page
 * cache (a small briefing: one young collection instead of two). Parsed fonts are pooled: a
 * document borrows one for embedding and gives it back, so a process parses a face once per
 * document rendered at the same time (once in all for a single briefing), and no two documents
 * share a parsed font, which PDFBox does not allow across threads. A built-in file has one source
 * per process, shared by every font library, so it can be parsed ahead of need (see
 * {@link FontLibrary#preloadCommon}). GSUB is off: PDFBox would otherwise run the font's
 * substitution rules on every text run, half of render time (see stack-notes).
 */
final class FontSource {

  private static final Map<String, FontSource> BUILT_IN = new ConcurrentHashMap<>();

  private final String resource;
  private final Path userFile;
  private final Deque<TrueTypeFont> idle = new ArrayDeque<>();
  private byte[] packedBytes;
  private ByteBuffer contents;
  /** Null until looked for: the file does not move while the process runs. */
  private Optional<Path> file;
  private volatile boolean preloading;
  private Font awtFont;

  private FontSource(String resource, Path userFile) {
    this.resource = resource;
    this.userFile = userFile;
  }

  /** The process's source of the font packed into the program as {@code resource}. */
  static FontSource builtIn(String resource) {
    return BUILT_IN.computeIfAbsent(resource, r -> new FontSource(r, null));
  }

  /** A user's font file, which replaces the built-in {@code resource} of the same name. */
  static FontSource userFile(String resource, Path file) {
    return new FontSource(resource, file);
  }

  synchronized TrueTypeFont acquire() {
    return idle.isEmpty() ? parse() : idle.pop();
  }

  synchronized void release(TrueTypeFont font) {
    idle.push(font);
  }

  /**
   * Parses one font into the pool unless one is there, in one step under the lock: a thread that
   * waited for the lock meanwhile then borrows this font rather than parsing its own.
   */
  synchronized void preload() {
    if (idle.isEmpty()) {
      idle.push(parse());
    }
  }

  /** Marks this source as parsed ahead of need by a thread about to start. */
  void expectPreload() {
    preloading = true;
  }

  /** Whether a thread parses (or parsed) this source ahead of need. */
  boolean preloading() {
    return preloading;
  }

  /**
   * The font's Unicode character map, read from a pooled font without borrowing it (a document
   * borrowing at that moment would otherwise parse a copy of its own).
   */
  synchronized CmapLookup cmap() throws IOException {
    preload();
    return idle.peek().getUnicodeCmapLookup();
  }

  TrueTypeFont parse() {
    try {
      // Each parse reads through its own view: a parsed font keeps reading from it.
      TrueTypeFont parsed = InPlaceFontParser.parse(new RandomAccessReadBuffer(contents().duplicate()));
      parsed.setEnableGsub(false);
      // The character map is read on first use (see InPlaceFontParser): here, before the font
      // is shared, since cmap() reads it from a pooled font a document may be using.
      parsed.getUnicodeCmapLookup();
      return parsed;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read font " + (userFile != null ? userFile : resource), e);
    }
  }

  /** The face as an AWT font, which charts are laid out in: created once. */
  synchronized Font awtFont() throws IOException, FontFormatException {
    if (awtFont == null) {
      // From a file AWT reads the face in place; from a stream it first copies it (10 MB) into
      // java.io.tmpdir, so the stream is only the fallback of a program run without its fonts/.
      Optional<Path> file = file();
      awtFont = file.isPresent() ? Font.createFont(Font.TRUETYPE_FONT, file.get().toFile())
          : Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(packedBytes()));
    }
    return awtFont;
  }

  /**
   * The font's contents: its file mapped read-only (the file must not shrink while the process
   * runs), else the bytes packed into the jar.
   */
  private synchronized ByteBuffer contents() throws IOException {
    if (contents == null) {
      Optional<Path> file = file();
      if (file.isPresent()) {
        try (FileChannel channel = FileChannel.open(file.get())) {
          if (channel.size() > Integer.MAX_VALUE) {
            throw new IOException("a font file of more than 2 GB: " + file.get());
          }
          contents = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
        }
      } else {
        contents = ByteBuffer.wrap(packedBytes());
      }
    }
    return contents;
  }

  /**
   * The bytes packed into the jar, read once: for a program run without its {@code fonts/}
   * folder, where {@link #file} has none to offer.
   */
  synchronized byte[] packedBytes() throws IOException {
    if (packedBytes == null) {
      try (InputStream in = FontSource.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("font " + resource + " is not packed into the program");
        }
        packedBytes = in.readAllBytes();
      }
    }
    return packedBytes;
  }

  /**
   * The font as a file on disk with exactly the bytes in use, if there is one: the user's file,
   * or the built-in one in the {@code fonts/} folder beside the program when it has the size of
   * the packed one (the jar entry's size is read without inflating it). Looked for once.
   */
  synchronized Optional<Path> file() {
    if (file == null) {
      file = userFile != null ? Optional.of(userFile) : builtInFile();
    }
    return file;
  }

  private Optional<Path> builtInFile() {
    try {
      URL packed = FontSource.class.getResource(resource);
      Optional<Path> besideProgram = besideProgram(resource);
      if (packed != null && besideProgram.isPresent()
          && Files.size(besideProgram.get()) == packed.openConnection().getContentLengthLong()) {
        return besideProgram;
      }
    } catch (IOException | RuntimeException e) {
      // the file cannot be compared with the packed one: use the packed bytes
    }
    return Optional.empty();
  }

  /**
   * The file at {@code resource} (e.g. {@code /fonts/x.ttf}) in the program's folder, the one
   * that holds {@code target/} (as a checkout does), if it is there.
   */
  static Optional<Path> besideProgram(String resource) {
    try {
      Path program = Path.of(FontSource.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path file = program.getParent().getParent().resolve(resource.substring(1));
      return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    } catch (URISyntaxException | RuntimeException e) {
      return Optional.empty(); // no program folder to look in (e.g. an unusual class loader)
    }
  }

  @Override
  public String toString() {
    return userFile != null ? userFile.toString() : resource;
  }
}

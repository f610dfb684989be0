package org.policybrief.render.fonts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * One face (family + weight) of a font library, read from its {@link FontSource}: the built-in
 * file, or a user's file of the same name. A face an edition never uses is never read.
 */
public final class FontFace {

  private final String family;
  private final int weight;
  private final String fileName;
  private final FontSource source;
  /** The user's file the face is read from; null for the built-in one. */
  private final Path userFile;
  private boolean read;
  private TrueTypeFont shared;
  private CmapLookup cmap;

  /** A face read from {@code userFile} instead of the built-in {@code resource} when that file exists. */
  FontFace(String family, int weight, String resource, Path userFile) {
    this.family = family;
    this.weight = weight;
    this.fileName = resource.substring(resource.lastIndexOf('/') + 1);
    this.userFile = userFile != null && Files.isRegularFile(userFile) ? userFile : null;
    this.source = this.userFile != null ? FontSource.userFile(resource, userFile) : FontSource.builtIn(resource);
  }

  public String family() {
    return family;
  }

  public int weight() {
    return weight;
  }

  /** The name of the face's file, which a user's file of the same name replaces. */
  String fileName() {
    return fileName;
  }

  /** The user's file the face is read from, if it replaces the built-in one. */
  Optional<Path> userFile() {
    return Optional.ofNullable(userFile);
  }

  /** Whether this library has read the face: a fallback face is read only when text needs it. */
  public synchronized boolean isRead() {
    return read;
  }

  /** A parsed font for one document; give it back with {@link #release}. */
  public TrueTypeFont acquire() {
    synchronized (this) {
      read = true;
    }
    return source.acquire();
  }

  public void release(TrueTypeFont font) {
    source.release(font);
  }

  /** A parsed font never embedded, for PDFBox's stand-in of the standard 14 fonts. */
  synchronized TrueTypeFont font() {
    if (shared == null) {
      read = true;
      shared = source.parse();
    }
    return shared;
  }

  /** Parses the face into the pool ahead of need unless a parsed copy waits there. */
  public void preload() {
    synchronized (this) {
      read = true;
    }
    source.preload();
  }

  /** Whether another thread parses this face ahead of need (see {@link FontLibrary#preloadCommon}). */
  public boolean preloading() {
    return source.preloading();
  }

  public synchronized boolean hasGlyph(int codePoint) {
    if (cmap == null) {
      read = true;
      try {
        // The lookup is a table in memory, independent of the font's later use for embedding.
        cmap = source.cmap();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the character map of font " + source, e);
      }
    }
    return cmap.getGlyphId(codePoint) > 0;
  }

  /** The face as an AWT font, which charts are laid out in (see {@link ChartFont}); created once. */
  public Font awtFont() {
    synchronized (this) {
      read = true;
    }
    try {
      return source.awtFont();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read font " + source, e);
    } catch (FontFormatException e) {
      throw new IllegalStateException("font " + source + " is not a TrueType font", e);
    }
  }

  /**
   * The family a user's file names itself by (as AWT reads it, and so as a chart's font carries
   * it), which may be another than the face's; empty for a built-in face, whose file is of the
   * face's family.
   */
  Optional<String> ownFamily() {
    return userFile == null ? Optional.empty() : Optional.of(awtFont().getFamily());
  }
}

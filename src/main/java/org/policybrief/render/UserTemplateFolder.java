package org.policybrief.render;

import freemarker.cache.FileTemplateLoader;
import freemarker.cache.TemplateLoader;
import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
import org.policybrief.diag.Diagnostic;
import org.policybrief.diag.DiagnosticException;
import org.policybrief.diag.Location;

/**
 * A user's {@code --templates} folder. Every file of it, template, style sheet or messages, is read
 * from inside it only: a file that is a symbolic link leading out of the folder is refused by name
 * ({@code template.outside-folder}), so that a folder someone else made cannot pull another file
 * of this machine into a briefing. Freemarker's loader refuses such links already, but as an
 * exception without a name that ended the run as an internal error. Templates and style sheets
 * are read as strict UTF-8, as messages are.
 */
final class UserTemplateFolder {

  private UserTemplateFolder() {}

  /** The folder's templates, for Freemarker; a link out of it is thrown as a diagnostic. */
  static TemplateLoader loader(Path folder) {
    try {
      return new FileTemplateLoader(folder.toFile()) {
        @Override
        public Object findTemplateSource(String name) throws IOException {
          Object found;
          try {
            found = super.findTemplateSource(name);
          } catch (SecurityException e) {
            throw outside(folder, folder.resolve(name));
          }
          if (found == null) {
            notAFile(folder.resolve(name));
          }
          return found;
        }

        @Override
        public Reader getReader(Object templateSource, String encoding) throws IOException {
          // Freemarker's file is under the folder's real path; named as the user named the folder
          Path file = ((File) templateSource).toPath();
          Path real = folder.toRealPath();
          return new StringReader(utf8(file, file.startsWith(real) ? folder.resolve(real.relativize(file)) : file));
        }
      };
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the template folder " + folder, e);
    }
  }

  /**
   * The regular file {@code name} of the folder, or empty when the folder has none; thrown as a
   * diagnostic when it leads out of the folder.
   */
  static Optional<Path> file(Path folder, String name) throws IOException {
    Path file = folder.resolve(name);
    if (!Files.isRegularFile(file)) {
      notAFile(file);
      return Optional.empty();
    }
    if (!file.toRealPath().startsWith(folder.toRealPath())) {
      throw outside(folder, file);
    }
    return Optional.of(file);
  }

  /**
   * The text of a template or style sheet of the folder. Bytes that are not UTF-8 are thrown as a
   * diagnostic at their line and column: a template saved in GBK printed its Chinese as
   * replacement marks (�), without a word.
   */
  private static String utf8(Path file, Path shown) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = StandardCharsets.UTF_8.newDecoder().decode(in, out, true);
    if (result.isError()) {
      String before = out.flip().toString();
      int lineStart = before.lastIndexOf('\n') + 1;
      int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
      int column = before.codePointCount(lineStart, before.length()) + 1;
      StringJoiner from = new StringJoiner(" ", "", in.position() + 4 < bytes.length ? " …" : "");
      for (int i = in.position(); i < Math.min(bytes.length, in.position() + 4); i++) {
        from.add(String.format(Locale.ROOT, "0x%02X", bytes[i] & 0xFF));
      }
      throw new DiagnosticException(Diagnostic.error(new Location(shown.toString(), line, column),
          "template.encoding", "not UTF-8 from here on (" + from + "): is the file in GBK, Big5 or"
              + " Latin-1? save it as UTF-8"));
    }
    return out.flip().toString();
  }

  /** The diagnostic thrown through Freemarker, which wraps it; the render finds it among the causes. */
  static Optional<DiagnosticException> among(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof DiagnosticException found) {
        return Optional.of(found);
      }
    }
    return Optional.empty();
  }

  /**
   * Throws, as a diagnostic, that {@code file} is there but is no file to read: a folder, a device
   * or a broken link under a template's name. The built-in file was used instead, without a word
   * (an own font in its place is reported so too).
   */
  private static void notAFile(Path file) {
    if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new DiagnosticException(Diagnostic.error(Location.wholeFile(file.toString()),
          "template.not-a-file", "not a file but " + (Files.isDirectory(file) ? "a folder"
              : Files.exists(file) ? "a device or other special file" : "a symbolic link to nothing")
              + ", so the built-in file of this name would be used; give your own as a regular file"
              + " or remove it"));
    }
  }

  private static DiagnosticException outside(Path folder, Path file) {
    String target;
    try {
      target = file.toRealPath().toString();
    } catch (IOException e) {
      target = "a file that cannot be read";
    }
    return new DiagnosticException(Diagnostic.error(Location.wholeFile(file.toString()),
        "template.outside-folder", "leads out of the templates folder " + folder + " (to " + target
            + "); templates, style sheets and messages are read only from inside it: copy the file in"));
  }
}

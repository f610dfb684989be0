package org.policybrief.render;

import freemarker.cache.FileTemplateLoader;
import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.policybrief.diag.Diagnostic;
import org.policybrief.diag.DiagnosticException;
import org.policybrief.diag.Location;

/**
 * A user's {@code --templates} folder. Every file of it, template, style sheet or messages, is read
 * from inside it only: a file that is a symbolic link leading out of the folder is refused by name
 * ({@code template.outside-folder}), so that a folder someone else made cannot pull another file
 * of this machine into a briefing. Freemarker's loader refuses such links already, but as an
 * exception without a name that ended the run as an internal error.
 */
final class UserTemplateFolder {

  private UserTemplateFolder() {}

  /** The folder's templates, for Freemarker; a link out of it is thrown as a diagnostic. */
  static TemplateLoader loader(Path folder) {
    try {
      return new FileTemplateLoader(folder.toFile()) {
        @Override
        public Object findTemplateSource(String name) throws IOException {
          try {
            return super.findTemplateSource(name);
          } catch (SecurityException e) {
            throw outside(folder, folder.resolve(name));
          }
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
      return Optional.empty();
    }
    if (!file.toRealPath().startsWith(folder.toRealPath())) {
      throw outside(folder, file);
    }
    return Optional.of(file);
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

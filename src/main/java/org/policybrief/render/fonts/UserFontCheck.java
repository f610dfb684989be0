package org.policybrief.render.fonts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.policybrief.diag.Diagnostic;
import org.policybrief.diag.Location;

/**
 * Checks a user's font folder before anything is rendered, so that one run names every file that
 * cannot replace its built-in font (a render stopped at the first, without its name). Each file
 * is parsed as the render parses it, into the face's pool, and made the AWT font the charts use,
 * so a face the briefing uses is still read once. A font file of another name is not used, which
 * is worth a warning: the user meant it to be.
 */
final class UserFontCheck {

  private static final Set<String> FONT_ENDINGS = Set.of(".ttf", ".otf", ".ttc");

  private UserFontCheck() {}

  static List<Diagnostic> check(Path folder, List<FontFace> faces) {
    List<Diagnostic> found = new ArrayList<>();
    for (FontFace face : faces) {
      face.userFile().flatMap(file -> problem(face, file)).ifPresent(found::add);
      Path named = folder.resolve(face.fileName());
      if (face.userFile().isEmpty() && Files.exists(named, LinkOption.NOFOLLOW_LINKS)) {
        // a folder, a device, a broken link: the built-in font was used without a word
        found.add(Diagnostic.error(Location.wholeFile(named.toString()), "font.unreadable",
            "not a font file but " + (Files.isDirectory(named) ? "a folder" : Files.exists(named)
                ? "a device or other special file" : "a symbolic link to nothing")
                + "; give the font as a regular .ttf file"));
      }
    }
    Set<String> known = faces.stream().map(FontFace::fileName).collect(Collectors.toSet());
    String names = faces.stream().map(FontFace::fileName).collect(Collectors.joining(", "));
    try (Stream<Path> files = Files.list(folder)) {
      files.filter(f -> isFontFile(f) && !known.contains(f.getFileName().toString())).sorted()
          .forEach(f -> found.add(Diagnostic.warning(Location.wholeFile(f.toString()), "font.unused",
              "not used: no built-in font has this file name (a file replaces the one of the same"
                  + " name: " + names + ")")));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the font folder " + folder, e);
    }
    return found;
  }

  private static boolean isFontFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return FONT_ENDINGS.stream().anyMatch(name::endsWith);
  }

  private static Optional<Diagnostic> problem(FontFace face, Path file) {
    Location at = Location.wholeFile(file.toString());
    String tag;
    try (InputStream in = Files.newInputStream(file)) {
      tag = new String(in.readNBytes(4), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a file we may not read, as any other input
    }
    if (tag.equals("OTTO")) {
      return Optional.of(Diagnostic.error(at, "font.cff-outlines", "an OpenType font with CFF outlines,"
          + " where PDF embedding needs TrueType (glyf) outlines: use the .ttf version of the font"));
    }
    if (tag.equals("ttcf")) {
      return Optional.of(Diagnostic.error(at, "font.unreadable",
          "a font collection, not a single font (give the face you want as a .ttf file)"));
    }
    if (!tag.equals("\0\1\0\0") && !tag.equals("true")) {
      return Optional.of(Diagnostic.error(at, "font.unreadable", "not a TrueType font file ("
          + (tag.isEmpty() ? "the file is empty" : "it does not begin with a TrueType header") + ")"));
    }
    try {
      face.preload();
      face.awtFont();
    } catch (RuntimeException e) {
      // A damaged file fails in FontBox or AWT, with their own exceptions and messages.
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      String why = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
      return Optional.of(Diagnostic.error(at, "font.unreadable", "not a TrueType font file, or a damaged one ("
          + why + ")"));
    }
    return Optional.empty();
  }
}

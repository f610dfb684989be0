package org.policybrief.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Test datasets: the fixtures under src/test/resources, copied where a test may change them. */
public final class Fixtures {

  public static final Path RESOURCES = Path.of("src/test/resources");
  public static final Path MINIMAL = RESOURCES.resolve("fixtures/minimal");
  public static final Path SAMPLE = Path.of("data/sample");

  private Fixtures() {}

  /** Copies every file of {@code from} into {@code to} (created if needed), replacing files. */
  public static Path copy(Path from, Path to) {
    try {
      Files.createDirectories(to);
      try (Stream<Path> files = Files.list(from)) {
        for (Path file : files.toList()) {
          Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
      }
      return to;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces {@code target} in a dataset file by {@code replacement}; fails if absent. */
  public static void edit(Path file, String target, String replacement) {
    try {
      String text = Files.readString(file);
      if (!text.contains(target)) {
        throw new AssertionError(file + " does not contain " + target);
      }
      Files.writeString(file, text.replace(target, replacement));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package org.policybrief.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Golden files: a folder of cases, each with the text a test expects. {@code -Dgolden.update=true}
 * rewrites them with what the test got: review the diff.
 */
public final class Golden {

  private Golden() {}

  /** The names of the cases (subfolders) of {@code folder}, sorted. */
  public static Stream<String> cases(Path folder) throws IOException {
    try (Stream<Path> dirs = Files.list(folder)) {
      return dirs.map(d -> d.getFileName().toString()).sorted().toList().stream();
    }
  }

  /** Asserts that {@code actual} is the text of {@code expected} (which it first rewrites on update). */
  public static void assertMatches(String actual, Path expected) throws IOException {
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(expected.getParent());
      Files.writeString(expected, actual);
    }
    assertThat(actual).isEqualTo(Files.readString(expected));
  }
}

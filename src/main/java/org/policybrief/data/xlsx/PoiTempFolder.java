package org.policybrief.data.xlsx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

/**
 * Where POI keeps its temporary files (the rows a streamed workbook writes out): a folder of this
 * process's own, readable by its user only, made on first use and removed when the process ends.
 * POI's default is one folder shared by every user, {@code /tmp/poifiles}, which the first user
 * creates and every other user then cannot write into (QA8).
 */
final class PoiTempFolder {

  private static Path folder;

  private PoiTempFolder() {}

  /** Makes the folder and points POI at it, once per process; returns it. */
  static synchronized Path install() throws IOException {
    if (folder == null) {
      Path created = Files.createTempDirectory("policybrief-poi-"); // owner-only (rwx------)
      TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(created.toFile()));
      Runtime.getRuntime().addShutdownHook(new Thread(() -> remove(created), "poi-temp-folder"));
      folder = created;
    }
    return folder;
  }

  private static void remove(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException | UncheckedIOException e) {
      // the process is ending: a folder left in the temporary area is all that can go wrong
    }
  }
}

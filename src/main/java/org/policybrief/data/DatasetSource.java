package org.policybrief.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/** Where the CSV files of a dataset come from: a folder, or the sample packed into the jar. */
public interface DatasetSource {

  /** The file's name as printed in diagnostics. */
  String describe(String fileName);

  /** Why a data file that exists cannot be read as one. */
  String NOT_REGULAR = "is not a file but a device, pipe or socket";

  /** The largest file read: Java's arrays end there. */
  long MAX_FILE_BYTES = Integer.MAX_VALUE - 8;

  /**
   * The file's bytes, or empty when the dataset has no such file. {@link NotADataFile} when what
   * is there cannot be a data file; another {@link IOException} when reading it failed.
   */
  Optional<byte[]> read(String fileName) throws IOException;

  /**
   * The name of a file of the dataset that is {@code fileName} in other case ({@code Measures.csv}
   * for {@code measures.csv}), which a case-sensitive file system does not take for it; empty
   * when there is none, or the source cannot tell.
   */
  default Optional<String> nameInOtherCase(String fileName) {
    return Optional.empty();
  }

  /**
   * What stands at a data file's name cannot be one (a folder, a device, a broken link, more than
   * 2 GB, a file this user may not read): a mistake in the dataset, reported with the other problems, under {@code code}.
   */
  final class NotADataFile extends FileSystemException {
    private final String code;

    NotADataFile(Path file, String code, String reason) {
      super(file.toString(), null, reason);
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  static DatasetSource folder(Path folder) {
    return folder(folder, Files::readAllBytes);
  }

  /** How the bytes of a data file are read: {@link Files#readAllBytes}, or a fault in a test. */
  interface FileBytes {
    byte[] read(Path file) throws IOException;
  }

  static DatasetSource folder(Path folder, FileBytes fileBytes) {
    return new DatasetSource() {
      @Override
      public String describe(String fileName) {
        return folder.resolve(fileName).toString();
      }

      @Override
      public Optional<byte[]> read(String fileName) throws IOException {
        Path file = folder.resolve(fileName);
        Optional<String> broken = brokenLink(file);
        if (broken.isPresent()) {
          // read as no file at all, an optional table (countries.csv) was left out without a word
          throw new NotADataFile(file, "file.broken-link", broken.get());
        }
        if (Files.isDirectory(file)) {
          // the JDK's own message ("Is a directory") names no file
          throw new NotADataFile(file, "file.not-a-file", "is a folder, not a file");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
          // a named pipe waited for ever, /dev/zero filled the heap
          throw new NotADataFile(file, "file.not-a-file", NOT_REGULAR);
        }
        try {
          if (Files.size(file) > MAX_FILE_BYTES) {
            // readAllBytes failed as "out of memory", whatever the heap: no array holds it
            throw new NotADataFile(file, "file.too-large", "is larger than 2 GB,"
                + " more than a data file can hold (is it the right file?)");
          }
          return Optional.of(fileBytes.read(file));
        } catch (NoSuchFileException e) {
          return Optional.empty();
        } catch (AccessDeniedException e) {
          if (!Files.isExecutable(folder)) {
            // the folder itself may not be searched: one problem, not one for each file in it
            throw new AccessDeniedException(folder.toString());
          }
          // one file left unreadable (chmod 000) ended the run as an input/output error naming
          // it alone, so the other files' mistakes were not shown
          throw new NotADataFile(file, "file.unreadable",
              "cannot be read: permission denied (its permissions do not let this user read it)");
        }
      }

      @Override
      public Optional<String> nameInOtherCase(String fileName) {
        try (Stream<Path> files = Files.list(folder)) {
          return files.map(f -> f.getFileName().toString())
              .filter(name -> name.equalsIgnoreCase(fileName) && !name.equals(fileName))
              .sorted().findFirst();
        } catch (IOException | UncheckedIOException e) {
          return Optional.empty(); // only a hint: a folder that cannot be listed gives none
        }
      }
    };
  }

  /**
   * What {@code path} is when it is a symbolic link that leads to nothing: "is a symbolic link to
   * b.xlsx, which leads back to it" (a loop) or "…, which does not exist"; empty otherwise. Every
   * path the user names for data (a data file, a workbook, a data folder) is described so, rather
   * than as not found.
   */
  static Optional<String> brokenLink(Path path) {
    if (!Files.isSymbolicLink(path) || Files.exists(path)) {
      return Optional.empty();
    }
    try {
      return Optional.of("is a symbolic link to " + Files.readSymbolicLink(path)
          + (leadsBack(path) ? ", which leads back to it" : ", which does not exist"));
    } catch (IOException e) {
      return Optional.empty(); // no longer a link: as any missing path
    }
  }

  /** Whether following the link comes back to a link already followed (a loop). */
  private static boolean leadsBack(Path link) {
    try {
      link.toRealPath();
      return false;
    } catch (NoSuchFileException e) {
      return false;
    } catch (IOException e) {
      return true; // the JDK says "Too many levels of symbolic links"
    }
  }

  /** The sample dataset packed into the jar under {@code /sample/}. */
  static DatasetSource sample() {
    return new DatasetSource() {
      @Override
      public String describe(String fileName) {
        return "sample/" + fileName;
      }

      @Override
      public Optional<byte[]> read(String fileName) throws IOException {
        try (InputStream in = DatasetSource.class.getResourceAsStream("/sample/" + fileName)) {
          return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        }
      }
    };
  }
}

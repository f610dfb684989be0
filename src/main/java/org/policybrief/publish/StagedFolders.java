package org.policybrief.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The file operations an edition is published with: folders written and flushed to disk, then
 * put in place by renames, which need no room and leave either the old or the new folder.
 */
final class StagedFolders {

  private static final Pattern EDITION_NAME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private StagedFolders() {}

  /** One rename; tests stop a publication at one of them, as a kill would. */
  interface Renamer {
    void rename(Path from, Path to) throws IOException;
  }

  /** rename(2): a file replaces the target's file, a folder an empty or absent target. */
  static final Renamer ATOMIC = (from, to) -> Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);

  /**
   * Puts {@code fresh} in place of {@code target}. A folder cannot be renamed over a non-empty
   * one, so an existing {@code target} (the same edition published again) is first moved aside.
   */
  static void replaceFolder(Path fresh, Path target, Path aside, Renamer renamer) throws IOException {
    boolean replacing = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
    if (replacing) {
      renamer.rename(target, aside);
    }
    try {
      renamer.rename(fresh, target);
    } catch (IOException e) {
      if (replacing) {
        renamer.rename(aside, target); // the staging folder, which holds it, is deleted next
      }
      throw e;
    }
    syncFolder(target.getParent());
  }

  /**
   * Moves each folder of {@code asideFolder} (named as an edition) back into {@code parent} where
   * nothing has its name: a killed {@link #replaceFolder} had moved it aside and not yet moved
   * its replacement in. Where the replacement is in place, the one aside is left to be deleted.
   */
  static void putBackAside(Path asideFolder, Path parent, Renamer renamer) throws IOException {
    if (!Files.isDirectory(asideFolder, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> aside = Files.list(asideFolder)) {
      for (Path folder : aside.toList()) {
        Path target = parent.resolve(folder.getFileName().toString());
        if (EDITION_NAME.matcher(folder.getFileName().toString()).matches()
            && Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
            && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
          renamer.rename(folder, target);
        }
      }
    }
    syncFolder(parent);
  }

  static void writeAll(Path folder, Map<String, byte[]> files) throws IOException {
    writeAll(folder, files, null);
  }

  /**
   * Writes {@code files} into {@code folder}, flushed to disk. A file whose bytes are those of
   * the file of its name in {@code published} (the folder the staged one replaces or joins; null
   * for none) is staged as that very file, by a hard link: an edition published again on the same
   * data leaves each unchanged file as it was, its modification time (so the portal's ETag, HTTP
   * caches and rsync mirrors) included, while the folder is still replaced in one step and a
   * file renamed onto itself stays. Where the file system has no hard links it is written anew
   * and given the published file's modification time.
   */
  static void writeAll(Path folder, Map<String, byte[]> files, Path published) throws IOException {
    Files.createDirectories(folder);
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Path same = published == null ? null : published.resolve(file.getKey());
      boolean unchanged = same != null && AtomicFiles.holds(same, file.getValue());
      if (unchanged && linked(folder.resolve(file.getKey()), same)) {
        continue;
      }
      try (FileChannel channel = FileChannel.open(folder.resolve(file.getKey()),
          StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(file.getValue());
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      } catch (IOException e) {
        if (e instanceof FileSystemException) {
          throw e;
        }
        // a full disk says only "No space left on device": name where
        throw new FileSystemException(folder.resolve(file.getKey()).toString(), null, e.getMessage());
      }
      if (unchanged) {
        Files.setLastModifiedTime(folder.resolve(file.getKey()), Files.getLastModifiedTime(same));
      }
    }
    syncFolder(folder);
  }

  private static boolean linked(Path link, Path existing) {
    try {
      Files.createLink(link, existing);
      return true;
    } catch (IOException | UnsupportedOperationException e) {
      return false; // no hard links here (FAT, some network file systems): written anew
    }
  }

  /** Flushes a folder's entries (Linux and macOS allow it; elsewhere it is skipped). */
  static void syncFolder(Path folder) {
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // not every file system lets a folder be opened for flushing; the renames still happen
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> all = Files.walk(root)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}

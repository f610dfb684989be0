package org.policybrief.publish;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

/**
 * The only way policybrief writes a result: into a hidden temporary file in the target folder,
 * flushed to disk, then renamed over the target in one step. Readers see the old file or the new
 * one, never half of one; on failure the temporary file is removed and the old file is untouched.
 * A target that already holds the same bytes is left as it is, so that its modification time
 * (what make, rsync and HTTP caches go by) says when the briefing last changed.
 */
public final class AtomicFiles {

  /** Temporary files older than this are leftovers of a killed write. */
  static final Duration LEFTOVER_AGE = Duration.ofHours(1);

  private AtomicFiles() {}

  /** Opens the temporary file for writing; tests put a failing channel here (a full disk). */
  interface Opener {
    FileChannel open(Path temp) throws IOException;
  }

  /** Writes {@code bytes} as {@code folder/fileName}; {@code fileName} must be a plain name. */
  public static Path write(Path folder, String fileName, byte[] bytes) throws IOException {
    return write(folder, fileName, bytes,
        temp -> FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW));
  }

  static Path write(Path folder, String fileName, byte[] bytes, Opener opener) throws IOException {
    if (fileName.isEmpty() || fileName.startsWith(".") || fileName.contains("/")
        || fileName.contains("\\") || Path.of(fileName).getNameCount() != 1) {
      throw new IllegalArgumentException("not a plain file name: " + fileName);
    }
    Files.createDirectories(folder);
    removeLeftovers(folder, fileName);
    Path target = folder.resolve(fileName);
    if (Files.isDirectory(target)) {
      throw new FileSystemException(target.toString(), null, "is a folder, not a file");
    }
    if (holds(target, bytes)) {
      return target; // left as it was, its modification time too: same data, same file
    }
    // A fresh hidden name (not createTempFile, whose owner-only mode would make a published
    // briefing unreadable to the web server): the file gets the umask's usual permissions.
    Path temp = folder.resolve("." + fileName + "." + UUID.randomUUID() + ".tmp");
    try {
      try (FileChannel channel = opener.open(temp)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      } catch (IOException e) {
        throw atTarget(e, target);
      }
      move(temp, target);
      return target;
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Whether {@code file} is a regular file (not a link) of exactly these bytes. */
  static boolean holds(Path file, byte[] bytes) {
    try {
      return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.size(file) == bytes.length
          && Arrays.equals(Files.readAllBytes(file), bytes);
    } catch (IOException e) {
      return false; // unreadable: replaced, as a changed file is
    }
  }

  /**
   * Removes the temporary files of earlier writes of {@code fileName} that were killed (SIGKILL,
   * power loss) before they could clean up. Only those older than {@link #LEFTOVER_AGE}: a younger
   * one may belong to a write going on now.
   */
  private static void removeLeftovers(Path folder, String fileName) {
    Instant before = Instant.now().minus(LEFTOVER_AGE);
    String prefix = "." + fileName + ".";
    try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder, f -> {
      String name = f.getFileName().toString();
      return name.startsWith(prefix) && name.endsWith(".tmp")
          && name.length() == prefix.length() + 36 + ".tmp".length();
    })) {
      for (Path leftover : leftovers) {
        if (Files.getLastModifiedTime(leftover).toInstant().isBefore(before)) {
          Files.deleteIfExists(leftover);
        }
      }
    } catch (IOException e) {
      // not ours to fail on: the write itself reports a folder it cannot use
    }
  }

  /** Renames {@code from} over {@code to}; a failure names {@code to}, the user's file. */
  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException("the file system of " + to.getParent() + " cannot rename atomically", e);
    } catch (FileSystemException e) {
      // e.g. a folder made at the target meanwhile: the system blames the temporary file
      throw atTarget(e, to);
    }
  }

  /**
   * A failure to write or rename the temporary file, told of the user's file {@code target}: the
   * system names the hidden temporary file (".briefing-….pdf.….tmp: Read-only file system"), or
   * no file at all (a full disk: "No space left on device").
   */
  private static FileSystemException atTarget(IOException e, Path target) {
    String reason = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
    FileSystemException named = e instanceof AccessDeniedException
        ? new AccessDeniedException(target.toString(), null, reason)
        : new FileSystemException(target.toString(), null, reason == null ? "cannot be written" : reason);
    named.initCause(e);
    return named;
  }
}

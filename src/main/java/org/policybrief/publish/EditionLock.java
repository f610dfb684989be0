package org.policybrief.publish;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lock that lets one run at a time publish into an output folder: an operating-system lock
 * on {@code <out>/.lock}. The OS drops it when the process dies, even by SIGKILL, so a killed
 * run never blocks the next one; the file itself stays and is never written.
 *
 * <p>Runs inside one process are kept apart by a set of held paths checked before the file is
 * opened: on Linux, closing any channel of a file drops every lock the process holds on it, so
 * a refused second run must not even open the file.
 */
public final class EditionLock implements AutoCloseable {

  /** Another run holds the lock. */
  public static final class LockedException extends Exception {
    LockedException(Path folder) {
      super("another run is publishing into " + folder + "; try again when it has finished", null, false, false);
    }
  }

  private static final Set<Path> HELD_IN_THIS_PROCESS = ConcurrentHashMap.newKeySet();

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;
  /** The locked file's identity, to tell it from a new file of its name; null where there is none. */
  private final Object fileKey;

  private EditionLock(Path file, FileChannel channel, FileLock lock) throws IOException {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
    this.fileKey = fileKey(file);
  }

  private static Object fileKey(Path file) throws IOException {
    return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
  }

  /**
   * Throws when the output folder's lock file is no longer the file this run locked: the folder
   * (or its lock) was deleted while the run went on, so a second run could take a new lock there
   * and publish at the same time. Called before publishing, which then does not start.
   */
  public void checkStillHeld() throws IOException {
    if (fileKey == null) {
      return; // a file system that gives files no identity: nothing to compare
    }
    Object now;
    try {
      now = fileKey(file);
    } catch (NoSuchFileException e) {
      now = null;
    }
    if (!fileKey.equals(now)) {
      throw new FileSystemException(file.toString(), null, "is not the lock this run took: the output folder"
          + " or its lock was deleted while the run went on, and another run may be publishing there;"
          + " nothing was published");
    }
  }

  public static EditionLock acquire(Path outFolder) throws IOException, LockedException {
    Files.createDirectories(outFolder);
    Path file = outFolder.toRealPath().resolve(".lock");
    if (!HELD_IN_THIS_PROCESS.add(file)) {
      throw new LockedException(outFolder);
    }
    FileChannel channel = null;
    try {
      if (Files.isSymbolicLink(file)) {
        // opened through it, the lock made a file wherever it points, outside the output folder
        throw new FileSystemException(file.toString(), null,
            "is a symbolic link; the lock is a plain file: remove the link");
      }
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
      FileLock lock = channel.tryLock();
      if (lock != null) {
        return new EditionLock(file, channel, lock);
      }
    } catch (OverlappingFileLockException e) {
      // cannot happen while the set above guards this process; treated as held all the same
    } catch (IOException | RuntimeException e) {
      HELD_IN_THIS_PROCESS.remove(file);
      if (channel != null) {
        channel.close();
      }
      throw e;
    }
    HELD_IN_THIS_PROCESS.remove(file);
    channel.close();
    throw new LockedException(outFolder);
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
      channel.close();
    } finally {
      HELD_IN_THIS_PROCESS.remove(file);
    }
  }
}

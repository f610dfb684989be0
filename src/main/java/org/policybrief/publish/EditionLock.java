package org.policybrief.publish;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The lock that lets one run at a time publish into an output folder: an operating-system lock
 * on {@code <out>/.lock}. The OS drops it when the process dies, even by SIGKILL, so a killed
 * run never blocks the next one; the file itself stays and is never written.
 */
public final class EditionLock implements AutoCloseable {

  /** Another run holds the lock. */
  public static final class LockedException extends Exception {
    LockedException(Path folder) {
      super("another run is publishing into " + folder + "; try again when it has finished", null, false, false);
    }
  }

  private final FileChannel channel;
  private final FileLock lock;

  private EditionLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  public static EditionLock acquire(Path outFolder) throws IOException, LockedException {
    Files.createDirectories(outFolder);
    FileChannel channel = FileChannel.open(outFolder.resolve(".lock"),
        StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null; // held by another run inside this same process
    }
    if (lock == null) {
      channel.close();
      throw new LockedException(outFolder);
    }
    return new EditionLock(channel, lock);
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}

package org.policybrief.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A disk that fills up halfway through a briefing: the previous file stays, nothing half-written shows. */
class AtomicFilesFaultTest {

  @TempDir Path folder;

  @Test
  void aFullDiskLeavesThePreviousFileAndNoTemporaryFile() throws IOException {
    Path previous = Files.writeString(folder.resolve("briefing.pdf"), "the previous briefing");
    byte[] next = new byte[256 * 1024];

    assertThatThrownBy(() -> AtomicFiles.write(folder, "briefing.pdf", next,
        temp -> new DiskFullChannel(FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW), 64 * 1024)))
        .isInstanceOf(IOException.class).hasMessageContaining("No space left on device");

    assertThat(Files.readString(previous)).isEqualTo("the previous briefing");
    try (var files = Files.list(folder)) {
      assertThat(files).containsExactly(previous);
    }
  }

  @Test
  void aFullDiskIsNamedAtTheFileItWouldHaveWritten() {
    // generate said only "input/output error: No space left on device", not where
    assertThatThrownBy(() -> AtomicFiles.write(folder, "briefing.pdf", new byte[4096],
        temp -> new DiskFullChannel(FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW), 0)))
        .isInstanceOf(IOException.class)
        .hasMessage(folder.resolve("briefing.pdf") + ": No space left on device");
  }

  @Test
  void aReadOnlyFolderIsNamedAtTheFileItWouldHaveWritten() {
    // generate said ".briefing.pdf.<uuid>.tmp: Read-only file system", a file the user never named
    assertThatThrownBy(() -> AtomicFiles.write(folder, "briefing.pdf", new byte[4096],
        temp -> {
          throw new FileSystemException(temp.toString(), null, "Read-only file system");
        }))
        .isInstanceOf(FileSystemException.class)
        .hasMessage(folder.resolve("briefing.pdf") + ": Read-only file system");
  }

  @Test
  void aFolderWeMayNotWriteLeavesThePreviousFileAndNothingElse() throws IOException {
    Path previous = Files.writeString(folder.resolve("briefing.pdf"), "the previous briefing");

    assertThatThrownBy(() -> AtomicFiles.write(folder, "briefing.pdf", new byte[4096],
        temp -> {
          throw new AccessDeniedException(temp.toString());
        }))
        // it named the hidden temporary file: "permission denied: …/.briefing.pdf.<uuid>.tmp"
        .isInstanceOf(AccessDeniedException.class).hasMessage(folder.resolve("briefing.pdf").toString());

    assertThat(Files.readString(previous)).isEqualTo("the previous briefing");
    try (var files = Files.list(folder)) {
      assertThat(files).containsExactly(previous);
    }
  }

  @Test
  void theNextWriteAfterAFullDiskSucceeds() throws IOException {
    Files.writeString(folder.resolve("briefing.pdf"), "the previous briefing");
    assertThatThrownBy(() -> AtomicFiles.write(folder, "briefing.pdf", new byte[4096],
        temp -> new DiskFullChannel(FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW), 0)))
        .isInstanceOf(IOException.class);

    Path written = AtomicFiles.write(folder, "briefing.pdf", "the next briefing".getBytes());
    assertThat(Files.readString(written)).isEqualTo("the next briefing");
  }

  /** Accepts {@code capacity} bytes, then fails as a full file system does. */
  private static final class DiskFullChannel extends FileChannel {
    private final FileChannel real;
    private long room;

    DiskFullChannel(FileChannel real, long capacity) {
      this.real = real;
      this.room = capacity;
    }

    @Override
    public int write(ByteBuffer source) throws IOException {
      if (room <= 0) {
        throw new IOException("No space left on device");
      }
      ByteBuffer part = source.slice();
      part.limit((int) Math.min(part.remaining(), room));
      int n = real.write(part);
      source.position(source.position() + n);
      room -= n;
      return n;
    }

    @Override
    public long write(ByteBuffer[] sources, int offset, int length) throws IOException {
      long n = 0;
      for (int i = offset; i < offset + length; i++) {
        n += write(sources[i]);
      }
      return n;
    }

    @Override
    public int write(ByteBuffer source, long position) throws IOException {
      throw new IOException("No space left on device");
    }

    @Override
    public int read(ByteBuffer target) throws IOException {
      return real.read(target);
    }

    @Override
    public long read(ByteBuffer[] targets, int offset, int length) throws IOException {
      return real.read(targets, offset, length);
    }

    @Override
    public int read(ByteBuffer target, long position) throws IOException {
      return real.read(target, position);
    }

    @Override
    public long position() throws IOException {
      return real.position();
    }

    @Override
    public FileChannel position(long position) throws IOException {
      real.position(position);
      return this;
    }

    @Override
    public long size() throws IOException {
      return real.size();
    }

    @Override
    public FileChannel truncate(long size) throws IOException {
      real.truncate(size);
      return this;
    }

    @Override
    public void force(boolean metaData) throws IOException {
      real.force(metaData);
    }

    @Override
    public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
      return real.transferTo(position, count, target);
    }

    @Override
    public long transferFrom(ReadableByteChannel source, long position, long count) throws IOException {
      throw new IOException("No space left on device");
    }

    @Override
    public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
      return real.map(mode, position, size);
    }

    @Override
    public FileLock lock(long position, long size, boolean shared) throws IOException {
      return real.lock(position, size, shared);
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) throws IOException {
      return real.tryLock(position, size, shared);
    }

    @Override
    protected void implCloseChannel() throws IOException {
      real.close();
    }
  }
}

package org.policybrief.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditionLockTest {

  @TempDir Path out;

  @Test
  void aSecondRunCannotTakeTheLockUntilTheFirstReleasesIt() throws Exception {
    try (EditionLock first = EditionLock.acquire(out)) {
      assertThatThrownBy(() -> EditionLock.acquire(out))
          .isInstanceOf(EditionLock.LockedException.class)
          .hasMessage("another run is publishing into " + out + "; try again when it has finished");
    }
    try (EditionLock again = EditionLock.acquire(out)) {
      assertThat(out.resolve(".lock")).exists().isEmptyFile();
    }
  }

  @Test
  void aLinkedLockFileIsRefusedNeverCreatedWhereItPoints(@TempDir Path elsewhere) throws Exception {
    Path target = elsewhere.resolve("made-by-the-lock");
    Files.createSymbolicLink(out.resolve(".lock"), target);

    // the lock was opened through the link: an empty file appeared outside the output folder
    assertThatThrownBy(() -> EditionLock.acquire(out)).isInstanceOf(FileSystemException.class)
        .hasMessageContaining(".lock").hasMessageContaining("symbolic link");
    assertThat(target).doesNotExist();
    assertThat(Files.isSymbolicLink(out.resolve(".lock"))).isTrue();
  }
}

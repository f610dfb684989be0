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
  void aRunWhoseOutputFolderWasDeletedKnowsItsLockIsGone() throws Exception {
    Path folder = out.resolve("briefings");
    try (EditionLock first = EditionLock.acquire(folder)) {
      first.checkStillHeld(); // untouched: still the run's
      // deleted by hand while the run built its briefings: a second run took a new lock there
      Files.delete(folder.resolve(".lock"));
      Files.delete(folder);
      Files.createDirectories(folder);
      Files.createFile(folder.resolve(".lock"));
      assertThatThrownBy(first::checkStillHeld).isInstanceOf(FileSystemException.class)
          .hasMessage(folder.toRealPath().resolve(".lock") + ": is not the lock this run took: the output folder or its"
              + " lock was deleted while the run went on, and another run may be publishing there; nothing was published");
      Files.delete(folder.resolve(".lock"));
      assertThatThrownBy(first::checkStillHeld).isInstanceOf(FileSystemException.class);
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

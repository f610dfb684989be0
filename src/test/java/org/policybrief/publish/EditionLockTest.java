package org.policybrief.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
}

package org.policybrief.publish;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AtomicFilesTest {

  @TempDir Path folder;

  @ParameterizedTest
  @ValueSource(strings = {"", "..", "../escape.pdf", "/tmp/absolute.pdf", "sub/file.pdf",
      "sub\\file.pdf", ".hidden.pdf"})
  void refusesAnythingButAPlainFileName(String name) {
    assertThatThrownBy(() -> AtomicFiles.write(folder, name, new byte[1]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

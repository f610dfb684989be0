package org.policybrief.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybrief.testing.Cli;

class LoneCharactersTest {

  @TempDir Path out;

  @Test
  void oneHanCharacterWithItsPunctuationIsLone() {
    assertThat(LoneCharacters.isLone("类。")).isTrue();
    assertThat(LoneCharacters.isLone("类")).isTrue();
    assertThat(LoneCharacters.isLone("类”。 ")).isTrue();
    assertThat(LoneCharacters.isLone("类别。")).isFalse();
    assertThat(LoneCharacters.isLone("A。")).isFalse();
    assertThat(LoneCharacters.isLone("1 项。")).isFalse();
    assertThat(LoneCharacters.isLone("。")).isFalse();
  }

  @Test
  void theSamplesFirstKeyPointEndsWithALoneCharacterAndIsReported() {
    // "…按 12 个政策类别归" fills the line and "类。" goes alone onto the next
    Cli.Result result = Cli.run("generate", "--out", out.toString(), "--date", "2026-11-30");
    assertThat(result.exitCode()).isZero();
    assertThat(result.err().strip()).isEqualTo("warning[layout.lone-character]: a paragraph ends with one"
        + " character alone on the last line: page 3 (\"…，按\u202F12\u202F个政策类别归 / 类。\")");
    // English has no such paragraph
    Cli.Result english = Cli.run("generate", "--out", out.toString(), "--date", "2026-11-30", "--lang", "en");
    assertThat(english.err()).doesNotContain("lone-character");
  }
}

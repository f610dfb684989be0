package org.policybrief.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.policybrief.diag.Diagnostic;
import org.policybrief.diag.Diagnostics;

/** Which characters a data file cannot hold, and how many of them one file reports. */
class UnprintableCharactersTest {

  @Test
  void tabLineBreaksIsolatesMarksAndJoinersAreFine() {
    for (int cp : new int[] {'\t', '\n', '\r', 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F,
        0x200C, 0x200D, 0xFEFF, 0xFFFD, 0xFDCF, 0xFDF0, 0x1FFFD}) {
      assertThat(UnprintableCharacters.problem(cp)).as("U+%04X", cp).isNull();
    }
  }

  @Test
  void controlsNoncharactersAndEmbeddingsAreNot() {
    assertThat(UnprintableCharacters.problem(0x01)).isEqualTo("control-character");
    assertThat(UnprintableCharacters.problem(0x1F)).isEqualTo("control-character");
    assertThat(UnprintableCharacters.problem(0x80)).isEqualTo("control-character");
    assertThat(UnprintableCharacters.problem(0x9F)).isEqualTo("control-character");
    assertThat(UnprintableCharacters.problem(0xFDEF)).isEqualTo("noncharacter");
    assertThat(UnprintableCharacters.problem(0x10FFFF)).isEqualTo("noncharacter");
    assertThat(UnprintableCharacters.problem(0x202A)).isEqualTo("bidi-embedding");
    assertThat(UnprintableCharacters.problem(0x202E)).isEqualTo("bidi-embedding");
  }

  @Test
  void reportsTwentyPerFileThenHowManyMore() {
    String text = "a\u0007b\n".repeat(25);
    Diagnostics diagnostics = new Diagnostics();

    UnprintableCharacters.check(text, new TextPositions("t.csv", text), diagnostics);

    assertThat(diagnostics.sorted()).hasSize(21);
    assertThat(diagnostics.sorted().get(0).format()).isEqualTo("t.csv:1:2:"
        + " error[csv.control-character]: control character U+0007 BEL in the text: it cannot be"
        + " printed; remove it");
    assertThat(diagnostics.sorted().get(20).format()).isEqualTo("t.csv:21:2:"
        + " error[csv.control-character]: and 5 more characters from here on that cannot be in a"
        + " data file (only the first 20 of the file are reported)");
  }
}

package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseTablesTest {

  @Test
  void aCharacterOneScriptWritesBelongsToThatScriptOnly() {
    assertThat("國來內絲".codePoints()).allMatch(c -> ChineseTables.traditionalOnly(c) && !ChineseTables.simplifiedOnly(c));
    assertThat("国来内丝".codePoints()).allMatch(c -> ChineseTables.simplifiedOnly(c) && !ChineseTables.traditionalOnly(c));
  }

  @Test
  void aCharacterBothScriptsWriteBelongsToNeither() {
    // 台, 于, 后 and 里 are also Traditional readings; 佘 and 咔 are written alike in both scripts
    assertThat("的台于后里佘咔A。".codePoints()).noneMatch(c -> ChineseTables.traditionalOnly(c) || ChineseTables.simplifiedOnly(c));
  }
}

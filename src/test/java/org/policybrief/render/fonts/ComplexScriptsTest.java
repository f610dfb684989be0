package org.policybrief.render.fonts;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.Character.UnicodeScript;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which scripts the layout leaves unshaped, and how they are named. */
class ComplexScriptsTest {

  @Test
  void indicAndOtherComplexScriptsNeedShapingArabicLatinAndHanDoNot() {
    // न (Devanagari), ক (Bengali), த (Tamil), ශ (Sinhala), ก (Thai), ཀ (Tibetan), က (Myanmar),
    // ក (Khmer), ܐ (Syriac), ᠠ (Mongolian)
    assertThat("नকதශกཀကកܐᠠ".codePoints()).allMatch(ComplexScripts::needsShaping);
    // Arabic is shaped by ICU; Latin, Hebrew, Han, Hangul syllables need no shaping
    assertThat("سaא中한".codePoints()).noneMatch(ComplexScripts::needsShaping);
  }

  @Test
  void namesAScriptAsWritten() {
    assertThat(ComplexScripts.name(UnicodeScript.DEVANAGARI)).isEqualTo("Devanagari");
    assertThat(ComplexScripts.name(UnicodeScript.TAI_THAM)).isEqualTo("Tai Tham");
    assertThat(ComplexScripts.name(UnicodeScript.NKO)).isEqualTo("N'Ko");
  }

  @Test
  void oneMessageNamesEveryScriptOfAFieldWithItsFirstWord() {
    String text = "नीति, policy, ខ្មែរ";
    Map<UnicodeScript, Integer> firstAt = new LinkedHashMap<>();
    firstAt.put(UnicodeScript.DEVANAGARI, 0);
    firstAt.put(UnicodeScript.KHMER, text.indexOf('ខ'));

    assertThat(ComplexScripts.unshapedMessage(text, firstAt, "measure M1", "title_en")).isEqualTo(
        "measure M1, title_en has Devanagari (\"नीति\") and Khmer (\"ខ្មែរ\") text, which prints"
            + " unshaped: the layout does no shaping of these scripts, so their letters print one"
            + " by one as stored, not reordered, joined or stacked, and may read wrongly");
  }
}

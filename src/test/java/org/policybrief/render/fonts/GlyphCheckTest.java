package org.policybrief.render.fonts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.policybrief.diag.Diagnostic;
import org.policybrief.diag.Diagnostics;
import org.policybrief.diag.Location;
import org.policybrief.model.Country;
import org.policybrief.model.Dataset;
import org.policybrief.model.Measure;
import org.policybrief.model.Text;

/**
 * Characters no font has: one warning per field the edition prints, naming them, at the cell's
 * location.
 */
class GlyphCheckTest {

  private static final String TANGUT_0 = "\uD81C\uDC00";
  private static final String TANGUT_1 = "\uD81C\uDC01";
  private static final String TANGUT_2 = "\uD81C\uDC02";

  private final Diagnostics diagnostics = new Diagnostics();
  private final GlyphCheck check = check(true);

  private GlyphCheck check(boolean chinese) {
    return new GlyphCheck(new FontLibrary(null).regularFaces(chinese ? "zh-Hans" : "en"),
        diagnostics, new GlyphCheck.Edition(chinese, UnaryOperator.identity()));
  }

  @Test
  void oneWarningPerFieldNamesEveryMissingCharacterOnce() {
    check.check("\uD834\uDD1E a \uD81C\uDC00\uD834\uDD1E \uD81C\uDC01", "the title");

    assertThat(diagnostics.sorted()).extracting(Diagnostic::message).containsExactly(
        "no font has a glyph for 3 characters in the title, text: \"\uD834\uDD1E\" (U+1D11E MUSICAL"
            + " SYMBOL G CLEF), \"\uD81C\uDC00\" (U+17000 TANGUT 17000), \"\uD81C\uDC01\" (U+17001"
            + " TANGUT 17001); they print as placeholders");
  }

  @Test
  void namesTheFirstEightAndCountsTheRest() {
    check.check(new String(Character.toChars(0x17000)).repeat(1)
        + "\uD81C\uDC01\uD81C\uDC02\uD81C\uDC03\uD81C\uDC04\uD81C\uDC05\uD81C\uDC06\uD81C\uDC07"
        + "\uD81C\uDC08\uD81C\uDC09", "the title");

    assertThat(diagnostics.sorted()).singleElement().extracting(Diagnostic::message).asString()
        .startsWith("no font has a glyph for 10 characters in the title, text: ")
        .contains("U+17007 TANGUT 17007").doesNotContain("U+17008")
        .endsWith(" and 2 more; they print as placeholders");
  }

  @Test
  void aCountryNameIsLocatedAtItsRow() {
    Location row = new Location("countries.csv", 3, 1);
    check.check(new Dataset(List.of(), List.of(), List.of(),
        Map.of("IL", new Country("IL", new Text("\uD81C\uDC00", ""), row, Map.of())), "test"));

    assertThat(diagnostics.sorted()).extracting(Diagnostic::format).containsExactly(
        "countries.csv:3:1: warning[glyph.missing]: no font has a glyph for \"\uD81C\uDC00\""
            + " (U+17000 TANGUT 17000) in country IL, name_zh; it prints as a placeholder");
  }

  @Test
  void aMeasureFieldIsLocatedAtItsCell() {
    Location row = new Location("measures.csv", 2, 1);
    Location titleZh = new Location("measures.csv", 2, 34);
    check.check(new Dataset(List.of(), List.of(new Measure("M1", "D1", "c", "KR",
        new Text("标题\uD81C\uDC00", "Title"), Text.EMPTY, List.of("t\uD81C\uDC01"),
        LocalDate.of(2026, 1, 1), row, Map.of("title_zh", titleZh, "tags", new Location("measures.csv", 2, 60)))),
        List.of(), Map.of(), "test"));

    assertThat(diagnostics.sorted()).extracting(d -> d.at().toString() + " " + d.message())
        .containsExactly(
            "measures.csv:2:34 no font has a glyph for \"\uD81C\uDC00\" (U+17000 TANGUT 17000) in"
                + " measure M1, title_zh; it prints as a placeholder",
            "measures.csv:2:60 no font has a glyph for \"\uD81C\uDC01\" (U+17001 TANGUT 17001) in"
                + " measure M1, tags; it prints as a placeholder");
  }

  @Test
  void theEnglishEditionChecksTheEnglishColumnElseTheChineseOne() {
    check(false).check(dataset());

    // title_zh is not printed; summary_en is empty, so summary_zh is; a country without
    // name_en is named from the built-in table
    assertThat(diagnostics.sorted()).extracting(d -> d.at().column() + " " + d.message())
        .containsExactly("30 no font has a glyph for \"" + TANGUT_1 + "\" (U+17001 TANGUT 17001)"
            + " in measure M1, summary_zh; it prints as a placeholder");
  }

  @Test
  void aChineseEditionChecksTheChineseColumnElseTheEnglishOne() {
    check(true).check(dataset());

    assertThat(diagnostics.sorted()).extracting(d -> d.at().column() + " " + d.message())
        .containsExactly(
            "1 no font has a glyph for \"" + TANGUT_2 + "\" (U+17002 TANGUT 17002) in country KR,"
                + " name_zh; it prints as a placeholder",
            "10 no font has a glyph for \"" + TANGUT_0 + "\" (U+17000 TANGUT 17000) in measure M1,"
                + " title_zh; it prints as a placeholder",
            "30 no font has a glyph for \"" + TANGUT_1 + "\" (U+17001 TANGUT 17001) in measure M1,"
                + " summary_zh; it prints as a placeholder");
  }

  /** A measure with Tangut in title_zh (column 10) and summary_zh (column 30), KR in name_zh. */
  private static Dataset dataset() {
    Location row = new Location("measures.csv", 2, 1);
    Measure m = new Measure("M1", "D1", "c", "KR", new Text("标题" + TANGUT_0, "Title"),
        new Text("摘要" + TANGUT_1, ""), List.of(), LocalDate.of(2026, 1, 1), row,
        Map.of("title_zh", new Location("measures.csv", 2, 10),
            "summary_zh", new Location("measures.csv", 2, 30)));
    Country kr =
        new Country("KR", new Text(TANGUT_2, ""), new Location("countries.csv", 2, 1), Map.of());
    return new Dataset(List.of(), List.of(m), List.of(), Map.of("KR", kr), "test");
  }

  @Test
  void privateUseCharactersAreSaidToBeLeftOut() {
    check.check("private\uE000use", "the title");
    check.check("private\uE000use\uDB80\uDC00end", "the subtitle");
    check.check("tangut\uD81C\uDC00private\uE000use\uF8FF", "the organisation");

    assertThat(diagnostics.sorted()).extracting(Diagnostic::message).containsExactly(
        "no font has a glyph for \"\uE000\" (U+E000 PRIVATE USE AREA E000) in the title, text;"
            + " it is a private-use character and is left out of the text",
        "no font has a glyph for 2 characters in the subtitle, text: \"\uE000\" (U+E000 PRIVATE"
            + " USE AREA E000), \"\uDB80\uDC00\" (U+F0000 SUPPLEMENTARY PRIVATE USE AREA A F0000);"
            + " they are private-use characters and are left out of the text",
        "no font has a glyph for 3 characters in the organisation, text: \"\uD81C\uDC00\""
            + " (U+17000 TANGUT 17000), \"\uE000\" (U+E000 PRIVATE USE AREA E000), \"\uF8FF\""
            + " (U+F8FF PRIVATE USE AREA F8FF); they print as placeholders, but the 2 private-use"
            + " ones are left out of the text");
  }

  @Test
  void combiningMarksAndUnassignedCodePointsAreChecked() {
    // the Thai mai han-akat on a Latin letter; U+0378 and U+E0080 are unassigned
    check.check("x\u0E31y", "the title");
    check.check("a\u0378b", "the subtitle");
    check.check("\u0378\uDB40\uDC80\uE000", "the organisation");
    check.check("e\u0301 q\u0303", "the series"); // marks a font has: nothing to say

    assertThat(diagnostics.sorted()).extracting(Diagnostic::message).containsExactly(
        "no font has a glyph for \"\u0E31\" (U+0E31 THAI CHARACTER MAI HAN-AKAT) in the title,"
            + " text; it prints as a placeholder",
        "no font has a glyph for \"\u0378\" (U+0378 unassigned) in the subtitle, text; it is an"
            + " unassigned code point and is left out of the text",
        "no font has a glyph for 3 characters in the organisation, text: \"\u0378\" (U+0378"
            + " unassigned), \"\uDB40\uDC80\" (U+E0080 unassigned), \"\uE000\" (U+E000 PRIVATE USE"
            + " AREA E000); they are private-use characters or unassigned code points and are left"
            + " out of the text");
  }

  @Test
  void textOfAScriptTheLayoutCannotShapeIsReportedAtItsCell() {
    // नीति: the vowel sign i (U+093F) would print after the consonant it belongs before
    check(false).check(new Dataset(List.of(), List.of(new Measure("M1", "D1", "c", "IN",
        new Text("", "नीति दस्तावेज़ (policy document)"), Text.EMPTY, List.of(),
        LocalDate.of(2026, 1, 1), new Location("measures.csv", 2, 1),
        Map.of("title_en", new Location("measures.csv", 2, 14)))), List.of(), Map.of(), "test"));

    assertThat(diagnostics.sorted()).extracting(Diagnostic::format).containsExactly(
        "measures.csv:2:14: warning[glyph.unshaped]: measure M1, title_en has Devanagari (\"नीति\")"
            + " text, which prints unshaped: the layout does no Devanagari shaping, so its letters"
            + " print one by one as stored, not reordered, joined or stacked, and may read wrongly");
  }

  @Test
  void aScriptNoFontHasIsReportedMissingOnly() {
    // Bengali: no bundled font has it; Devanagari: Noto Sans has it
    check.check("বাংলা नीति", "the title");

    assertThat(diagnostics.sorted()).extracting(Diagnostic::code)
        .containsExactly("glyph.missing", "glyph.unshaped");
    assertThat(diagnostics.sorted().get(0).message()).contains("U+09AC BENGALI LETTER BA")
        .doesNotContain("DEVANAGARI");
    assertThat(diagnostics.sorted().get(1).message())
        .startsWith("the title, text has Devanagari (\"नीति\") text, which prints unshaped")
        .doesNotContain("Bengali");
  }

  @Test
  void quotesTheFirstWordOfTheScriptOncePerFieldCutAfterSixteenCharacters() {
    check.check("abc नीति, नीति " + "क".repeat(20), "the title");
    check.check("संयुक्त" + "क".repeat(20), "the subtitle"); // 7 code points, then 20

    assertThat(diagnostics.sorted()).extracting(Diagnostic::message).satisfiesExactly(
        title -> assertThat(title).startsWith("the title, text has Devanagari (\"नीति\") text,"),
        subtitle -> assertThat(subtitle)
            .startsWith("the subtitle, text has Devanagari (\"संयुक्त" + "क".repeat(9) + "…\") text,"));
  }
}

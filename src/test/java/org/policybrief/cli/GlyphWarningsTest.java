package org.policybrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybrief.testing.Cli;
import org.policybrief.testing.Fixtures;
import org.policybrief.testing.PdfReader;

/** What the glyph warnings say of a text is what the briefing prints of it. */
class GlyphWarningsTest {

  @TempDir Path temp;

  @Test
  void aPrivateUseCharacterNoFontHasIsSaidToBeLeftOutAndIs() throws IOException {
    Path data = Fixtures.copy(Fixtures.MINIMAL, temp.resolve("data"));
    Fixtures.edit(data.resolve("measures.csv"), "Promote electric cars.,",
        "Promote\uE000electric\uD81C\uDC00cars.,");

    Cli.Result result = generate(data, "--lang", "en");

    assertThat(result.err()).contains("measure M2, summary_en: \"\uE000\" (U+E000 PRIVATE USE AREA"
        + " E000), \"\uD81C\uDC00\" (U+17000 TANGUT 17000); they print as placeholders, but the"
        + " private-use one is left out of the text");
    try (PDDocument document = PdfReader.open(Path.of(result.out().strip()))) {
      assertThat(PdfReader.text(document)).contains("Promoteelectric#cars.");
    }
  }

  /**
   * A combining mark no font has printed as a placeholder, and an unassigned code point was left
   * out of the text, both without a word: the check passed over every mark and every unassigned
   * code point.
   */
  @Test
  void aMarkNoFontHasAndAnUnassignedCodePointAreNamedAsTheyPrint() throws IOException {
    Path data = Fixtures.copy(Fixtures.MINIMAL, temp.resolve("data"));
    Fixtures.edit(data.resolve("measures.csv"), "Promote electric cars.,",
        "Promote x\u0E31y electric\u0378 cars.,");

    Cli.Result result = generate(data, "--lang", "en");

    assertThat(result.err()).contains("measure M2, summary_en: \"\u0E31\" (U+0E31 THAI CHARACTER"
        + " MAI HAN-AKAT), \"\u0378\" (U+0378 unassigned); they print as placeholders, but the"
        + " unassigned one is left out of the text");
    try (PDDocument document = PdfReader.open(Path.of(result.out().strip()))) {
      assertThat(PdfReader.text(document)).contains("Promote x#y electric cars.");
    }
  }

  @Test
  void devanagariIsSaidToPrintUnshapedAtItsCellAndInTheTitleArabicIsNot() throws IOException {
    Path data = Fixtures.copy(Fixtures.MINIMAL, temp.resolve("data"));
    Fixtures.edit(data.resolve("measures.csv"), "Promote electric cars,",
        "नीति (policy) سياسة,");

    Cli.Result result = generate(data, "--lang", "en", "--title", "भारत की नीति");

    // M2,D1,transport,推广电动汽车,नीति…: title_en at column 24
    assertThat(result.err().lines().filter(l -> l.contains("warning[glyph.")).toList())
        .containsExactly(
            "warning[glyph.unshaped]: the title, text has Devanagari (\"भारत\") text, which prints"
                + " unshaped: the layout does no Devanagari shaping, so its letters print one by one"
                + " as stored, not reordered, joined or stacked, and may read wrongly",
            data.resolve("measures.csv") + ":3:24: warning[glyph.unshaped]: measure M2, title_en"
                + " has Devanagari (\"नीति\") text, which prints unshaped: the layout does no"
                + " Devanagari shaping, so its letters print one by one as stored, not reordered,"
                + " joined or stacked, and may read wrongly");
    try (PDDocument document = PdfReader.open(Path.of(result.out().strip()))) {
      assertThat(PdfReader.text(document)).contains("(policy)");
    }
  }

  /**
   * QA18: generate's --fonts can take away a character the bundled fonts have (here an emoji, the
   * emoji font replaced by one without any), and validate, without --fonts, said nothing of it.
   */
  @Test
  void validateWithTheFontsOfGenerateWarnsOfWhatGenerateDoes() throws IOException {
    Path data = Fixtures.copy(Fixtures.MINIMAL, temp.resolve("data"));
    Fixtures.edit(data.resolve("documents.csv"), "数字议程,", "数字议程\uD83D\uDE80,");
    Path fonts = Files.createDirectories(temp.resolve("fonts"));
    Files.copy(Path.of("fonts/NotoSansHebrew-Regular.ttf"), fonts.resolve("NotoEmoji-Regular.ttf"));
    String missing = data.resolve("documents.csv") + ":3:7: warning[glyph.missing]: no font has a"
        + " glyph for \"\uD83D\uDE80\" (U+1F680 ROCKET) in document D2, title_zh; it prints as a"
        + " placeholder";

    Cli.Result generated = generate(data, "--fonts", fonts.toString());
    Cli.Result validated = Cli.run("validate", "--data", data.toString(), "--fonts", fonts.toString());
    Cli.Result bundled = Cli.run("validate", "--data", data.toString());

    assertThat(generated.err().lines()).contains(missing);
    assertThat(validated.exitCode()).as(validated.err()).isZero();
    assertThat(validated.err().lines()).containsExactly(missing);
    assertThat(bundled.err()).isEmpty();
  }

  @Test
  void validateNamesFontsItCannotUseAsGenerateDoes() throws IOException {
    Path data = Fixtures.copy(Fixtures.MINIMAL, temp.resolve("data"));
    Path fonts = Files.createDirectories(temp.resolve("fonts"));
    Files.createFile(fonts.resolve("NotoSans-Regular.ttf"));

    Cli.Result unusable = Cli.run("validate", "--data", data.toString(), "--fonts", fonts.toString());
    Cli.Result absent = Cli.run("validate", "--data", data.toString(), "--fonts",
        temp.resolve("nowhere").toString());

    assertThat(unusable.exitCode()).isEqualTo(ExitCodes.DATA);
    assertThat(unusable.err()).startsWith(fonts.resolve("NotoSans-Regular.ttf")
        + ": error[font.unreadable]: not a TrueType font file (the file is empty)");
    assertThat(unusable.out()).isEmpty();
    assertThat(absent.exitCode()).isEqualTo(ExitCodes.IO);
    assertThat(absent.err()).startsWith("error[input.not-found]: font folder not found: "
        + temp.resolve("nowhere"));
  }

  private Cli.Result generate(Path data, String... options) {
    String[] args = {"generate", "--data", data.toString(), "--out", temp.resolve("out").toString(),
        "--date", "2026-11-30"};
    String[] all = Arrays.copyOf(args, args.length + options.length);
    System.arraycopy(options, 0, all, args.length, options.length);
    Cli.Result result = Cli.run(all);
    assertThat(result.exitCode()).as(result.err()).isZero();
    return result;
  }
}

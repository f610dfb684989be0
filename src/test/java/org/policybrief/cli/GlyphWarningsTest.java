package org.policybrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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

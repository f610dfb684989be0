package org.policybrief.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybrief.TestData;

class GenerateOptionsTest {

  @TempDir Path folder;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void helpListsEveryCommandAndAMistypedOneGetsAUsageError() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("generate", "validate", "run", "serve", "export", "db", "help");
    assertThat(run("generat")).isEqualTo(2);
    assertThat(err.toString()).contains("'generat'", "Did you mean: policybrief generate", "Try 'policybrief --help'.");
    assertThat(run("generate", "--no-such-option")).isEqualTo(2);
    assertThat(err.toString()).contains("Try 'policybrief generate --help'.");
    assertThat(run("generate", "--titel", "x")).isEqualTo(2);
    assertThat(err.toString()).contains("'--titel'", "Possible solutions: --title");
    assertThat(run("help", "run")).isZero();
    assertThat(out.toString()).contains("Usage: policybrief run");
  }

  @Test
  void aMistypedWordFollowedByHelpIsStillAUsageError() {
    // picocli printed the top-level help and exited 0, the mistyped command never named
    assertThat(run("generatee", "--help")).isEqualTo(2);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).contains("'generatee'", "Did you mean: policybrief generate",
        "Try 'policybrief --help'.");
    err.getBuffer().setLength(0);
    assertThat(run("generate", "--titel", "x", "--help")).isEqualTo(2);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).contains("'--titel'", "Possible solutions: --title",
        "Try 'policybrief generate --help'.");
    assertThat(run("generate", "--help")).isZero();
    assertThat(out.toString()).contains("Usage: policybrief generate");
  }

  @Test
  void commandLineOptionsOverrideTheConfigFile() throws Exception {
    Path data = Files.createDirectories(folder.resolve("data"));
    TestData.englishOnly(data);
    Path config = Files.writeString(folder.resolve("briefing.yaml"),
        "lang: zh-Hant\ncountries: [GB]\ndata: data\nout: out\ndate: 2026-11-30\ntitle: From the file\n"
            + "pageSize: Letter\norganisation: Example Institute\n");
    int code = run("generate", "--config", config.toString(), "--lang", "en", "--title", "From the command line");
    assertThat(code).as(err.toString()).isZero();
    Path pdf = folder.resolve("out/briefing-2026-11-30-en-GB.pdf");
    assertThat(out.toString().strip()).isEqualTo(pdf.toString());
    String text = TestData.text(Files.readAllBytes(pdf));
    assertThat(text).contains("From the command line", "United Kingdom", "Example Institute").doesNotContain("France");
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      assertThat(document.getPage(1).getMediaBox().getWidth()).isEqualTo(PDRectangle.LETTER.getWidth(), within(1f));
    }
  }

  @Test
  void codesListedWithSpacesAfterTheirCommasAreReadAsInAConfigFile() throws Exception {
    // "--country 'GB, FR'" named country " FR", which no dataset has
    Path data = TestData.englishOnly(folder);
    int code = run("generate", "--data", data.toString(), "--out", folder.resolve("out").toString(),
        "--date", "2026-11-30", "--lang", "en", "--country", "GB, FR");
    assertThat(code).as(err.toString()).isZero();
    String text = TestData.text(Files.readAllBytes(Path.of(out.toString().strip())));
    assertThat(text).contains("United Kingdom", "France");
  }

  @Test
  void aSelectionOfNothingExits65NamingTheFilterAndWritesNothing() throws Exception {
    Path outFolder = folder.resolve("out");
    int code = run("generate", "--data", TestData.englishOnly(folder).toString(), "--out", outFolder.toString(),
        "--from", "2030-01-01");
    assertThat(code).isEqualTo(65);
    assertThat(err.toString()).contains("error[selection.empty]", "--from 2030-01-01");
    assertThat(outFolder).doesNotExist();

    // from a config file: its key at its line, where "--from 2030-01-01" was named without a place
    err.getBuffer().setLength(0);
    Path config = Files.writeString(folder.resolve("briefing.yaml"), "title: ok\nfrom: 2030-01-01\n");
    assertThat(run("generate", "--config", config.toString(), "--data", folder.toString(), "--out",
        outFolder.toString())).isEqualTo(65);
    assertThat(err.toString()).startsWith(config + ":2:7: error[selection.empty]: the selection from 2030-01-01"
        + " leaves no measure");
    assertThat(outFolder).doesNotExist();
  }

  @Test
  void aSelectionTheDataCannotGiveIsNamedAtItsConfigLineUnlessTheCommandLineGaveIt() throws Exception {
    // was "--country names country …" without a place, though no --country was given
    Path data = Files.createDirectories(folder.resolve("data"));
    TestData.englishOnly(data);
    Path config = Files.writeString(folder.resolve("briefing.yaml"),
        "data: data\ncountries: [GB, XX]\nfrom: 2025-12-01\nto: 2025-01-01\n");
    assertThat(run("generate", "--config", config.toString(), "--out", folder.resolve("out").toString()))
        .isEqualTo(65);
    assertThat(err.toString()).contains(
        config + ":2:12: error[selection.unknown-country]: countries names country \"XX\", which the"
            + " dataset does not have",
        config + ":3:7: error[selection.bad-range]: from 2025-12-01 is after to 2025-01-01");

    err.getBuffer().setLength(0);
    assertThat(run("generate", "--config", config.toString(), "--country", "YY", "--from", "2024-01-01",
        "--out", folder.resolve("out").toString())).isEqualTo(65);
    assertThat(err.toString()).startsWith("error[selection.unknown-country]: --country names country \"YY\"")
        .doesNotContain("XX", "bad-range");
    assertThat(folder.resolve("out")).doesNotExist();
  }

  @Test
  void aSelectionOverDataWithErrorsIsSaidNotToHaveBeenCheckedItsBackwardsRangeNamed() throws Exception {
    // QA18: with the data's errors, an unknown --country and a backwards range went unsaid
    Path data = Files.createDirectories(folder.resolve("data"));
    TestData.englishOnly(data);
    Path documents = data.resolve("documents.csv");
    Files.writeString(documents, Files.readString(documents).replaceFirst(",GB,", ",Britain,"));
    Path config = Files.writeString(folder.resolve("briefing.yaml"), "data: data\ncategories: [nowhere]\n");

    assertThat(run("generate", "--config", config.toString(), "--country", "XX", "--from", "2025-12-01",
        "--to", "2025-01-01", "--out", folder.resolve("out").toString())).isEqualTo(65);

    assertThat(err.toString().lines().filter(l -> !l.startsWith(documents.toString())).toList())
        .containsExactly(
            "error[selection.bad-range]: --from 2025-12-01 is after --to 2025-01-01: no date can be in between",
            "warning[selection.not-checked]: the selection (--country, categories, --from, --to) was not"
                + " checked against the data, which has errors: a country or category the data lacks, or a"
                + " selection that leaves no measure, is named once the data's errors are corrected",
            "2 errors; nothing was written");
    assertThat(folder.resolve("out")).doesNotExist();
  }

  @Test
  void aFolderOfTheConfigThatIsNotThereIsNamedAtItsLineUnlessTheCommandLineGaveIt() throws Exception {
    // was "template folder not found: …" without a place, as if --templates had been given
    Files.writeString(folder.resolve("passwd"), "root:x:0:0\n");
    Path config = Files.writeString(folder.resolve("briefing.yaml"),
        "title: ok\ndata: nodata\ntemplates: nope\nfonts:   passwd\n");
    assertThat(run("generate", "--config", config.toString(), "--out", folder.resolve("out").toString()))
        .isEqualTo(74);
    assertThat(err.toString()).isEqualTo(
        config + ":2:7: error[input.not-found]: data folder not found: " + folder.resolve("nodata") + "\n"
            + config + ":3:12: error[input.not-found]: template folder not found: " + folder.resolve("nope") + "\n"
            + config + ":4:10: error[input.not-a-folder]: font folder " + folder.resolve("passwd")
            + " is a file, not a folder\n3 errors; nothing was written\n");

    err.getBuffer().setLength(0);
    assertThat(run("generate", "--config", config.toString(), "--templates", "elsewhere", "--data",
        Files.createDirectories(folder.resolve("data")).toString(), "--out", folder.resolve("out").toString()))
        .isEqualTo(74);
    assertThat(err.toString()).startsWith("error[input.not-found]: template folder not found: elsewhere\n"
        + config + ":4:10: error[input.not-a-folder]: font folder ").doesNotContain("nodata");
    assertThat(folder.resolve("out")).doesNotExist();
  }

  @Test
  void aConfigThatIsAFolderIsNamedAsSuchNotAsMissing() throws Exception {
    assertThat(run("generate", "--config", folder.toString())).isEqualTo(74);
    assertThat(err.toString()).isEqualTo("error[input.not-a-file]: config file " + folder + " is a folder,"
        + " not a file: give the path of a briefing.yaml\n1 error; nothing was written\n");
    err.getBuffer().setLength(0);
    assertThat(run("generate", "--config", folder.resolve("none.yaml").toString())).isEqualTo(74);
    assertThat(err.toString()).isEqualTo("error[input.not-found]: config file not found: "
        + folder.resolve("none.yaml") + "\n1 error; nothing was written\n");
  }

  @Test
  void aBadConfigLineIsAUsageErrorWithItsLine() throws Exception {
    Path config = Files.writeString(folder.resolve("briefing.yaml"), "title: ok\npageSize: A3\n");
    assertThat(run("generate", "--config", config.toString())).isEqualTo(2);
    assertThat(err.toString()).contains(config + ":2:11: error[config.bad-value]");
  }

  @Test
  void aConfigNotInUtf8IsAUsageErrorAtTheBadBytes() throws Exception {
    Path config = Files.write(folder.resolve("briefing.yaml"), new byte[] {'t', 'i', 't', 'l', 'e', ':', ' ', (byte) 0xB2});
    assertThat(run("generate", "--config", config.toString())).isEqualTo(2);
    assertThat(err.toString()).startsWith(config + ":1:8: error[config.encoding]: not UTF-8: byte 0xB2 ");
  }

  @Test
  void aConfigOfAliasesThatExpandWithoutEndIsAUsageErrorNotAnInternalOne() throws Exception {
    Path config = Files.writeString(folder.resolve("briefing.yaml"),
        "a: &a [x, x, x, x, x, x, x, x]\nb: [" + "*a, ".repeat(60) + "*a]\n");
    assertThat(run("generate", "--config", config.toString())).isEqualTo(2);
    assertThat(err.toString()).startsWith(config + ":1:1: error[config.too-many-aliases]: ");
  }

  @Test
  void anUnknownLanguageIsAUsageError() {
    assertThat(run("generate", "--lang", "fr")).isEqualTo(2);
    assertThat(err.toString()).contains("unknown language \"fr\"");
  }

  @Test
  void everyBadValueOfOneCommandLineIsNamedInOneRun() throws Exception {
    // only the language was named; the title's escape came to light once it was fixed
    Path config = Files.writeString(folder.resolve("briefing.yaml"), "title: ok\npageSize: A3\n");
    assertThat(run("generate", "--config", config.toString(), "--lang", "xx", "--title", "\u001B",
        "--subtitle", "x".repeat(201), "--pdfa", "--pdfua", "--out", "", "--templates",
        folder.resolve("nope").toString(), "--data", "jdbc:mysql://h/db")).isEqualTo(2);
    assertThat(err.toString()).isEqualTo(
        "error[option.bad-value]: unknown language \"xx\" (expected one of zh-Hans, zh-Hant, en)\n"
            + "error[option.bad-value]: the title has the control character U+001B, which cannot be printed; remove it\n"
            + "error[option.bad-value]: the subtitle has 201 characters; at most 200 fit the cover and the"
            + " running header and footer\n"
            + "error[option.bad-value]: --out is empty: name a folder (. for this one)\n"
            + "error[option.conflict]: --pdfa and --pdfua are two different kinds of PDF: choose one\n"
            + "error[option.bad-value]: --data names a database other than PostgreSQL"
            + " (expected jdbc:postgresql://HOST:PORT/DATABASE)\n"
            + "error[input.not-found]: template folder not found: " + folder.resolve("nope") + "\n"
            + config + ":2:11: error[config.bad-value]: pageSize is \"A3\" (expected A4 or Letter)\n"
            + "8 errors; nothing was written\n");
  }

  @Test
  void everyBadDateOfOneCommandLineIsNamedWithTheOtherBadValues() {
    // picocli read the dates: the first bad one ended the command line, the others unsaid
    assertThat(run("generate", "--to", "2024-02-30", "--date", "2026-13-01", "--from", "yesterday",
        "--lang", "fr", "--out", folder.resolve("o").toString())).isEqualTo(2);
    assertThat(err.toString()).isEqualTo(
        "error[option.bad-value]: bad date in --date (\"2026-13-01\" is no day of the calendar: there is"
            + " no month 13, the month coming before the day in YYYY-MM-DD)\n"
            + "error[option.bad-value]: bad date in --from (expected YYYY-MM-DD, found \"yesterday\")\n"
            + "error[option.bad-value]: bad date in --to (\"2024-02-30\" is no day of the calendar: February"
            + " 2024 has 29 days)\n"
            + "error[option.bad-value]: unknown language \"fr\" (expected one of zh-Hans, zh-Hant, en)\n"
            + "4 errors; nothing was written\n");
    assertThat(folder.resolve("o")).doesNotExist();
  }

  @Test
  void aDateOffTheCalendarIsAUsageErrorInTheUsersTerms() {
    assertThat(run("generate", "--date", "2026-02-30")).isEqualTo(2);
    assertThat(err.toString()).contains("error[option.bad-value]: bad date in --date (\"2026-02-30\" is no day"
        + " of the calendar: February 2026 has 28 days)")
        .doesNotContain("java.", "Exception");
  }

  @Test
  void aTitleTooLongForTheCoverAndAnEmptyOutFolderAreUsageErrors() {
    assertThat(run("generate", "--title", "长".repeat(201), "--out", folder.resolve("o").toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("the title has 201 characters; at most 200");
    assertThat(run("generate", "--out", "")).isEqualTo(2);
    assertThat(err.toString()).contains("--out is empty");
    assertThat(folder.resolve("o")).doesNotExist();
  }

  @Test
  void anEmptyFontsOrTemplatesFolderIsAUsageErrorNamingTheOption() {
    // QA18: --templates "" ended as " does not exist" (exit 74), --fonts "" read the working folder
    assertThat(run("generate", "--fonts", "", "--templates", "", "--out", folder.resolve("o").toString()))
        .isEqualTo(2);
    assertThat(err.toString()).isEqualTo(
        "error[option.bad-value]: --templates is empty: name a folder (. for this one)\n"
            + "error[option.bad-value]: --fonts is empty: name a folder (. for this one)\n"
            + "2 errors; nothing was written\n");
    err.getBuffer().setLength(0);
    assertThat(run("validate", "--fonts", "")).isEqualTo(2);
    assertThat(err.toString()).startsWith("error[option.bad-value]: --fonts is empty");
    assertThat(folder.resolve("o")).doesNotExist();
  }

  @Test
  void aTitleOrSubtitleOfInvisibleCharactersIsAUsageErrorNotAnEmptyCover() {
    // QA18: --title U+200B printed an empty cover title and running header
    assertThat(run("generate", "--title", "\u200B\u2060", "--subtitle", "\uFEFF\uFE0F\u00A0",
        "--out", folder.resolve("o").toString())).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("error[option.bad-value]: the title has only invisible"
        + " characters (U+200B ZERO WIDTH SPACE, U+2060 WORD JOINER), which print as nothing; give a"
        + " text, or leave it out for the default\n"
        + "error[option.bad-value]: the subtitle has only invisible characters (U+FEFF ZERO WIDTH"
        + " NO-BREAK SPACE, U+FE0F VARIATION SELECTOR-16, U+00A0 NO-BREAK SPACE), which print as"
        + " nothing; give a text, or leave it out for the default\n"
        + "2 errors; nothing was written\n");
    assertThat(folder.resolve("o")).doesNotExist();
  }

  @Test
  void datesHaveFourDigitsOfYearAndTitlesNoControlCharacters() {
    assertThat(run("generate", "--date", "-0001-01-01")).isEqualTo(2);
    assertThat(run("generate", "--date", "+10000-01-01")).isEqualTo(2);
    assertThat(err.toString()).contains("bad date in --date (expected YYYY-MM-DD, found \"+10000-01-01\")");
    assertThat(run("generate", "--title", "Weekly\u001B[31m")).isEqualTo(2);
    assertThat(err.toString()).contains("the title has the control character U+001B");
    // a right-to-left override printed "Report CBA" and marks for "Report ABC"; U+FFFF a replacement mark
    assertThat(run("generate", "--title", "Report \u202EABC\u202C")).isEqualTo(2);
    assertThat(err.toString()).contains("the title has the bidi control U+202E: the program sets the direction");
    assertThat(run("generate", "--subtitle", "Weekly \uFFFF")).isEqualTo(2);
    assertThat(err.toString()).contains("the subtitle has the noncharacter U+FFFF, which is not meant for text");
    assertThat(run("generate", "--pdfa", "--pdfua")).isEqualTo(2);
    assertThat(err.toString()).contains("choose one");
  }
}

package org.policybrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policybrief.testing.Cli;
import org.policybrief.testing.Fixtures;

class ExportCommandTest {

  @TempDir Path temp;

  @Test
  void exportsAWorkbookThatValidatesAsTheSample() throws Exception {
    Path book = temp.resolve("team.xlsx");

    assertThat(run("export", "--data", "data/sample", "--to", book.toString())).isZero();

    assertThat(book).isRegularFile();
    try (var files = Files.list(temp)) {
      assertThat(files).containsExactly(book);   // no temporary file left behind
    }
    StringWriter out = new StringWriter();
    assertThat(Main.run(new String[] {"validate", "--data", book.toString()},
        new PrintWriter(out), new PrintWriter(new StringWriter()))).isZero();
    assertThat(out.toString()).startsWith("ok: 6 documents, 47 measures, 12 categories");
  }

  /** QA5 export-long-cell: POI's limit had surfaced as an internal error (exit 70), unlocated. */
  @Test
  void textsLongerThanAWorkbookCellAreLocatedDataErrorsAndNothingIsWritten() throws Exception {
    Path data = Fixtures.copy(Fixtures.MINIMAL, temp.resolve("data"));
    Fixtures.edit(data.resolve("measures.csv"), "推广电动汽车。", "长".repeat(40_000));
    Fixtures.edit(data.resolve("documents.csv"), "https://example.org/br-agenda",
        "https://example.org/" + "x".repeat(32_748)); // 32,768 characters: one too many
    Path book = Files.writeString(temp.resolve("team.xlsx"), "the old workbook");

    Cli.Result result = Cli.run("export", "--data", data.toString(), "--to", book.toString());

    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.DATA);
    assertThat(result.err().lines()).containsExactly(
        data.resolve("documents.csv") + ":3:53: error[xlsx.cell-too-long]: url is 32,768"
            + " characters long, more than the 32,767 an Excel cell holds",
        data.resolve("measures.csv") + ":3:46: error[xlsx.cell-too-long]: summary_zh is 40,000"
            + " characters long, more than the 32,767 an Excel cell holds",
        "2 errors; nothing was written");
    assertThat(result.out()).isEmpty();
    assertThat(book).hasContent("the old workbook");
    try (var files = Files.list(temp)) {
      assertThat(files).containsExactlyInAnyOrder(data, book);
    }
    // a text of exactly 32,767 characters still fits
    Fixtures.edit(data.resolve("documents.csv"), "https://example.org/x", "https://example.org/");
    Fixtures.edit(data.resolve("measures.csv"), "长".repeat(40_000), "长".repeat(32_767));
    assertThat(run("export", "--data", data.toString(), "--to", book.toString())).isZero();
  }

  @Test
  void aFolderInTheWayIsNamedAsTheUserGaveIt() throws Exception {
    Path folder = Files.createDirectory(temp.resolve("dir.xlsx"));

    Cli.Result result = Cli.run("export", "--data", "data/sample", "--to", folder.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.IO);
    assertThat(result.err()).isEqualTo("policybrief: input/output error: " + folder
        + ": is a folder, not a file\n");
    try (var files = Files.list(temp)) {
      assertThat(files).containsExactly(folder);
    }
  }

  @Test
  void exportNeedsAnXlsxTarget() {
    assertThat(run("export", "--data", "data/sample", "--to", temp.resolve("a.csv").toString()))
        .isEqualTo(ExitCodes.USAGE);
  }

  /** QA8: a hidden name had reached the atomic writer and failed as an internal error (exit 70). */
  @Test
  void aHiddenTargetNameIsAUsageError() throws Exception {
    Path hidden = temp.resolve("ex").resolve(".hidden.xlsx");

    Cli.Result result = Cli.run("export", "--data", "data/sample", "--to", hidden.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).isEqualTo("policybrief: --to must name a visible file,"
        + " not one whose name starts with \".\" (hidden, and the way policybrief names its"
        + " temporary files): " + hidden + "\n");
    assertThat(result.out()).isEmpty();
    try (var files = Files.list(temp)) {
      assertThat(files).isEmpty();
    }
  }

  /**
   * QA8: POI kept its temporary files in {@code <java.io.tmpdir>/poifiles}, a folder shared by all
   * users; another user's folder there failed the export as an internal error (exit 70). The
   * obstacle is a read-only folder (it stops a user other than root) or a file (it stops root too).
   */
  @ParameterizedTest
  @ValueSource(strings = {"read-only folder", "file"})
  void exportDoesNotUsePoisSharedTempFolderAndLeavesNothingBehind(String obstacle)
      throws Exception {
    Path tmp = Files.createDirectory(temp.resolve("tmp"));
    Path poifiles = tmp.resolve("poifiles");
    if (obstacle.equals("file")) {
      Files.writeString(poifiles, "another user's");
    } else {
      Files.createDirectory(poifiles,
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("r-xr-xr-x")));
    }
    Path book = temp.resolve("team.xlsx");
    try {
      Process process = new ProcessBuilder(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Djava.io.tmpdir=" + tmp, "-Djava.awt.headless=true",
          "-cp", System.getProperty("java.class.path"), "org.policybrief.cli.Main",
          "export", "--data", "data/sample", "--to", book.toString()))
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();

      assertThat(process.exitValue()).as(err).isZero();
      assertThat(book).isRegularFile();
      try (var files = Files.list(tmp)) {
        assertThat(files).containsExactly(poifiles);   // the process's own folder is gone
      }
      if (Files.isDirectory(poifiles)) {
        assertThat(poifiles).isEmptyDirectory();
      }
    } finally {
      poifiles.toFile().setWritable(true);
    }
  }

  @Test
  void dataThatNoSourceReadsIsAUsageErrorListingTheKinds() throws Exception {
    Path notes = Files.writeString(temp.resolve("notes.txt"), "hello");
    StringWriter err = new StringWriter();

    int code = Main.run(new String[] {"validate", "--data", notes.toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(err));

    assertThat(code).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("a PostgreSQL database (jdbc:postgresql: URL)",
        "an Excel workbook (.xlsx)", "a folder of CSV files");
  }

  @Test
  void corruptWorkbookIsBadData() throws Exception {
    Path book = Files.writeString(temp.resolve("broken.xlsx"), "id,country\n");

    assertThat(run("validate", "--data", book.toString())).isEqualTo(ExitCodes.DATA);
  }

  private static int run(String... args) {
    return Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
  }
}

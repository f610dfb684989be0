package org.policybrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

  @Test
  void exportNeedsAnXlsxTarget() {
    assertThat(run("export", "--data", "data/sample", "--to", temp.resolve("a.csv").toString()))
        .isEqualTo(ExitCodes.USAGE);
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

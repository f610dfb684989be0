package org.policybrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The serve command's refusals; serving itself is tested in the serve package. */
class ServeCommandTest {

  @TempDir Path temp;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int run(String... args) {
    return Main.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void badOptionsAreUsageErrors() {
    assertThat(run("serve", "--out", temp.toString(), "--workers", "3")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("--workers must be 1 or 2");
    assertThat(run("serve", "--port", "eighty")).isEqualTo(ExitCodes.USAGE);
    assertThat(run("serve", "--out", temp.toString(), "--bind", "no-such-host.invalid")).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void missingFoldersAndFilesAreInputErrors() throws Exception {
    assertThat(run("serve", "--out", temp.resolve("none").toString())).isEqualTo(ExitCodes.IO);
    assertThat(err.toString()).contains("archive folder not found")
        .contains("publishes editions into it; an empty folder serves a portal with no edition yet");
    assertThat(run("serve", "--out", temp.toString(), "--auth-file", temp.resolve("none").toString()))
        .isEqualTo(ExitCodes.IO);
  }

  @Test
  void aMalformedAuthFileIsAUsageErrorWithoutAStackTrace() throws Exception {
    Path auth = Files.writeString(temp.resolve("auth"), "alice:plain-password\n");
    assertThat(run("serve", "--out", temp.toString(), "--port", "0", "--auth-file", auth.toString()))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains(auth + ":1: expected").doesNotContain("\tat ");
  }

  @Test
  void anAuthLineIsRefusedForANameTheAuthFileCouldNotHold() {
    for (String name : new String[] {"a:b", "#admin", "two words", ""}) {
      assertThat(run("serve", "--auth-line", name)).isEqualTo(ExitCodes.USAGE);
    }
    assertThat(err.toString()).contains("--auth-line: the user name \"a:b\" cannot be in an auth file:"
        + " a name is 1 to 64 letters, digits and . _ @ + -");
  }

  @Test
  void protectingTheArchiveNeedsCredentialsAndNumbersSayWhichIsWrong() {
    assertThat(run("serve", "--out", temp.toString(), "--protect-archive")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("--protect-archive needs --auth-file");
    assertThat(run("serve", "--out", temp.toString(), "--stop-timeout", "-1")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("--stop-timeout must be 0 or more seconds, not -1");
    assertThat(run("serve", "--out", temp.toString(), "--port", "99999")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("--port must be from 0 to 65535, not 99999");
    assertThat(run("serve", "--out", temp.toString(), "--queue", "0")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("--queue must be at least 1, not 0");
    // 2^63 bytes overflowed to a negative cap, under which the cache kept nothing
    assertThat(run("serve", "--out", temp.toString(), "--cache-mb", "9000000000000")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("--cache-mb must be from 1 to 1000000000, not 9000000000000");
  }

  @Test
  void aPortInUseIsNamed() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();
      assertThat(run("serve", "--out", temp.toString(), "--port", Integer.toString(port)))
          .isEqualTo(ExitCodes.IO);
      assertThat(err.toString()).contains("cannot listen on 127.0.0.1:" + port + ": ");
    }
  }

  @Test
  void itsDataIsAFolderOfCsvFilesAndItsHelpSaysSo() throws Exception {
    Path workbook = Files.writeString(temp.resolve("book.xlsx"), "not read");
    assertThat(run("serve", "--out", temp.toString(), "--data", workbook.toString())).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("serve reads a folder of CSV files only (not a workbook or a database); "
        + workbook + " is not one").doesNotContain("export");
    // a folder that does not exist is an input/output error, as for the other commands
    assertThat(run("serve", "--out", temp.toString(), "--data", temp.resolve("none").toString()))
        .isEqualTo(ExitCodes.IO);
    assertThat(err.toString()).contains("data folder not found: " + temp.resolve("none"));
    assertThat(run("serve", "--help")).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains("--data=DIR").doesNotContain("FILE.xlsx", "--db-schema");
  }
}

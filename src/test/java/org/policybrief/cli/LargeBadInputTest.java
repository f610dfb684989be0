package org.policybrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.policybrief.testing.Cli;
import org.policybrief.testing.Fixtures;

/** Big inputs: read in bounded time; one error at the end is located, nothing is written. */
@Timeout(value = 120, unit = TimeUnit.SECONDS) // guards against a hang, not a speed check
class LargeBadInputTest {

  @TempDir Path temp;

  @Test
  void aTenMegabyteCellIsReadInOnePassAndRefusedAtItsCell() throws IOException {
    Path data = Fixtures.copy(Fixtures.MINIMAL, temp.resolve("data"));
    String huge = "长".repeat(10 * 1024 * 1024 / 3);
    Files.writeString(data.resolve("measures.csv"),
        Files.readString(data.resolve("measures.csv")) + "M9,D1,energy,标题,,\"" + huge + "\",,,\n");

    Cli.Result result = Cli.run("validate", "--data", data.toString());

    // more than a briefing prints (a field holds a million characters), reported where it starts
    assertThat(result.exitCode()).isEqualTo(65);
    assertThat(result.err()).startsWith(data.resolve("measures.csv") + ":5:18: error[field.too-long]:"
        + " column summary_zh holds 3,495,253 characters: a field holds at most 1,000,000");
  }

  @Test
  void oneErrorAtTheEndOfAHundredThousandRowsIsFoundWithItsLine() throws IOException {
    Path data = Fixtures.copy(Fixtures.MINIMAL, temp.resolve("data"));
    try (Writer out = Files.newBufferedWriter(data.resolve("measures.csv"), StandardCharsets.UTF_8)) {
      out.write("id,document,category,title_zh,title_en,summary_zh,summary_en,tags,date\n");
      for (int i = 1; i < 100_000; i++) {
        out.write("M" + i + ",D1,energy,措施 " + i + ",Measure " + i + ",,,,2024-04-01\n");
      }
      out.write("M100000,D1,energy,措施,Measure,,,,2024-13-01\n");
    }
    Path outFolder = temp.resolve("out");

    Cli.Result result = Cli.run("generate", "--data", data.toString(), "--out", outFolder.toString(),
        "--date", "2026-11-30");

    assertThat(result.exitCode()).isEqualTo(65);
    assertThat(result.err().lines().filter(l -> l.contains(": error[")))
        .singleElement().asString()
        .startsWith(data.resolve("measures.csv") + ":100001:");
    assertThat(result.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(outFolder).doesNotExist();
  }
}

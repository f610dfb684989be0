package org.policybrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A heap too small for the briefing (the sample needs between 32 and 40 MB): a sentence that says
 * how to give more, not a stack trace.
 */
class OutOfMemoryTest {

  private static final String PDF = "briefing-2026-11-30-zh-Hans.pdf";

  @TempDir Path temp;

  @Test
  void runningOutOfHeapSaysHowToGiveMoreAndKeepsThePreviousBriefing() throws Exception {
    Path out = Files.createDirectories(temp.resolve("out"));
    Path previous = Files.writeString(out.resolve(PDF), "the previous briefing");
    Process process = new ProcessBuilder(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx20m", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
        "org.policybrief.cli.Main", "generate", "--date", "2026-11-30", "--out", out.toString()))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();

    assertThat(process.exitValue()).as(err).isEqualTo(70);
    assertThat(err).contains("out of memory").contains("-Xmx").doesNotContain("\tat ");
    assertThat(Files.readString(previous)).isEqualTo("the previous briefing");
    try (var files = Files.list(out)) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactly(PDF);
    }
  }
}

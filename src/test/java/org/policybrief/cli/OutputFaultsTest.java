package org.policybrief.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybrief.testing.Cli;
import org.policybrief.testing.Fixtures;
import org.policybrief.testing.PdfReader;

/**
 * The output folder fails us: it cannot be written, or the program is killed mid-write. The
 * previous briefing stays whole, no partial PDF is visible, and the next run succeeds.
 */
class OutputFaultsTest {

  private static final String PDF = "briefing-2026-11-30-zh-Hans.pdf";

  @TempDir Path temp;

  @Test
  void anOutputFolderThatCannotBeCreatedExits74() throws IOException {
    Path file = Files.writeString(temp.resolve("not-a-folder"), "x");
    Cli.Result result = Cli.run("generate", "--data", Fixtures.MINIMAL.toString(), "--date", "2026-11-30",
        "--out", file.resolve("out").toString());
    assertThat(result.exitCode()).isEqualTo(74);
    assertThat(result.err()).doesNotContain("\tat ");
    assertThat(Files.readString(file)).isEqualTo("x");
    Cli.Result onTheFile = Cli.run("generate", "--data", Fixtures.MINIMAL.toString(), "--date", "2026-11-30",
        "--out", file.toString());
    assertThat(onTheFile.exitCode()).isEqualTo(74);
    assertThat(onTheFile.err()).contains(file + ": exists and is not a folder");
  }

  @Test
  void anOutputFolderThatIsABrokenLinkIsSaidToBeOne() throws IOException {
    // "out: exists and is not a folder", of a link to nothing
    Path out = Files.createSymbolicLink(temp.resolve("out"), temp.resolve("gone"));
    Cli.Result generate = Cli.run("generate", "--data", Fixtures.MINIMAL.toString(), "--date", "2026-11-30",
        "--out", out.toString());
    assertThat(generate.exitCode()).isEqualTo(74);
    assertThat(generate.err()).isEqualTo("policybrief: input/output error: " + out + ": is a symbolic link to "
        + temp.resolve("gone") + ", which does not exist\n");
    Path plan = Files.writeString(temp.resolve("plan.yaml"),
        "data: " + Fixtures.MINIMAL.toAbsolutePath() + "\nbriefings:\n  - name: a\n    language: en\n");
    Cli.Result run = Cli.run("run", "--plan", plan.toString(), "--out", out.toString(), "--edition", "2026-11-30");
    assertThat(run.exitCode()).isEqualTo(74);
    assertThat(run.err()).endsWith("policybrief: input/output error: " + out + ": is a symbolic link to "
        + temp.resolve("gone") + ", which does not exist\n");
    assertThat(temp.resolve("gone")).doesNotExist();
  }

  @Test
  void anOutputPathThroughAMissingFolderAndBackIsTheFolderItNames() {
    // the system would resolve missing/.. and fail after Java had created the folder by name
    Path out = temp.resolve("missing").resolve("..").resolve("out");
    Cli.Result result = Cli.run("generate", "--data", Fixtures.MINIMAL.toString(), "--date", "2026-11-30",
        "--out", out.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(temp.resolve("out").resolve(PDF)).isRegularFile();
    assertThat(temp.resolve("missing")).doesNotExist();
  }

  @Test
  void aReadOnlyOutputFolderExits74AndKeepsThePreviousBriefing() throws IOException {
    Path out = Files.createDirectories(temp.resolve("out"));
    Path previous = Files.writeString(out.resolve(PDF), "the previous briefing");
    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assumeFalse(Files.isWritable(out), "root writes into read-only folders; AtomicFilesFaultTest covers it");
      Cli.Result result = Cli.run("generate", "--data", Fixtures.MINIMAL.toString(), "--date", "2026-11-30",
          "--out", out.toString());
      assertThat(result.exitCode()).isEqualTo(74);
      assertThat(result.err()).doesNotContain("\tat ");
      assertThat(Files.readString(previous)).isEqualTo("the previous briefing");
    } finally {
      Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  /**
   * The same for root, whom permission bits do not stop: the folder is made immutable
   * ({@code chattr +i}), which root cannot write into either. Skipped where the file system or
   * the container does not allow that attribute.
   */
  @Test
  void anImmutableOutputFolderExits74AndKeepsThePreviousBriefingEvenForRoot() throws Exception {
    Path out = Files.createDirectories(temp.resolve("out"));
    Path previous = Files.writeString(out.resolve(PDF), "the previous briefing");
    assumeTrue(chattr("+i", out), "chattr +i is not available here");
    try {
      assertThat(Files.isWritable(out) && canCreateIn(out)).as("immutable folder").isFalse();
      Cli.Result result = Cli.run("generate", "--data", Fixtures.MINIMAL.toString(), "--date", "2026-11-30",
          "--out", out.toString());
      assertThat(result.exitCode()).isEqualTo(74);
      assertThat(result.err()).startsWith("policybrief: input/output error: " + out)
          .contains("Operation not permitted").doesNotContain("\tat ");
    } finally {
      chattr("-i", out);
    }
    assertThat(Files.readString(previous)).isEqualTo("the previous briefing");
    try (var files = Files.list(out)) {
      assertThat(files).containsExactly(previous);
    }
  }

  private static boolean chattr(String flag, Path path) throws InterruptedException {
    try {
      Process process = new ProcessBuilder("chattr", flag, path.toString())
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false; // no chattr
    }
  }

  private static boolean canCreateIn(Path folder) {
    try {
      Files.delete(Files.createTempFile(folder, "probe", ".tmp"));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * SIGKILL at 20 moments spread over a whole {@code generate} (seeded, so a failure repeats):
   * each time the folder shows one whole briefing, the previous or the new one byte for byte,
   * and nothing else visible.
   */
  @Test
  void killedAtAnyMomentTheFolderShowsTheWholePreviousBriefing() throws Exception {
    Path out = temp.resolve("out");
    long started = System.nanoTime();
    assertThat(generate(out, "--title", "Edition one").waitFor()).isZero();
    long fullRunMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    byte[] editionOne = Files.readAllBytes(out.resolve(PDF));
    // The same data and date give the same bytes: what a finished "Edition two" looks like.
    Cli.Result two = Cli.run("generate", "--data", Fixtures.MINIMAL.toString(), "--date", "2026-11-30",
        "--out", temp.resolve("two").toString(), "--title", "Edition two");
    byte[] editionTwo = Files.readAllBytes(Path.of(two.out().strip()));
    byte[] previous = editionOne;

    Random random = new Random(7);
    for (int trial = 0; trial < 20; trial++) {
      Process process = generate(out, "--title", "Edition two");
      long delay = (long) (fullRunMillis * (trial + random.nextDouble()) / 20);
      if (!process.waitFor(delay, TimeUnit.MILLISECONDS)) {
        process.destroyForcibly(); // SIGKILL on Linux
        process.waitFor();
      }
      assertThat(visible(out)).as("trial %d", trial).containsExactly(PDF);
      byte[] now = Files.readAllBytes(out.resolve(PDF));
      if (!Arrays.equals(now, previous)) {
        // Killed after the rename (or finished): then it is the whole new edition.
        assertThat(now).as("trial %d", trial).isEqualTo(editionTwo);
        previous = now;
      }
    }

    assertThat(generate(out, "--title", "Edition three").waitFor()).isZero();
    try (PDDocument document = PdfReader.open(out.resolve(PDF))) {
      assertThat(PdfReader.text(document)).contains("Edition three");
    }
  }

  private static List<String> visible(Path folder) throws IOException {
    List<String> names = new ArrayList<>();
    try (var files = Files.list(folder)) {
      files.map(f -> f.getFileName().toString()).filter(n -> !n.startsWith(".")).forEach(names::add);
    }
    return names;
  }

  private static Process generate(Path out, String... extra) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
        "org.policybrief.cli.Main", "generate", "--data", Fixtures.MINIMAL.toString(),
        "--date", "2026-11-30", "--out", out.toString()));
    command.addAll(List.of(extra));
    return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
  }
}

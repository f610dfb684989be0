package org.policybrief.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/policybrief on the jar and start-up archive that {@code mvn package} made: the JDK it
 * records, a briefing generated through it (writing nothing in the user's home folder), a user's
 * mistake, and the heap cap of batch commands.
 */
class LauncherIT {

  private static final Path RUNTIME = Path.of("target", "policybrief.runtime");

  private static Path java;
  private static int version;

  @TempDir Path temp;

  @BeforeAll
  static void readRuntime() throws IOException {
    assumeThat(RUNTIME).as("built with -Dcds.skip=true: no start-up archive").exists();
    List<String> lines = Files.readAllLines(RUNTIME);
    java = Path.of(lines.get(0));
    version = Integer.parseInt(lines.get(1));
  }

  @Test
  void recordsANewerOrTheSameJdkAndItsArchive() {
    assertThat(java).isExecutable();
    assertThat(version).isGreaterThanOrEqualTo(Runtime.version().feature());
    assertThat(Path.of("target", version >= 25 ? "policybrief.aot" : "policybrief.jsa")).isNotEmptyFile();
  }

  @Test
  void generatesTheSampleBriefing() throws Exception {
    Path out = temp.resolve("out");
    Result result = launch(List.of(), "generate", "--out", out.toString(), "--date", "2026-11-30");

    assertThat(result.exit).as(result.err).isZero();
    Path pdf = out.resolve("briefing-2026-11-30-zh-Hans.pdf");
    assertThat(result.out.strip()).isEqualTo(pdf.toString());
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      assertThat(document.getNumberOfPages()).isGreaterThan(5);
    }
  }

  @Test
  void writesNothingOutsideTheOutputFolderNotEvenTheJdksFontCache() throws Exception {
    Path home = Files.createDirectories(temp.resolve("home"));
    Path out = temp.resolve("out");
    Result result = launch(List.of("-Duser.home=" + home), "generate", "--out", out.toString());

    assertThat(result.exit).as(result.err).isZero();
    try (Stream<Path> written = Files.walk(home)) {
      assertThat(written.filter(path -> !path.equals(home))).isEmpty();
    }
  }

  @Test
  void aDataFolderNamedInChineseIsFoundUnderCronsPlainLocale() throws Exception {
    // Written by sh from a UTF-8 script, so that this JVM's own locale does not matter.
    Files.writeString(temp.resolve("copy.sh"), "mkdir \"$1/数据\" && cp data/sample/*.csv \"$1/数据/\"\n");
    assertThat(new ProcessBuilder("sh", temp.resolve("copy.sh").toString(), temp.toString()).start().waitFor()).isZero();
    Path plan = Files.writeString(temp.resolve("plan.yaml"), "data: 数据\nbriefings:\n  - name: overview\n    language: en\n");
    Path out = temp.resolve("out");
    ProcessBuilder cron = new ProcessBuilder("sh", Path.of("bin", "policybrief").toString(), "run",
        "--plan", plan.toString(), "--out", out.toString(), "--edition", "2027-01-04");
    cron.environment().keySet().removeIf(name -> name.equals("LANG") || name.startsWith("LC_"));
    cron.environment().put("LANG", "C");
    Result result = run(cron, "");

    assertThat(result.exit).as(result.err).isZero();
    assertThat(out.resolve("2027-01-04").resolve("overview-en.pdf")).isNotEmptyFile();
  }

  @Test
  void aMistakeIsASentence() throws Exception {
    Result result = launch(List.of(), "generate", "--data", temp.resolve("missing").toString());

    assertThat(result.exit).isEqualTo(ExitCodes.IO);
    assertThat(result.err).contains("data folder not found").doesNotContain("\tat ");
  }

  @Test
  void capsTheHeapPerBriefingRenderedAtOnce() throws Exception {
    String flags = "-XX:+PrintCommandLineFlags";

    assertThat(launch(List.of(flags), "validate").out).contains("-XX:MaxHeapSize=603979776 ")
        .contains("-XX:+UseParallelGC");
    assertThat(launch(List.of(flags), "run", "--threads", "3", "--plan", "none").out)
        .contains("-XX:MaxHeapSize=1811939328 ");
    assertThat(launch(List.of(flags + " -Xmx2g"), "validate").out)
        .contains("-XX:MaxHeapSize=2147483648 ");
    // a heap no machine has would stop the JVM before the command could refuse the number
    Result huge = launch(List.of(), "run", "--threads", "100000", "--plan", "none");
    assertThat(huge.exit).isEqualTo(ExitCodes.USAGE);
    assertThat(huge.err).contains("--threads must be from 1 to 64").doesNotContain("insufficient memory");
  }

  @Test
  void theUsersCollectorOrSmallHeapReplacesTheLaunchersOwn() throws Exception {
    String flags = "-XX:+PrintCommandLineFlags";
    // two collectors stopped the JVM; a young generation as large as the heap left no room for
    // the start-up archive's objects ("Unable to use AOT cache")
    Result g1 = launch(List.of(flags + " -XX:+UseG1GC"), "validate");
    assertThat(g1.exit).as(g1.err).isZero();
    assertThat(g1.out).contains("-XX:+UseG1GC").doesNotContain("UseParallelGC");
    Result small = launch(List.of(flags + " -Xmx150m"), "validate");
    assertThat(small.exit).as(small.err).isZero();
    assertThat(small.out).contains("-XX:MaxHeapSize=157286400 ").doesNotContain("NewSize=201326592");
  }

  @Test
  void runsFromAFolderWithASpaceInItsName() throws Exception {
    Path program = Files.createDirectories(temp.resolve("policy briefs"));
    Files.createDirectories(program.resolve("bin"));
    Files.copy(Path.of("bin", "policybrief"), program.resolve("bin").resolve("policybrief"));
    Path target = Files.createSymbolicLink(program.resolve("target"), Path.of("target").toAbsolutePath());
    // The archive's errors shown: one it cannot map would be a line on stderr.
    String archiveErrors = version >= 25 ? "-Xlog:aot=error" : "-Xlog:cds=error";

    Result result;
    try {
      result = launch(program.resolve("bin").resolve("policybrief"), List.of(archiveErrors), "validate");
    } finally {
      Files.delete(target);
    }

    assertThat(result.exit).as(result.err).isZero();
    assertThat(result.err).isEmpty();
  }

  @Test
  void findsItsProgramThroughASymbolicLink() throws Exception {
    Path link = Files.createSymbolicLink(temp.resolve("policybrief"),
        Path.of("bin", "policybrief").toAbsolutePath());

    Result result;
    try {
      result = launch(link, List.of(), "validate");
    } finally {
      Files.delete(link);
    }

    assertThat(result.exit).as(result.err).isZero();
    assertThat(result.out).startsWith("ok: ");
  }

  @Test
  void saysSoWhenTheJarIsNewerThanItsArchive() throws Exception {
    Path program = temp.resolve("program");
    Files.createDirectories(program.resolve("bin"));
    Files.createDirectories(program.resolve("target"));
    Files.copy(Path.of("bin", "policybrief"), program.resolve("bin").resolve("policybrief"));
    Path jar = Files.createSymbolicLink(program.resolve("target").resolve("policybrief.jar"),
        Path.of("target", "policybrief.jar").toAbsolutePath());
    Path runtime = Files.copy(RUNTIME, program.resolve("target").resolve("policybrief.runtime"));
    Files.setLastModifiedTime(runtime, FileTime.fromMillis(0));

    Result result;
    try {
      result = launch(program.resolve("bin").resolve("policybrief"), List.of(), "validate");
    } finally {
      Files.delete(jar);
    }

    assertThat(result.exit).as(result.err).isZero();
    assertThat(result.err).contains("start-up archive is older than the jar");
  }

  @Test
  void aBareJavaJarHandsItsCommandToTheLauncher() throws Exception {
    // JAVA_OPTS is read by the launcher only; a plain JVM would print no flags
    Result handed = javaJar(List.of(), "validate");
    assertThat(handed.exit).as(handed.err).isZero();
    assertThat(handed.out).contains("-XX:MaxHeapSize=603979776 ").contains("-XX:+UseParallelGC")
        .contains("ok: ");

    Result mistake = javaJar(List.of(), "generate", "--data", temp.resolve("missing").toString());
    assertThat(mistake.exit).isEqualTo(ExitCodes.IO);
    assertThat(mistake.err).contains("data folder not found").doesNotContain("\tat ");
  }

  @Test
  void aCommandHandedOverStopsWhenTheJavaJarThatStartedItIsKilled() throws Exception {
    // kill -9 or timeout -s KILL on the java -jar process: its shutdown hook cannot pass it on
    ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", Path.of("target", "policybrief.jar").toString(), "serve", "--out", temp.toString(), "--port", "0");
    builder.environment().remove(Launch.STARTED_BY_LAUNCHER);
    builder.redirectError(temp.resolve("stderr.txt").toFile());
    Process javaJar = builder.start();
    ProcessHandle command = null;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(javaJar.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(out.readLine()).startsWith("serving ");
      command = javaJar.toHandle().children().findFirst().orElseThrow();

      javaJar.destroyForcibly();
      assertThat(javaJar.waitFor(1, TimeUnit.MINUTES)).isTrue();

      assertThat(command.onExit()).succeedsWithin(Duration.ofMinutes(2));
      assertThat(Files.readString(temp.resolve("stderr.txt"))).contains("the java -jar process that started it has ended");
    } finally {
      if (command != null) {
        command.destroyForcibly();
      }
    }
  }

  @Test
  void javaOptionsKeepTheCommandInTheirJvm() throws Exception {
    Result result = javaJar(List.of("-Xmx300m"), "validate");

    assertThat(result.exit).as(result.err).isZero();
    assertThat(result.out).startsWith("ok: ").doesNotContain("-XX:MaxHeapSize");
  }

  private record Result(int exit, String out, String err) {}

  /** {@code java [javaOptions] -jar target/policybrief.jar arguments}, JAVA_OPTS printing the flags. */
  private Result javaJar(List<String> javaOptions, String... arguments) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(javaOptions);
    command.addAll(List.of("-jar", Path.of("target", "policybrief.jar").toString()));
    command.addAll(List.of(arguments));
    return run(new ProcessBuilder(command), "-XX:+PrintCommandLineFlags");
  }

  private Result launch(List<String> javaOpts, String... arguments) throws Exception {
    return launch(Path.of("bin", "policybrief"), javaOpts, arguments);
  }

  private Result launch(Path launcher, List<String> javaOpts, String... arguments) throws Exception {
    List<String> command = new ArrayList<>(List.of("sh", launcher.toString()));
    command.addAll(List.of(arguments));
    return run(new ProcessBuilder(command), String.join(" ", javaOpts));
  }

  private Result run(ProcessBuilder builder, String javaOpts) throws Exception {
    builder.environment().put("JAVA_OPTS", javaOpts);
    builder.environment().remove(Launch.STARTED_BY_LAUNCHER);
    Process process = builder.start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
    return new Result(process.exitValue(), out, err);
  }
}

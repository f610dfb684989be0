package org.policybrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybrief.publish.EditionLock;

class RunCommandTest {

  @TempDir Path work;

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }

  private Path plan(String yaml) throws Exception {
    Path data = work.resolve("data");
    Files.createDirectories(data);
    for (String name : List.of("documents.csv", "measures.csv", "categories.csv")) {
      Files.copy(Path.of("src/test/resources/weekly/data", name), data.resolve(name));
    }
    return Files.writeString(work.resolve("weekly.yaml"), yaml);
  }

  @Test
  void exits75WhileAnotherRunHoldsTheLock() throws Exception {
    Path out = work.resolve("output");
    Path plan = plan("data: data\nbriefings:\n  - name: all\n    language: zh-Hans\n");
    try (EditionLock held = EditionLock.acquire(out)) {
      Result result = run("run", "--plan", plan.toString(), "--out", out.toString());

      assertThat(result.code()).isEqualTo(75);
      assertThat(result.err()).isEqualTo("policybrief: another run is publishing into " + out
          + "; try again when it has finished" + System.lineSeparator());
      assertThat(result.out()).isEmpty();

      // the refused attempt must not have dropped the operating-system lock: another process sees it
      Process other = new ProcessBuilder(javaCommand("run", "--plan", plan.toString(), "--out", out.toString()))
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      assertThat(other.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(other.exitValue()).isEqualTo(75);
    }
  }

  /** This program as a separate process, on the test's class path. */
  private static List<String> javaCommand(String... args) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), "org.policybrief.cli.Main"));
    command.addAll(List.of(args));
    return command;
  }

  @Test
  void aBadPlanExits65WithEveryProblemAndWritesNothing() throws Exception {
    Path out = work.resolve("output");
    Path plan = plan("data: data\nbriefings:\n  - name: all\n    language: tlh\n    colour: red\n");

    Result result = run("run", "--plan", plan.toString(), "--out", out.toString());

    assertThat(result.code()).isEqualTo(65);
    assertThat(result.err()).contains(plan + ":4:15: error[plan.unknown-language]",
        plan + ":5:5: error[plan.unknown-key]", "2 errors; nothing was written");
    assertThat(out).doesNotExist(); // not even the lock
  }

  @Test
  void aPlanWithMistakesIsStillCheckedAgainstItsDataAndWritesNothing() throws Exception {
    Path out = work.resolve("output");
    Path plan = plan("data: data\nbriefings:\n  - name: all\n    language: zh-Hans\n"
        + "    countries: [DE, XX]\n    categories: nowhere\n    from: 2025-09-01\n    to: 2025-08-31\n");

    Result result = run("run", "--plan", plan.toString(), "--out", out.toString());

    assertThat(result.code()).isEqualTo(65);
    assertThat(result.err()).contains(plan + ":5:16: error[plan.unknown-country]",
        plan + ":6:17: error[plan.unknown-category]", plan + ":8:9: error[plan.bad-range]",
        "3 errors; nothing was written");
    assertThat(out).doesNotExist(); // not even the lock
  }

  @Test
  void aPlanOverDataWithErrorsIsSaidNotToHaveBeenCheckedAgainstIt() throws Exception {
    // QA18: an unknown country of the plan went unsaid beside the data's errors, as if there were none
    Path out = work.resolve("output");
    Path plan = plan("data: data\nbriefings:\n  - name: all\n    language: zh-Hans\n    countries: XX\n");
    Path measures = plan.resolveSibling("data").resolve("measures.csv");
    Files.writeString(measures, Files.readString(measures) + "M-X,NOPE,infra,标题,Title,,,,\n");

    Result result = run("run", "--plan", plan.toString(), "--out", out.toString());

    assertThat(result.code()).isEqualTo(65);
    assertThat(result.err().lines().toList()).containsExactly(
        measures + ":" + Files.readAllLines(measures).size() + ":5: error[measure.unknown-document]:"
            + " unknown document \"NOPE\": no row of documents.csv has this id",
        plan + ": warning[plan.not-checked]: the plan was not checked against its data, which has"
            + " errors: a country or category of the plan that the data lacks, or a selection that"
            + " leaves no measure, is named once the data's errors are corrected",
        "1 error; nothing was written");
    assertThat(out).doesNotExist();
  }

  @Test
  void aPlanWhoseOnlyBriefingHasMistakesGetsThoseAloneEachAtItsPlace() throws Exception {
    // QA17: its entry left out, the plan was also said to have "no briefing to build", with no place
    Path out = work.resolve("output");
    Path plan = plan("data: data\nbriefings:\n  - name: all\n    from: 2025-02-30\n");

    Result result = run("run", "--plan", plan.toString(), "--out", out.toString());

    assertThat(result.code()).isEqualTo(65);
    assertThat(result.err().lines().toList()).containsExactly(
        plan + ":3:5: error[plan.missing-key]: missing key language (a language, a list, or each)",
        plan + ":4:11: error[plan.bad-value]: bad date in from (\"2025-02-30\" is no day of the calendar:"
            + " February 2025 has 28 days)",
        "2 errors; nothing was written");
    assertThat(out).doesNotExist();
  }

  @Test
  void anUnknownCountryWritesNothingNotEvenTheLock() throws Exception {
    Path out = work.resolve("output");
    Path plan = plan("data: data\nbriefings:\n  - name: all\n    language: zh-Hans\n    countries: XX\n");

    assertThat(run("run", "--plan", plan.toString(), "--out", out.toString()).code()).isEqualTo(65);
    assertThat(out).doesNotExist();
  }

  @Test
  void everyDataFileThatCannotBeOneIsNamedAtItsNameAsValidateNamesIt() throws Exception {
    // the first one ended the run as an input/output error (exit 74), the others unsaid
    Path out = work.resolve("output");
    Path plan = plan("data: data\nbriefings:\n  - name: all\n    language: en\n");
    Path data = work.resolve("data");
    Files.delete(data.resolve("documents.csv"));
    Files.createSymbolicLink(data.resolve("documents.csv"), Path.of("/dev/null"));
    Files.createDirectory(data.resolve("countries.csv"));
    Files.delete(data.resolve("categories.csv"));
    Files.createSymbolicLink(data.resolve("categories.csv"), work.resolve("gone.csv"));

    Result result = run("run", "--plan", plan.toString(), "--out", out.toString());

    assertThat(result.code()).isEqualTo(65);
    assertThat(result.err()).isEqualTo(
        data.resolve("categories.csv") + ":1:1: error[file.broken-link]: is a symbolic link to "
            + work.resolve("gone.csv") + ", which does not exist\n"
            + data.resolve("countries.csv") + ":1:1: error[file.not-a-file]: is a folder, not a file\n"
            + data.resolve("documents.csv") + ":1:1: error[file.not-a-file]: is not a file but a"
            + " device, pipe or socket\n"
            + "3 errors; nothing was written\n");
    assertThat(result.err()).isEqualTo(run("validate", "--data", data.toString()).err());
    assertThat(out).doesNotExist();
  }

  @Test
  void aPlanThatIsAFolderIsSaidToBeOne() throws Exception {
    Path folder = Files.createDirectories(work.resolve("plans"));
    Result result = run("run", "--plan", folder.toString(), "--out", work.resolve("output").toString());

    assertThat(result.code()).isEqualTo(74);
    assertThat(result.err()).contains("the plan is a folder, not a file: " + folder);
  }

  @Test
  void aPlanThatIsADeviceIsSaidToBeOneNotMissing() throws Exception {
    // run --plan /dev/zero said "plan file not found: /dev/zero"; generate --config says what it is
    Path device = Files.createSymbolicLink(work.resolve("plan.yaml"), Path.of("/dev/zero"));
    Path out = work.resolve("output");
    Result result = run("run", "--plan", device.toString(), "--out", out.toString());

    assertThat(result.code()).isEqualTo(ExitCodes.IO);
    assertThat(result.err()).isEqualTo("error[input.not-a-file]: plan file " + device
        + " is a pipe or device, not a file: give the path of the plan's YAML file\n"
        + "1 error; nothing was written\n");
    assertThat(out).doesNotExist();
  }

  @Test
  void aPlanThatIsALinkToNothingIsSaidToBeOne() throws Exception {
    // "plan file not found: plan.yaml", where ls showed plan.yaml
    Path link = Files.createSymbolicLink(work.resolve("plan.yaml"), work.resolve("gone.yaml"));
    Path out = work.resolve("output");
    Result result = run("run", "--plan", link.toString(), "--out", out.toString());

    assertThat(result.code()).isEqualTo(ExitCodes.IO);
    assertThat(result.err()).isEqualTo("error[input.not-found]: plan file " + link + " is a symbolic link to "
        + work.resolve("gone.yaml") + ", which does not exist\n1 error; nothing was written\n");
    assertThat(out).doesNotExist();
  }

  @Test
  void aTemplateThatIsAPartOfTheBriefingIsNotSaidToBeMissing() throws Exception {
    // "no template cover.ftl in the templates folder", beside templates/cover.ftl
    Path out = work.resolve("output");
    Path plan = plan("data: data\nbriefings:\n  - name: a\n    language: en\n    template: cover\n");
    Result result = run("run", "--plan", plan.toString(), "--out", out.toString());

    assertThat(result.code()).isEqualTo(ExitCodes.DATA);
    assertThat(result.err()).startsWith(plan + ":5:15: error[plan.unknown-template]: no template cover.ftl"
        + " of a whole briefing in the templates folder (the parts briefing.ftl includes, such as cover.ftl,");
    assertThat(out).doesNotExist();
  }

  @Test
  void aPlanOfAliasesThatExpandWithoutEndExits65WithItsPlace() throws Exception {
    Path out = work.resolve("output");
    Path plan = plan("data: data\nx: &x [a, a, a, a, a, a, a, a]\ny: [" + "*x, ".repeat(60) + "*x]\n");

    Result result = run("run", "--plan", plan.toString(), "--out", out.toString());

    assertThat(result.code()).isEqualTo(65);
    assertThat(result.err()).startsWith(plan + ":1:1: error[plan.too-many-aliases]: ");
  }

  @Test
  void aPlanNotInUtf8Exits65AtTheBadBytes() throws Exception {
    Path out = work.resolve("output");
    Path plan = plan("data: data\nbriefings:\n  - name: all\n    language: zh-Hans\n    title: ");
    Files.write(plan, new byte[] {(byte) 0xB2, (byte) 0xE2, '\n'}, StandardOpenOption.APPEND);

    Result result = run("run", "--plan", plan.toString(), "--out", out.toString());

    assertThat(result.code()).isEqualTo(65);
    assertThat(result.err()).startsWith(plan + ":5:12: error[plan.encoding]: not UTF-8: bytes 0xB2 0xE2 ");
  }

  @Test
  void aPlanWhoseDataIsAFileExits65OnTheDataLine() throws Exception {
    Path out = work.resolve("output");
    Path plan = plan("data: data/measures.csv\nbriefings:\n  - name: all\n    language: zh-Hans\n");

    Result result = run("run", "--plan", plan.toString(), "--out", out.toString());

    assertThat(result.code()).isEqualTo(65);
    assertThat(result.err()).startsWith(plan + ":1:7: error[plan.data-not-folder]: data/measures.csv is a file: ");
  }

  /**
   * The real thing: the program as a separate process, killed with SIGKILL halfway through an
   * edition. While it runs, a second run is refused with 75; after the kill, no partial file is
   * visible and the next run publishes the edition and clears what the killed one left.
   */
  /**
   * A run whose publishing failed before any change (a full disk while staging, a file where
   * latest/ goes) ended its log with the input/output error alone, after "publishing": whether the
   * archive had changed was left unsaid. It now says that the edition was not published.
   */
  @Test
  void aPublishingThatChangedNothingSaysSo() throws Exception {
    Path out = Files.createDirectories(work.resolve("output"));
    Files.writeString(out.resolve("latest"), "a file where latest/ goes");
    Path plan = plan("data: data\nbriefings:\n  - name: all\n    language: zh-Hans\n");

    Result result = run("run", "--plan", plan.toString(), "--out", out.toString(), "--edition", "2026-11-23");

    assertThat(result.code()).isEqualTo(74);
    assertThat(result.err()).endsWith("policybrief: input/output error: " + out.resolve("latest")
        + ": exists and is not a folder; edition 2026-11-23 was not published: the archive is as it was"
        + System.lineSeparator());
    assertThat(visibleFiles(out)).containsExactly("latest");
  }

  @Test
  void aRunKilledMidwayLeavesNoPartialFileAndTheNextRunSucceeds() throws Exception {
    Path out = work.resolve("output");
    Path plan = plan("data: data\nbriefings:\n  - name: brief\n    countries: each\n    language: zh-Hans\n"
        + "  - name: safety\n    countries: each\n    categories: [safety]\n    language: zh-Hans\n");
    List<String> command = javaCommand("run", "--plan", plan.toString(), "--out", out.toString(),
        "--edition", "2026-11-23", "--threads", "1");
    Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    try (BufferedReader err = new BufferedReader(
        new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
      String line;
      do {
        line = err.readLine();
      } while (line != null && !line.contains("policybrief: built "));
      assertThat(line).as("the subprocess built a first briefing").isNotNull();

      Result second = run("run", "--plan", plan.toString(), "--out", out.toString(), "--edition", "2026-11-23");
      assertThat(second.code()).isEqualTo(75);
      assertThat(second.err()).contains("another run is publishing into " + out);

      process.destroyForcibly(); // SIGKILL on Linux and macOS
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }

    assertThat(visibleFiles(out)).isEmpty();

    Result next = run("run", "--plan", plan.toString(), "--out", out.toString(), "--edition", "2026-11-23");
    assertThat(next.code()).as(next.err()).isZero();
    assertThat(next.out()).startsWith("edition 2026-11-23: 6 briefings, ");
    assertThat(visibleFiles(out)).contains("2026-11-23/brief-de-zh-Hans.pdf", "latest/safety-jp-zh-Hans.pdf",
        "manifest.json", "index.html", "feed.xml");
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files).noneMatch(p -> p.getFileName().toString().startsWith(".staging-"));
    }
  }

  /**
   * A run stopped by SIGTERM (a shutdown, systemctl stop) ended its log with the last briefing it
   * had built, as if it were still going; its last line now says that it stopped and what it left.
   */
  @Test
  void aRunStoppedBySigtermSaysSoInItsLog() throws Exception {
    Path out = work.resolve("output");
    Path plan = plan("data: data\nbriefings:\n  - name: brief\n    countries: each\n    language: zh-Hans\n");
    Process process = new ProcessBuilder(javaCommand("run", "--plan", plan.toString(), "--out", out.toString(),
        "--edition", "2026-11-23", "--threads", "1")).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    List<String> log = new ArrayList<>();
    try (BufferedReader err = new BufferedReader(
        new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
      String line;
      do {
        line = err.readLine();
        log.add(line);
      } while (line != null && !line.contains("policybrief: built "));
      assertThat(line).as("the subprocess built a first briefing").isNotNull();

      process.toHandle().destroy(); // SIGTERM on Linux and macOS; Process.destroy() closes the pipes too
      err.lines().forEach(log::add);
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }

    assertThat(process.exitValue()).isEqualTo(143);
    assertThat(log.get(log.size() - 1)).matches(
        "policybrief: stopped while building edition 2026-11-23 \\([12] of 3 briefings built\\);"
            + " nothing was published");
    assertThat(visibleFiles(out)).isEmpty();
  }

  /** Files a reader or a web server would see: none under a hidden name. */
  private static List<String> visibleFiles(Path out) throws Exception {
    try (Stream<Path> all = Files.walk(out)) {
      return all.filter(Files::isRegularFile)
          .map(p -> out.relativize(p).toString())
          .filter(p -> Stream.of(p.split("/")).noneMatch(part -> part.startsWith(".")))
          .sorted()
          .toList();
    }
  }

  @Test
  void everyMistakeOfTheCommandLineIsNamedInOneRun() throws Exception {
    // the first mistake ended the run (a bad --edition in picocli's words), the others unsaid,
    // and an empty --plan was "the plan is a folder, not a file: "
    Result all = run("run", "--plan", "", "--out", "", "--keep", "0", "--threads", "0",
        "--edition", "2026-02-30");
    assertThat(all.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(all.err()).isEqualTo(
        "error[option.bad-value]: bad date in --edition (\"2026-02-30\" is no day of the calendar:"
            + " February 2026 has 28 days)\n"
            + "error[option.bad-value]: --out is empty: name a folder (. for this one)\n"
            + "error[option.bad-value]: --keep must be at least 1, not 0\n"
            + "error[option.bad-value]: --threads must be from 1 to 64, not 0\n"
            + "error[option.bad-value]: --plan is empty: name the plan's YAML file\n"
            + "5 errors; nothing was written\n");
    Result missing = run("run", "--plan", work.resolve("none.yaml").toString(), "--out",
        work.resolve("o").toString());
    assertThat(missing.code()).isEqualTo(ExitCodes.IO);
    assertThat(missing.err()).isEqualTo("error[input.not-found]: plan file not found: "
        + work.resolve("none.yaml") + "\n1 error; nothing was written\n");
    assertThat(work.resolve("o")).doesNotExist();
  }

  @Test
  void anEmptyOutFolderOrTooManyThreadsAreUsageErrorsBeforeAnythingIsWritten() throws Exception {
    Path plan = plan("data: data\nbriefings:\n  - name: a\n    language: en\n");
    Result empty = run("run", "--plan", plan.toString(), "--out", "");
    assertThat(empty.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(empty.err()).contains("--out is empty");
    Result threads = run("run", "--plan", plan.toString(), "--out", work.resolve("o").toString(),
        "--threads", "100000");
    assertThat(threads.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(threads.err()).contains("--threads must be from 1 to 64, not 100000");
    assertThat(work.resolve("o")).doesNotExist();
    assertThat(Path.of(".lock")).doesNotExist();
  }
}

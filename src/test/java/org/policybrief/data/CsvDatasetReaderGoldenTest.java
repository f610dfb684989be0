package org.policybrief.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policybrief.diag.Diagnostic;
import org.policybrief.diag.Diagnostics;
import org.policybrief.model.Dataset;
import org.policybrief.testing.Fixtures;
import org.policybrief.testing.Golden;

/**
 * Every case of golden/data is the minimal fixture with some files replaced (or listed in
 * remove.txt); its expected.txt holds the diagnostics, one per line, paths relative to the
 * dataset. {@code -Dgolden.update=true} rewrites them: review the diff.
 */
class CsvDatasetReaderGoldenTest {

  private static final Path GOLDEN = Fixtures.RESOURCES.resolve("golden/data");

  @TempDir Path temp;

  static Stream<String> cases() throws IOException {
    return Golden.cases(GOLDEN);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void diagnosticsMatchTheGoldenFile(String name) throws IOException {
    Path caseDir = GOLDEN.resolve(name);
    Path dataset = Fixtures.copy(Fixtures.MINIMAL, temp.resolve("dataset"));
    try (Stream<Path> files = Files.list(caseDir)) {
      for (Path file : files.toList()) {
        String fileName = file.getFileName().toString();
        if (fileName.endsWith(".csv")) {
          Files.copy(file, dataset.resolve(fileName), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    Path remove = caseDir.resolve("remove.txt");
    if (Files.exists(remove)) {
      for (String fileName : Files.readAllLines(remove)) {
        Files.deleteIfExists(dataset.resolve(fileName.strip()));
      }
    }

    Diagnostics diagnostics = new Diagnostics();
    java.util.Optional<Dataset> result =
        new CsvDatasetReader(DatasetSource.folder(dataset)).read(diagnostics);

    String prefix = dataset + java.io.File.separator;
    String actual = diagnostics.sorted().stream()
        .map(Diagnostic::format)
        .map(line -> line.replace(prefix, ""))
        .collect(Collectors.joining("\n", "", "\n"));
    if (diagnostics.sorted().isEmpty()) {
      actual = "";
    }
    Golden.assertMatches(actual, caseDir.resolve("expected.txt"));
    assertThat(result.isPresent()).as("a dataset only when there is no error")
        .isEqualTo(!diagnostics.hasErrors());
    if (name.startsWith("ok-")) {
      assertThat(diagnostics.hasErrors()).isFalse();
    } else {
      // The same case at the command line: exit 65, located messages, no briefing written.
      Path out = temp.resolve("out");
      org.policybrief.testing.Cli.Result cli = org.policybrief.testing.Cli.run(
          "generate", "--data", dataset.toString(), "--out", out.toString(), "--date", "2026-11-30");
      assertThat(cli.exitCode()).as(cli.err()).isEqualTo(65);
      assertThat(cli.err()).contains(prefix).doesNotContain("\tat ");
      assertThat(out).doesNotExist();
      assertThat(diagnostics.errors()).isNotEmpty();
      List<Diagnostic> unlocated = diagnostics.errors().stream()
          .filter(d -> d.at().file() == null || d.at().line() < 1 || d.at().column() < 1)
          .toList();
      assertThat(unlocated).as("every error has file, line and column").isEmpty();
    }
  }
}

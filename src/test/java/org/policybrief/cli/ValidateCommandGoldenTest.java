package org.policybrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policybrief.data.xlsx.CsvToWorkbook;
import org.policybrief.model.BriefingSpec;
import org.policybrief.testing.Cli;
import org.policybrief.testing.Fixtures;
import org.policybrief.testing.Golden;

/**
 * Every case of golden/validate is a whole dataset that is valid but has something to warn of;
 * expected.txt holds what {@code validate} prints of it on stderr, expected-xlsx.txt the same of
 * it as a workbook, paths relative to the dataset. Whatever {@code generate} warns of in any
 * language, {@code validate} warned of first. {@code -Dgolden.update=true} rewrites them.
 */
class ValidateCommandGoldenTest {

  private static final Path GOLDEN = Fixtures.RESOURCES.resolve("golden/validate");

  @TempDir Path temp;

  static Stream<String> cases() throws IOException {
    return Golden.cases(GOLDEN);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void validateWarnsOfWhatGenerateWouldInAnyLanguage(String name) throws IOException {
    Path data = temp.resolve("dataset");
    Files.createDirectories(data);
    try (Stream<Path> files = Files.list(GOLDEN.resolve(name))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
        Files.copy(file, data.resolve(file.getFileName()));
      }
    }
    Path book = CsvToWorkbook.convert(data, temp.resolve("book.xlsx"));

    Path golden = GOLDEN.resolve(name);
    String validated = validate(data, golden.resolve("expected.txt"));
    validate(book, golden.resolve("expected-xlsx.txt"));

    List<String> warnedOf = validated.lines().toList();
    for (String language : BriefingSpec.LANGUAGES) {
      Cli.Result generated = Cli.run("generate", "--data", data.toString(), "--lang", language,
          "--out", temp.resolve("out").toString(), "--date", "2026-11-30");
      assertThat(generated.exitCode()).as(generated.err()).isZero();
      assertThat(relative(generated.err()).lines()).as(language).isNotEmpty()
          .isSubsetOf(warnedOf);
    }
  }

  /** What {@code validate} prints on stderr, matched against the golden file {@code expected}. */
  private String validate(Path data, Path expected) throws IOException {
    Cli.Result result = Cli.run("validate", "--data", data.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).startsWith("ok: ");
    String actual = relative(result.err());
    Golden.assertMatches(actual, expected);
    return actual;
  }

  private String relative(String text) {
    return text.replace(temp + File.separator + "dataset" + File.separator, "")
        .replace(temp + File.separator, "");
  }
}

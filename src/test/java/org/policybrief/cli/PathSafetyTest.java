package org.policybrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybrief.testing.Cli;
import org.policybrief.testing.Fixtures;

/** Names from data and plans never lead a file outside {@code --out}. */
class PathSafetyTest {

  @TempDir Path temp;

  @Test
  void aCategoryIdThatClimbsBecomesAPlainFileNameInsideOut() throws IOException {
    Path data = Fixtures.copy(Fixtures.MINIMAL, temp.resolve("work/data"));
    Fixtures.edit(data.resolve("categories.csv"), "transport,", "../../escape,");
    Fixtures.edit(data.resolve("measures.csv"), "M2,D1,transport,", "M2,D1,../../escape,");
    Path out = temp.resolve("work/out");
    List<Path> before = files(temp);

    Cli.Result result = Cli.run("generate", "--data", data.toString(), "--date", "2026-11-30",
        "--category", "../../escape", "--out", out.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    Path written = Path.of(result.out().strip());
    assertThat(written.getParent()).isEqualTo(out);
    assertThat(written.getFileName().toString()).doesNotContain("/").startsWith("briefing-2026-11-30-zh-Hans-");
    assertThat(files(temp)).containsExactlyInAnyOrderElementsOf(
        Stream.concat(before.stream(), Stream.of(written)).toList());
  }

  @Test
  void planNamesAndTemplatesThatClimbOrAreAbsoluteAreRefusedWithTheirPlace() throws IOException {
    Path data = Fixtures.copy(Fixtures.MINIMAL, temp.resolve("data"));
    Path plan = Files.writeString(temp.resolve("weekly.yaml"), """
        data: data
        briefings:
          - name: ../../escape
            language: zh-Hans
          - name: /tmp/absolute
            language: zh-Hans
          - name: fine
            language: zh-Hans
            template: ../../etc/passwd
        """);
    Path out = temp.resolve("out");
    List<Path> before = files(temp);

    Cli.Result result = Cli.run("run", "--plan", plan.toString(), "--out", out.toString());

    assertThat(result.exitCode()).isEqualTo(65);
    assertThat(result.err())
        .contains(plan + ":3:11: error[plan.bad-value]")
        .contains(plan + ":5:11: error[plan.bad-value]")
        .contains(plan + ":9:15: error[plan.unknown-template]")
        .doesNotContain("\tat ");
    // The run's lock file lives in --out; no briefing is written, in --out or anywhere else.
    assertThat(files(temp)).filteredOn(f -> !f.equals(out.resolve(".lock")))
        .containsExactlyInAnyOrderElementsOf(before);
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).toList();
    }
  }
}

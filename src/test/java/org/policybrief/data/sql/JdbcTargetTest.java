package org.policybrief.data.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policybrief.testing.Cli;

/** URLs that name no database are refused before any connection, never echoing credentials. */
class JdbcTargetTest {

  private static final String USER_INFO = "jdbc:postgresql://alice:SECRETPW@127.0.0.1:1/db";

  @Test
  void aUserAndPasswordBeforeTheHostAreRefusedWithoutShowingThem() {
    assertThat(JdbcTarget.problem(USER_INFO)).hasValueSatisfying(problem -> assertThat(problem)
        .contains("before the host", "?user=", "PGPASSWORD")
        .doesNotContain("SECRETPW").doesNotContain("alice"));
    // a password holding a slash still counts as one
    assertThat(JdbcTarget.problem("jdbc:postgresql://alice:SE/CRET@127.0.0.1/db")).isPresent();
    assertThatThrownBy(() -> new JdbcTarget(USER_INFO, Map.of()))
        .isInstanceOf(IOException.class).hasMessageNotContaining("SECRETPW");
  }

  @Test
  void usableUrlsHaveNoProblem() {
    assertThat(JdbcTarget.problem("jdbc:postgresql://127.0.0.1:5432/db?user=alice&password=p@ss"))
        .isEmpty();
    assertThat(JdbcTarget.problem("jdbc:postgresql://[::1]:5432/db")).isEmpty();
    assertThat(JdbcTarget.problem("jdbc:postgresql://h1:5432,h2:5433/db")).isEmpty();
    assertThat(JdbcTarget.problem("jdbc:postgresql:db")).isEmpty();
  }

  @Test
  void anUnclosedIpv6BracketOrABadPortIsAProblem() {
    assertThat(JdbcTarget.problem("jdbc:postgresql://[::1/db")).hasValueSatisfying(problem ->
        assertThat(problem).contains("bad host \"[::1\"", "[::1]:5432"));
    assertThat(JdbcTarget.problem("jdbc:postgresql://h:99999/db")).isPresent();
  }

  @Test
  void validateAndDbInitMakeItAUsageErrorThatNeverShowsThePassword() {
    Cli.Result validate = Cli.run("validate", "--data", USER_INFO);
    Cli.Result init = Cli.run("db", "init", "--data", "data/sample", "--jdbc", USER_INFO);
    Cli.Result bracket = Cli.run("validate", "--data", "jdbc:postgresql://[::1/db");
    Cli.Result mysql = Cli.run("validate", "--data", "jdbc:mysql://alice:SECRETPW@h/db");

    assertThat(validate.exitCode()).isEqualTo(2);
    assertThat(validate.err()).startsWith("policybrief: --data: a user or password before the host")
        .doesNotContain("SECRETPW");
    assertThat(init.exitCode()).isEqualTo(2);
    assertThat(init.err()).startsWith("policybrief: --jdbc: a user or password before the host")
        .doesNotContain("SECRETPW");
    assertThat(bracket.exitCode()).isEqualTo(2);
    assertThat(bracket.err()).contains("bad host \"[::1\"");
    assertThat(mysql.exitCode()).isEqualTo(2);
    assertThat(mysql.err()).contains("other than PostgreSQL").doesNotContain("SECRETPW");
  }

  @Test
  void aServerThatTakesTheConnectionAndNeverAnswersIsGivenUp() throws Exception {
    try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      JdbcTarget target = new JdbcTarget("jdbc:postgresql://127.0.0.1:" + silent.getLocalPort()
          + "/db?sslmode=disable", Map.of());
      assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertThatThrownBy(target::connect)
          .isInstanceOf(IOException.class)
          .hasMessageStartingWith("cannot connect (postgresql://127.0.0.1:" + silent.getLocalPort() + "/db): "));
    }
  }
}

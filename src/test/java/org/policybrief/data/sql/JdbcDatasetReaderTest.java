package org.policybrief.data.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybrief.cli.Main;
import org.policybrief.data.BrokenCases;
import org.policybrief.data.CsvDatasetReader;
import org.policybrief.data.DatasetContent;
import org.policybrief.data.DatasetSource;
import org.policybrief.diag.Diagnostics;
import org.policybrief.model.Dataset;
import org.postgresql.Driver;

/** Against the real PostgreSQL server of .ci/postgres.sh; skipped without it. */
class JdbcDatasetReaderTest {

  @TempDir Path temp;

  @Test
  void dbInitCreatesKeyedTablesAndTheReaderGetsTheSampleBack() throws Exception {
    String url = TestDatabase.url();
    TestDatabase.dropSchema("init_sample");

    Result init = cli("db", "init", "--data", "data/sample", "--jdbc", url,
        "--db-schema", "init_sample");

    assertThat(init.code).as(init.err).isZero();
    assertThat(init.out).contains("47 measures");
    Dataset back = new JdbcDatasetReader(url, Map.of(), "init_sample")
        .read(new Diagnostics()).orElseThrow();
    assertThat(DatasetContent.of(back)).isEqualTo(DatasetContent.of(sample()));
    assertThat(count("SELECT count(*) FROM information_schema.table_constraints"
        + " WHERE table_schema = 'init_sample' AND constraint_type = 'FOREIGN KEY'")).isEqualTo(2);
  }

  @Test
  void dbInitIntoExistingTablesChangesNothing() throws Exception {
    String url = TestDatabase.url();
    TestDatabase.dropSchema("init_twice");
    assertThat(cli("db", "init", "--jdbc", url, "--db-schema", "init_twice").code).isZero();

    Result again = cli("db", "init", "--jdbc", url, "--db-schema", "init_twice");

    assertThat(again.code).isEqualTo(74);
    assertThat(again.err).contains("nothing was changed").contains("already exists");
    assertThat(count("SELECT count(*) FROM init_twice.measures")).isEqualTo(47);
  }

  @Test
  void credentialsComeFromTheEnvironmentAndAreNeverPrinted() throws Exception {
    String url = TestDatabase.url();
    Properties parsed = Driver.parseURL(url, new Properties());
    String bare = url.substring(0, url.indexOf('?'));
    TestDatabase.dropSchema("credentials");
    new DatabaseLoader(url, Map.of(), "credentials").load(sample());

    Map<String, String> environment = Map.of("PGUSER", parsed.getProperty("user"),
        "PGPASSWORD", parsed.getProperty("password"));
    assertThat(new JdbcDatasetReader(bare, environment, "credentials")
        .read(new Diagnostics())).isPresent();

    Result wrong = cli("validate", "--data", bare + "?user=" + parsed.getProperty("user")
        + "&password=Wrong-S3cret", "--db-schema", "credentials");
    assertThat(wrong.code).isEqualTo(74);
    assertThat(wrong.err).contains("cannot connect (postgresql://").doesNotContain("S3cret");
  }

  @Test
  void databaseGoneMidReadIsAnInputOutputErrorAndWritesNothing() throws Exception {
    String url = TestDatabase.url();
    TestDatabase.dropSchema("mid_read_base");
    new DatabaseLoader(url, Map.of(), "mid_read_base").load(sample());
    String schema = TestDatabase.freshSchema("mid_read");
    try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
      s.execute("CREATE FUNCTION mid_read.pause() RETURNS boolean LANGUAGE plpgsql VOLATILE"
          + " AS $$ BEGIN PERFORM pg_sleep(0.2); RETURN true; END $$");
      for (String table : new String[] {"documents", "categories", "countries"}) {
        s.execute("CREATE VIEW mid_read." + table + " AS SELECT * FROM mid_read_base." + table);
      }
      // 47 rows × 0.2 s: the read is still running when the server ends the session
      s.execute("CREATE VIEW mid_read.measures AS SELECT * FROM mid_read_base.measures"
          + " WHERE mid_read.pause()");
    }
    CompletableFuture<Boolean> killer = CompletableFuture.supplyAsync(JdbcDatasetReaderTest::
        terminateTheMeasuresRead);
    Path out = temp.resolve("out");

    Result generate = cli("generate", "--data", url, "--db-schema", schema,
        "--out", out.toString(), "--date", "2026-11-30");

    assertThat(killer.get(30, TimeUnit.SECONDS)).as("backend found and terminated").isTrue();
    assertThat(generate.code).as(generate.err).isEqualTo(74);
    assertThat(generate.err).startsWith("policybrief: input/output error: database read failed"
        + " (postgresql://");
    assertThat(out).doesNotExist();
  }

  /** Waits until the reader's query on the slow view runs, then terminates its session. */
  private static boolean terminateTheMeasuresRead() {
    try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
      for (int attempt = 0; attempt < 200; attempt++) {
        try (ResultSet r = s.executeQuery("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            + " WHERE application_name = 'policybrief' AND state = 'active'"
            + " AND query LIKE '%\"mid_read\".\"measures\"%'")) {
          if (r.next() && r.getBoolean(1)) {
            return true;
          }
        }
        Thread.sleep(50);
      }
      return false;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static Dataset sample() throws Exception {
    return new CsvDatasetReader(DatasetSource.folder(BrokenCases.SAMPLE))
        .read(new Diagnostics()).orElseThrow();
  }

  private static long count(String sql) throws Exception {
    try (Connection c = TestDatabase.connect(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  record Result(int code, String out, String err) {}

  static Result cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }
}

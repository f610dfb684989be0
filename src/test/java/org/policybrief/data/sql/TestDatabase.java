package org.policybrief.data.sql;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The real PostgreSQL server of the tests, named by {@code POLICYBRIEF_TEST_JDBC} (see
 * .ci/postgres.sh). Tests that need it are skipped when the variable is not set.
 */
public final class TestDatabase {

  private TestDatabase() {}

  public static String url() {
    String url = System.getenv("POLICYBRIEF_TEST_JDBC");
    assumeTrue(url != null && !url.isBlank(),
        "POLICYBRIEF_TEST_JDBC is not set: start a server with .ci/postgres.sh");
    return url;
  }

  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(url());
  }

  /** An empty schema of that name (dropped first with everything in it). */
  public static String freshSchema(String name) throws SQLException {
    String schema = name.toLowerCase(Locale.ROOT).replace('-', '_');
    try (Connection c = connect(); Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + JdbcTarget.quote(schema) + " CASCADE");
      s.execute("CREATE SCHEMA " + JdbcTarget.quote(schema));
    }
    return schema;
  }

  public static void dropSchema(String schema) throws SQLException {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + JdbcTarget.quote(schema) + " CASCADE");
    }
  }

  /**
   * The CSV folder's files as tables of text columns without keys (as a team's own views might
   * be), so that broken rows can be stored; row_order keeps the file's order.
   */
  public static String loadCsvAsText(Path folder, String name) throws SQLException, IOException {
    String schema = freshSchema(name);
    try (Connection c = connect()) {
      for (String table : List.of("documents", "measures", "categories", "countries")) {
        String text = Files.readString(folder.resolve(table + ".csv"), StandardCharsets.UTF_8);
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180)) {
          List<CSVRecord> records = parser.getRecords();
          List<String> columns = new ArrayList<>();
          records.get(0).forEach(columns::add);
          StringBuilder ddl = new StringBuilder("CREATE TABLE "
              + JdbcTarget.qualified(schema, table) + " (");
          columns.forEach(col -> ddl.append(JdbcTarget.quote(col)).append(" text, "));
          ddl.append("row_order integer)");
          try (Statement s = c.createStatement()) {
            s.execute(ddl.toString());
          }
          String insert = "INSERT INTO " + JdbcTarget.qualified(schema, table) + " VALUES ("
              + "?, ".repeat(columns.size()) + "?)";
          try (PreparedStatement p = c.prepareStatement(insert)) {
            for (int r = 1; r < records.size(); r++) {
              for (int i = 0; i < columns.size(); i++) {
                String value = records.get(r).get(i);
                p.setString(i + 1, value.isEmpty() ? null : value);
              }
              p.setInt(columns.size() + 1, r);
              p.addBatch();
            }
            p.executeBatch();
          }
        }
      }
    }
    return schema;
  }
}

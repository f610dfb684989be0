package org.policybrief.data.sql;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.policybrief.model.Country;
import org.policybrief.model.Dataset;
import org.policybrief.model.Document;

/**
 * Creates the dataset's tables in a schema (DDL in {@code db/schema.sql}: keys, foreign keys,
 * checks) and loads a validated dataset into them, all in one transaction: on any failure the
 * database is left as it was.
 */
public final class DatabaseLoader {

  private static final int BATCH = 500;

  private final String url;
  private final Map<String, String> environment;
  private final String schema;

  /** {@code environment} may give PGUSER and PGPASSWORD. */
  public DatabaseLoader(String url, Map<String, String> environment, String schema) {
    this.url = url;
    this.environment = environment;
    this.schema = schema;
  }

  public void load(Dataset dataset) throws IOException {
    JdbcTarget target = new JdbcTarget(url, environment);
    try (Connection connection = target.connect()) {
      try {
        try (Statement ddl = connection.createStatement()) {
          ddl.execute("CREATE SCHEMA IF NOT EXISTS " + JdbcTarget.quote(schema));
          ddl.execute("SET LOCAL search_path TO " + JdbcTarget.quote(schema));
          ddl.execute(schemaDdl());
        }
        insertAll(connection, dataset);
        connection.commit();
      } catch (SQLException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw target.failure("loading the dataset failed, nothing was changed", e);
    }
  }

  private static String schemaDdl() throws IOException {
    try (InputStream in = DatabaseLoader.class.getResourceAsStream("/db/schema.sql")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void insertAll(Connection connection, Dataset dataset) throws SQLException {
    insert(connection, "categories (id, name_zh, name_en, color, row_order)",
        dataset.categories().stream().map(c ->
            new Object[] {c.id(), c.name().zh(), c.name().en(), c.color()}).toList());
    insert(connection,
        "documents (id, country, title_zh, title_en, issuer, date, type, url, row_order)",
        dataset.documents().stream().map(d -> new Object[] {d.id(), d.country(), d.title().zh(),
            d.title().en(), d.issuer(), d.date(), d.type(), d.url()}).toList());
    Map<String, Document> documents = dataset.documentsById();
    insert(connection, "measures (id, document, category, title_zh, title_en, summary_zh,"
            + " summary_en, tags, date, row_order)",
        dataset.measures().stream().map(m -> new Object[] {m.id(), m.documentId(),
            m.categoryId(), m.title().zh(), m.title().en(), m.summary().zh(), m.summary().en(),
            String.join(";", m.tags()),
            // stored only when it differs from the document's date, as in the CSV format
            m.date().equals(documents.get(m.documentId()).date()) ? null : m.date()}).toList());
    List<Country> countries = new ArrayList<>(dataset.countryNames().values());
    countries.sort(Comparator.comparing(Country::code));
    insert(connection, "countries (code, name_zh, name_en, row_order)", countries.stream()
        .map(c -> new Object[] {c.code(), c.name().zh(), c.name().en()}).toList());
  }

  /** Inserts rows in batches; each row gets its position as the last value (row_order). */
  private static void insert(Connection connection, String tableAndColumns, List<Object[]> rows)
      throws SQLException {
    int count = tableAndColumns.split(",").length;
    String sql = "INSERT INTO " + tableAndColumns + " VALUES ("
        + String.join(", ", Collections.nCopies(count, "?")) + ")";
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      for (int r = 0; r < rows.size(); r++) {
        Object[] values = rows.get(r);
        for (int i = 0; i < values.length; i++) {
          insert.setObject(i + 1, sqlValue(values[i]));
        }
        insert.setInt(count, r + 1);
        insert.addBatch();
        if ((r + 1) % BATCH == 0) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
    }
  }

  /** Empty texts are stored as NULL ("not given"). */
  private static Object sqlValue(Object value) {
    return value == null || value.toString().isEmpty() ? null : value;
  }
}

package org.policybrief.data.sql;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.policybrief.data.DatasetAssembler;
import org.policybrief.data.DatasetReader;
import org.policybrief.data.DatasetTable;
import org.policybrief.data.Row;
import org.policybrief.data.TableHeader;
import org.policybrief.data.UnprintableCharacters;
import org.policybrief.diag.Diagnostics;
import org.policybrief.diag.Location;
import org.policybrief.model.Dataset;

/**
 * Reads a dataset from the tables or views {@code documents}, {@code measures},
 * {@code categories} and {@code countries} of one PostgreSQL schema, with the columns of the CSV
 * files. One read-only transaction with a statement timeout; rows are fetched in batches. A row is
 * located as {@code schema.table[id=ID]:N:column}, N counting rows in reading order: by the
 * optional integer column {@code row_order}, then by id.
 */
public final class JdbcDatasetReader implements DatasetReader {

  static final String ROW_ORDER = "row_order";
  private static final int FETCH_SIZE = 500;
  private static final String STATEMENT_TIMEOUT = "60s";

  private final String url;
  private final Map<String, String> environment;
  private final String schema;

  /** {@code environment} may give PGUSER and PGPASSWORD. */
  public JdbcDatasetReader(String url, Map<String, String> environment, String schema) {
    this.url = url;
    this.environment = environment;
    this.schema = schema;
  }

  @Override
  public Optional<Dataset> read(Diagnostics diagnostics) throws IOException {
    JdbcTarget target = new JdbcTarget(url, environment);
    Map<DatasetTable, List<Row>> rows = new EnumMap<>(DatasetTable.class);
    try (Connection connection = target.connect()) {
      connection.setReadOnly(true);
      try (Statement settings = connection.createStatement()) {
        settings.execute("SET TRANSACTION READ ONLY");
        settings.execute("SET LOCAL statement_timeout = '" + STATEMENT_TIMEOUT + "'");
      }
      for (DatasetTable table : DatasetTable.values()) {
        List<String> columns = columns(connection, table);
        if (columns.isEmpty()) {
          if (table.required()) {
            diagnostics.error(Location.wholeFile(name(table)), "sql.missing-table",
                "required table or view is missing (or has no columns)");
          }
          continue;
        }
        rows.put(table, rows(connection, table, columns, diagnostics));
      }
      connection.rollback();
    } catch (SQLException e) {
      throw target.failure("database read failed", e);
    }
    return new DatasetAssembler(diagnostics, t -> "table " + name(t), t -> new Location(name(t), 1, 1))
        .assemble(rows, target.describe() + "/" + schema);
  }

  private String name(DatasetTable table) {
    return schema + "." + table.tableName();
  }

  private List<String> columns(Connection connection, DatasetTable table) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement("SELECT column_name"
        + " FROM information_schema.columns WHERE table_schema = ? AND table_name = ?"
        + " ORDER BY ordinal_position")) {
      query.setString(1, schema);
      query.setString(2, table.tableName());
      List<String> columns = new ArrayList<>();
      try (ResultSet result = query.executeQuery()) {
        while (result.next()) {
          columns.add(result.getString(1));
        }
      }
      return columns;
    }
  }

  private List<Row> rows(Connection connection, DatasetTable table, List<String> allColumns,
      Diagnostics diagnostics) throws SQLException {
    String key = table == DatasetTable.COUNTRIES ? "code" : "id";
    List<String> columns = allColumns.stream().filter(c -> !c.equals(ROW_ORDER)).toList();
    List<TableHeader.Name> names = columns.stream()
        .map(c -> new TableHeader.Name(c, Location.wholeFile(name(table))))
        .toList();
    TableHeader.check(names, Location.wholeFile(name(table)), table, "sql", diagnostics);
    String order = (allColumns.contains(ROW_ORDER) ? JdbcTarget.quote(ROW_ORDER) + ", " : "")
        + (columns.contains(key) ? JdbcTarget.quote(key) : "1");
    String select = "SELECT " + columns.stream().map(JdbcTarget::quote)
        .collect(Collectors.joining(", ")) + " FROM "
        + JdbcTarget.qualified(schema, table.tableName()) + " ORDER BY " + order;
    List<Row> rows = new ArrayList<>();
    int unprintable = 0;
    try (Statement statement = connection.createStatement()) {
      statement.setFetchSize(FETCH_SIZE);
      try (ResultSet result = statement.executeQuery(select)) {
        while (result.next()) {
          Row row = row(result, table, columns, key, rows.size() + 1);
          for (String column : columns) {
            Row.Cell cell = row.cell(column);
            unprintable = UnprintableCharacters.checkCell(cell.value(), cell.at(), "sql", "table",
                unprintable, diagnostics);
          }
          rows.add(row);
        }
      }
    }
    return rows;
  }

  private Row row(ResultSet result, DatasetTable table, List<String> columns, String key,
      int number) throws SQLException {
    List<String> values = new ArrayList<>(columns.size());
    for (int i = 1; i <= columns.size(); i++) {
      String value = result.getString(i);
      values.add(value == null ? "" : value.strip());
    }
    int keyIndex = columns.indexOf(key);
    String id = keyIndex >= 0 && !values.get(keyIndex).isEmpty() ? values.get(keyIndex) : "?";
    String where = name(table) + "[" + key + "=" + id + "]";
    Map<String, Row.Cell> cells = new HashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      cells.put(columns.get(i), new Row.Cell(values.get(i),
          new Location(where, number, i + 1, columns.get(i))));
    }
    return new Row(new Location(where, number, 1, key), cells);
  }
}

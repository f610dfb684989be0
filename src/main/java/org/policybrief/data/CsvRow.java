package org.policybrief.data;

import java.util.Map;
import org.policybrief.diag.Location;

/** One data row of a CSV file: its cells by column name, each with where it starts. */
record CsvRow(Location at, Map<String, Cell> cells) {

  record Cell(String value, Location at) {}

  /** The cell of that column; an empty cell at the row's start when the file lacks the column. */
  Cell cell(String column) {
    Cell cell = cells.get(column);
    return cell != null ? cell : new Cell("", at);
  }

  /** False when the file has no such column (already reported once, at the header). */
  boolean has(String column) {
    return cells.containsKey(column);
  }

  String value(String column) {
    return cell(column).value();
  }
}

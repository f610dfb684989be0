package org.policybrief.data;

import java.util.HashMap;
import java.util.Map;
import org.policybrief.diag.Location;

/**
 * One data row of a table, whatever the source (a CSV line, a worksheet row, a database row):
 * its cells by column name, each with where it is. Validation works on rows only.
 */
public record Row(Location at, Map<String, Cell> cells) {

  public record Cell(String value, Location at) {}

  public Row {
    cells = Map.copyOf(cells);
  }

  /** The cell of that column; an empty cell at the row's start when the table lacks the column. */
  public Cell cell(String column) {
    Cell cell = cells.get(column);
    return cell != null ? cell : new Cell("", at);
  }

  /** False when the table has no such column (already reported once, at its header). */
  public boolean has(String column) {
    return cells.containsKey(column);
  }

  public String value(String column) {
    return cell(column).value();
  }

  /** Where each cell starts, by column name. */
  public Map<String, Location> locations() {
    Map<String, Location> locations = new HashMap<>();
    cells.forEach((column, cell) -> locations.put(column, cell.at()));
    return locations;
  }
}

package org.policybrief.data;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.policybrief.diag.Diagnostics;

/**
 * Cells longer than any briefing can print are an error at the cell, whatever the source. A
 * million characters still set (some 400 pages of one text); a field of 17 million, a pasted
 * file, kept the renderer busy for more than ten minutes. Such a cell's value is cut to its first
 * characters, so that the other checks go on and quote no megabytes.
 */
final class OverlongCells {

  /** The most characters (code points) a cell may hold. */
  static final int MAX_LENGTH = 1_000_000;
  /** What is left of an overlong cell for the checks after this one. */
  private static final int KEPT = 80;

  private OverlongCells() {}

  /** {@code rows} with every overlong cell reported and cut. */
  static Map<DatasetTable, List<Row>> cut(Map<DatasetTable, List<Row>> rows, Diagnostics diagnostics) {
    Map<DatasetTable, List<Row>> checked = new EnumMap<>(DatasetTable.class);
    rows.forEach((table, tableRows) -> checked.put(table,
        tableRows.stream().map(row -> cut(row, diagnostics)).toList()));
    return checked;
  }

  private static Row cut(Row row, Diagnostics diagnostics) {
    if (row.cells().values().stream().noneMatch(cell -> cell.value().length() > MAX_LENGTH)) {
      return row; // the length in UTF-16 units is at least the count of characters
    }
    Map<String, Row.Cell> cells = new HashMap<>(row.cells());
    cells.replaceAll((column, cell) -> {
      String value = cell.value();
      int length = value.length() > MAX_LENGTH ? value.codePointCount(0, value.length()) : 0;
      if (length <= MAX_LENGTH) {
        return cell;
      }
      diagnostics.error(cell.at(), "field.too-long", String.format(Locale.ROOT,
          "column %s holds %,d characters: a field holds at most %,d", column, length, MAX_LENGTH));
      return new Row.Cell(value.substring(0, value.offsetByCodePoints(0, KEPT)), cell.at());
    });
    return new Row(row.at(), cells);
  }
}

package org.policybrief.data;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policybrief.diag.Diagnostics;
import org.policybrief.model.InvisibleText;

/**
 * A cell of nothing but invisible characters (a zero-width space, a word joiner, a byte order
 * mark, variation selectors, spaces of other widths) prints as nothing, yet counted as given: a
 * title of them printed empty and was never reported, where an empty title is an error. Such a
 * cell is reported and reads as empty, so that every later check treats it as the empty cell it
 * shows as (a required one then gets its error at the cell, an optional text its fallback).
 */
final class InvisibleCells {

  private InvisibleCells() {}

  /** {@code rows} with every cell that prints as nothing reported and emptied. */
  static Map<DatasetTable, List<Row>> empty(Map<DatasetTable, List<Row>> rows,
      Diagnostics diagnostics) {
    Map<DatasetTable, List<Row>> checked = new EnumMap<>(DatasetTable.class);
    rows.forEach((table, tableRows) -> checked.put(table,
        tableRows.stream().map(row -> empty(row, diagnostics)).toList()));
    return checked;
  }

  private static Row empty(Row row, Diagnostics diagnostics) {
    if (row.cells().values().stream().noneMatch(cell -> InvisibleText.printsNothing(cell.value()))) {
      return row;
    }
    Map<String, Row.Cell> cells = new HashMap<>(row.cells());
    cells.replaceAll((column, cell) -> {
      if (!InvisibleText.printsNothing(cell.value())) {
        return cell;
      }
      diagnostics.warning(cell.at(), "field.invisible", "column " + column + " holds only"
          + " invisible characters (" + InvisibleText.named(cell.value()) + "), which print as"
          + " nothing: it reads as empty");
      return new Row.Cell("", cell.at());
    });
    return new Row(row.at(), cells);
  }
}

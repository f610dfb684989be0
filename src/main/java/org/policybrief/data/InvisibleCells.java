package org.policybrief.data;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.policybrief.diag.Diagnostics;

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
    if (row.cells().values().stream().noneMatch(cell -> printsNothing(cell.value()))) {
      return row;
    }
    Map<String, Row.Cell> cells = new HashMap<>(row.cells());
    cells.replaceAll((column, cell) -> {
      if (!printsNothing(cell.value())) {
        return cell;
      }
      diagnostics.warning(cell.at(), "field.invisible", "column " + column + " holds only"
          + " invisible characters (" + named(cell.value()) + "), which print as nothing: it reads"
          + " as empty");
      return new Row.Cell("", cell.at());
    });
    return new Row(row.at(), cells);
  }

  /** Whether the text is not empty but every character of it is blank or invisible. */
  static boolean printsNothing(String text) {
    return !text.isEmpty() && text.codePoints().allMatch(InvisibleCells::isInvisible);
  }

  private static boolean isInvisible(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp)
        || Character.getType(cp) == Character.FORMAT   // ZWSP, word joiner, BOM, ZWJ, bidi marks
        || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF) // variation selectors
        || (cp >= 0x180B && cp <= 0x180F)                // Mongolian variation selectors
        || cp == 0x034F                                  // combining grapheme joiner
        || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0; // Hangul fillers
  }

  /** The distinct characters as {@code U+200B ZERO WIDTH SPACE}, the first three. */
  private static String named(String text) {
    List<Integer> distinct = text.codePoints().distinct().boxed().toList();
    String shown = distinct.stream().limit(3).map(cp -> String.format(Locale.ROOT, "U+%04X%s", cp,
        Character.getName(cp) == null ? "" : " " + Character.getName(cp)))
        .collect(Collectors.joining(", "));
    return distinct.size() > 3 ? shown + ", …" : shown;
  }
}

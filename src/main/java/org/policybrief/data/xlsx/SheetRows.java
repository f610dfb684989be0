package org.policybrief.data.xlsx;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.policybrief.data.DatasetTable;
import org.policybrief.data.Row;
import org.policybrief.data.TableHeader;
import org.policybrief.data.UnprintableCharacters;
import org.policybrief.diag.Diagnostics;
import org.policybrief.diag.Location;

/**
 * Collects the rows of one worksheet as POI streams its cells: the first non-empty row is the
 * header, later non-empty rows are data. Cells are located as {@code book.xlsx[sheet]:ROW:COL}.
 */
final class SheetRows implements SheetContentsHandler, CellMarkup.Findings {

  /**
   * Formats date cells as {@code YYYY-MM-DD}, counting from the workbook's date system (POI's
   * streaming reader always counts from 1900, which read the dates of a 1904 workbook four years
   * and a day early); a whole number in the General (or text) format as all its digits
   * ({@code 123456789012}, where Excel shows {@code 1.23457E+11}, so that two ids stay two);
   * other numbers and text as Excel shows them.
   */
  static DataFormatter formatter(boolean date1904) {
    return new DataFormatter(Locale.ROOT) {
      @Override
      public String formatRawCellContents(double value, int formatIndex, String formatString,
          boolean use1904Windowing) {
        if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
          LocalDateTime when = DateUtil.getLocalDateTime(value, date1904);
          return when.toLocalTime().equals(LocalTime.MIDNIGHT)
              ? when.toLocalDate().toString()
              : when.format(DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm"));
        }
        if (isGeneral(formatIndex, formatString) && isWhole(value)) {
          // the shortest decimal that is this double, so 15 typed digits stay those 15 digits
          return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
        return super.formatRawCellContents(value, formatIndex, formatString, date1904);
      }
    };
  }

  private static final String ERROR_PREFIX = "ERROR:#";

  private final String sheetFile;
  private final DatasetTable table;
  private final Diagnostics diagnostics;
  private final List<Row> rows = new ArrayList<>();
  private final TreeMap<Integer, String> current = new TreeMap<>();
  private final TreeSet<Integer> notStored = new TreeSet<>();
  private Map<String, Integer> header;
  private int headerLine;
  /** The header row's last column that holds a name; a cell to its right is under no name. */
  private int headerEnd;
  /** Characters found so far that cannot be in a data file (a control character, …). */
  private int unprintable;

  SheetRows(String sheetFile, DatasetTable table, Diagnostics diagnostics) {
    this.sheetFile = sheetFile;
    this.table = table;
    this.diagnostics = diagnostics;
  }

  private static boolean isGeneral(int formatIndex, String formatString) {
    return formatIndex == 0 || formatString == null || formatString.equalsIgnoreCase("General")
        || formatString.equals("@");
  }

  private static boolean isWhole(double value) {
    return Double.isFinite(value) && value == Math.rint(value);
  }

  static String columnLetter(int column) {
    return CellReference.convertNumToColString(column);
  }

  /** The data rows; empty (after reporting it) when the sheet has no header row. */
  List<Row> rows() {
    if (header == null) {
      diagnostics.error(at(1, 0), "xlsx.empty", "the sheet is empty: expected a header row");
    }
    return rows;
  }

  @Override
  public void startRow(int rowNum) {
    current.clear();
    notStored.clear();
  }

  @Override
  public void formulaNotStored(String reference) {
    notStored.add((int) new CellReference(reference).getCol());
  }

  /**
   * A merged range reads as its first cell, every other cell as empty: an error when that empties
   * a header or a required column, else a warning. Reported at the range's first cell.
   */
  @Override
  public void merged(String range) {
    CellRangeAddress cells = CellRangeAddress.valueOf(range);
    boolean required = header == null || cells.getFirstRow() + 1 <= headerLine;
    for (int column = cells.getFirstColumn(); column <= cells.getLastColumn(); column++) {
      required |= isRequired(column);
    }
    Location at = at(cells.getFirstRow() + 1, cells.getFirstColumn());
    String message = "cells " + cells.formatAsString() + " are merged: only "
        + at.columnLabel() + at.line() + " is read, the other cells as empty; unmerge them and"
        + " fill every cell";
    report(required, at, "xlsx.merged-cells", message);
  }

  /** A cell whose stored value cannot be read ({@link CellMarkup.UnreadableCell}): the workbook is damaged. */
  void unreadable(String reference, String message) {
    CellReference cell = new CellReference(reference);
    diagnostics.error(at(cell.getRow() + 1, cell.getCol()), "xlsx.corrupt", message);
  }

  @Override
  public void cell(String reference, String formattedValue, XSSFComment comment) {
    String value = formattedValue == null ? "" : formattedValue.strip();
    CellReference cell = new CellReference(reference);
    if (value.startsWith(ERROR_PREFIX)) {
      // POI's text for a cell holding an Excel error such as #N/A, often a failed formula
      diagnostics.error(at(cell.getRow() + 1, cell.getCol()), "xlsx.error-value", "the cell"
          + " holds the Excel error " + value.substring(ERROR_PREFIX.length() - 1)
          + " instead of a value: correct it in Excel");
    } else if (!value.isEmpty()) {
      unprintable = UnprintableCharacters.checkCell(formattedValue,
          at(cell.getRow() + 1, cell.getCol()), "xlsx", "sheet", unprintable, diagnostics);
      current.put((int) cell.getCol(), value);
    }
  }

  @Override
  public void endRow(int rowNum) {
    int line = rowNum + 1;
    notStored.forEach(column -> reportNotStored(line, column));
    if (current.isEmpty()) {
      return;
    }
    if (header == null) {
      readHeader(line);
      return;
    }
    if (reportOutsideHeader(line) && current.headMap(headerEnd, true).isEmpty()) {
      return; // a note beside the table (a total) is no row with every column missing
    }
    Map<String, Row.Cell> cells = new HashMap<>();
    header.forEach((name, column) ->
        cells.put(name, new Row.Cell(current.getOrDefault(column, ""), at(line, column))));
    rows.add(new Row(at(line, 0), cells));
  }

  /**
   * A value right of the header's last name belongs to no column and would be lost without a
   * word, where a CSV field past the header is an error (a ragged row): the same here, once a row,
   * at its first such cell. Whether there was one.
   */
  private boolean reportOutsideHeader(int line) {
    Map<Integer, String> outside = current.tailMap(headerEnd, false);
    if (outside.isEmpty()) {
      return false;
    }
    int column = outside.keySet().iterator().next();
    String value = outside.get(column);
    String shown = value.codePointCount(0, value.length()) <= 40 ? value
        : value.substring(0, value.offsetByCodePoints(0, 40)) + "…";
    int more = outside.size() - 1;
    String others = more == 0 ? " is" : " and " + more + (more == 1 ? " cell" : " cells")
        + " right of it are";
    diagnostics.error(at(line, column), "xlsx.outside-header", "cell " + columnLetter(column) + line
        + " (\"" + shown + "\")" + others + " under no column name (the header in row " + headerLine
        + " ends at column " + columnLetter(headerEnd) + "), so the value would be lost: name the"
        + " column in row " + headerLine + " or clear the cell");
    return true;
  }

  /**
   * Excel stores each formula's last value with it; a script (openpyxl, for one) writes the formula
   * alone. Its cell reads as empty: an error in a header or a required column, else a warning.
   */
  private void reportNotStored(int line, int column) {
    String name = header == null ? null : columnName(column);
    if (header != null && (name == null || !table.knows(name))) {
      return; // an ignored column
    }
    String what = name == null ? "the header cell" : name;
    report(name == null || isRequired(column), at(line, column), "xlsx.formula-not-stored", what
        + " is a formula whose value the workbook does not store (it was saved by a program that"
        + " does not calculate, such as a script), so it reads as empty: open the workbook in"
        + " Excel or LibreOffice and save it");
  }

  private boolean isRequired(int column) {
    String name = columnName(column);
    return name != null && table.requiredColumns().contains(name);
  }

  private String columnName(int column) {
    if (header != null) {
      for (Map.Entry<String, Integer> entry : header.entrySet()) {
        if (entry.getValue() == column) {
          return entry.getKey();
        }
      }
    }
    return null;
  }

  private void report(boolean error, Location at, String code, String message) {
    if (error) {
      diagnostics.error(at, code, message);
    } else {
      diagnostics.warning(at, code, message);
    }
  }

  private void readHeader(int line) {
    headerLine = line;
    int last = current.lastKey();
    headerEnd = last;
    List<TableHeader.Name> names = new ArrayList<>();
    for (int column = 0; column <= last; column++) {
      names.add(new TableHeader.Name(current.getOrDefault(column, ""), at(line, column)));
    }
    header = TableHeader.check(names, at(line, 0), table, "xlsx", diagnostics);
  }

  private Location at(int line, int column) {
    return new Location(sheetFile, line, column + 1, columnLetter(column));
  }
}

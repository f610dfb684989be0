package org.policybrief.data.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.policybrief.data.DatasetColumns;
import org.policybrief.diag.Diagnostic;
import org.policybrief.diag.DiagnosticException;
import org.policybrief.model.Dataset;

/**
 * Writes a dataset as a workbook that {@link XlsxDatasetReader} reads back to the same dataset:
 * one sheet per table, the CSV columns, dates as Excel date cells shown as YYYY-MM-DD. Staff
 * start their own workbook from it. Rows are streamed, so memory stays flat for large datasets;
 * POI keeps them in temporary files in a folder of the process's own ({@link PoiTempFolder}).
 */
public final class XlsxDatasetWriter {

  /** The most characters (UTF-16 code units, as Excel counts them) a cell holds: 32,767. */
  public static final int MAX_CELL_LENGTH = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

  private XlsxDatasetWriter() {}

  public static byte[] write(Dataset dataset) throws IOException {
    return write(dataset, null);
  }

  /**
   * With a {@code created} date (null: now) in the workbook's properties, the same dataset and
   * date give the same bytes, as an archival briefing that carries the workbook needs. Throws a
   * {@link DiagnosticException} with an error ({@code xlsx.cell-too-long}) at every text longer
   * than a workbook cell holds, where it was read.
   */
  public static byte[] write(Dataset dataset, LocalDate created) throws IOException {
    List<DatasetColumns.Table> tables = DatasetColumns.of(dataset);
    List<Diagnostic> tooLong = cellsTooLong(tables);
    if (!tooLong.isEmpty()) {
      throw new DiagnosticException(tooLong);
    }
    PoiTempFolder.install();
    try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
      try {
        if (created != null) {
          book.getXSSFWorkbook().getProperties().getCoreProperties()
              .setCreated(Optional.of(Date.from(created.atStartOfDay(ZoneOffset.UTC).toInstant())));
        }
        Styles styles = new Styles(book);
        tables.forEach(table -> sheet(book, styles, table));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        book.write(out);
        return out.toByteArray();
      } finally {
        book.dispose(); // the sheets' temporary files, now rather than at exit
      }
    }
  }

  /**
   * An error ({@code xlsx.cell-too-long}) for every text longer than a workbook cell holds, at
   * the field it was read from; empty when the dataset can be written as a workbook.
   */
  private static List<Diagnostic> cellsTooLong(List<DatasetColumns.Table> tables) {
    List<Diagnostic> tooLong = new ArrayList<>();
    for (DatasetColumns.Table table : tables) {
      for (List<DatasetColumns.Cell> row : table.rows()) {
        for (int c = 0; c < row.size(); c++) {
          DatasetColumns.Cell cell = row.get(c);
          int length = cell.text().length();
          if (length > MAX_CELL_LENGTH) {
            tooLong.add(Diagnostic.error(cell.at(), "xlsx.cell-too-long", String.format(Locale.ROOT,
                "%s is %,d characters long, more than the %,d an Excel cell holds",
                table.columns().get(c), length, MAX_CELL_LENGTH)));
          }
        }
      }
    }
    return tooLong;
  }

  private static void sheet(SXSSFWorkbook book, Styles styles, DatasetColumns.Table table) {
    Sheet sheet = book.createSheet(table.table().tableName());
    sheet.createFreezePane(0, 1);
    var header = sheet.createRow(0);
    List<String> columns = table.columns();
    for (int c = 0; c < columns.size(); c++) {
      var cell = header.createCell(c);
      cell.setCellValue(columns.get(c));
      cell.setCellStyle(styles.header);
      sheet.setColumnWidth(c, columns.get(c).startsWith("summary") ? 60 * 256 : 20 * 256);
    }
    for (int r = 0; r < table.rows().size(); r++) {
      var row = sheet.createRow(r + 1);
      List<DatasetColumns.Cell> cells = table.rows().get(r);
      for (int c = 0; c < cells.size(); c++) {
        Object value = cells.get(c).value();
        if (value instanceof LocalDate date) {
          var cell = row.createCell(c);
          cell.setCellValue(date);
          cell.setCellStyle(styles.date);
        } else if (!value.toString().isEmpty()) {
          row.createCell(c).setCellValue(escaped(value.toString()));
        }
      }
    }
  }

  /**
   * The text as Excel stores it: a workbook reads {@code _xHHHH_} as the character HHHH (that is
   * how it holds control characters), so Excel writes the underscore that starts such a run as
   * {@code _x005F_}. POI does not, and a text such as {@code a_x0041_b} read back as {@code aAb}.
   */
  static String escaped(String text) {
    return EXCEL_ESCAPE.matcher(text).replaceAll("_x005F_");
  }

  /** An underscore that starts {@code _xHHHH_}, also the last one of such a run before it. */
  private static final Pattern EXCEL_ESCAPE = Pattern.compile("_(?=x[0-9A-Fa-f]{4}_)");

  private static final class Styles {
    final CellStyle header;
    final CellStyle date;

    Styles(SXSSFWorkbook book) {
      Font bold = book.createFont();
      bold.setBold(true);
      header = book.createCellStyle();
      header.setFont(bold);
      date = book.createCellStyle();
      date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
    }
  }
}

package org.policybrief.data.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.policybrief.data.DatasetTable;
import org.policybrief.model.Category;
import org.policybrief.model.Country;
import org.policybrief.model.Dataset;
import org.policybrief.model.Document;
import org.policybrief.model.Measure;

/**
 * Writes a dataset as a workbook that {@link XlsxDatasetReader} reads back to the same dataset:
 * one sheet per table, the CSV columns, dates as Excel date cells shown as YYYY-MM-DD. Staff
 * start their own workbook from it. Rows are streamed, so memory stays flat for large datasets.
 */
public final class XlsxDatasetWriter {

  private record Column<T>(String name, Function<T, Object> value) {}

  private XlsxDatasetWriter() {}

  public static byte[] write(Dataset dataset) throws IOException {
    return write(dataset, null);
  }

  /**
   * With a {@code created} date (null: now) in the workbook's properties, the same dataset and
   * date give the same bytes, as an archival briefing that carries the workbook needs.
   */
  public static byte[] write(Dataset dataset, LocalDate created) throws IOException {
    try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
      if (created != null) {
        book.getXSSFWorkbook().getProperties().getCoreProperties()
            .setCreated(Optional.of(Date.from(created.atStartOfDay(ZoneOffset.UTC).toInstant())));
      }
      Styles styles = new Styles(book);
      sheet(book, styles, DatasetTable.DOCUMENTS, dataset.documents(), List.of(
          new Column<Document>("id", Document::id),
          new Column<Document>("country", Document::country),
          new Column<Document>("title_zh", d -> d.title().zh()),
          new Column<Document>("title_en", d -> d.title().en()),
          new Column<Document>("issuer", Document::issuer),
          new Column<Document>("date", Document::date),
          new Column<Document>("type", Document::type),
          new Column<Document>("url", Document::url)));
      var documents = dataset.documentsById();
      sheet(book, styles, DatasetTable.MEASURES, dataset.measures(), List.of(
          new Column<Measure>("id", Measure::id),
          new Column<Measure>("document", Measure::documentId),
          new Column<Measure>("category", Measure::categoryId),
          new Column<Measure>("title_zh", m -> m.title().zh()),
          new Column<Measure>("title_en", m -> m.title().en()),
          new Column<Measure>("summary_zh", m -> m.summary().zh()),
          new Column<Measure>("summary_en", m -> m.summary().en()),
          new Column<Measure>("tags", m -> String.join(";", m.tags())),
          // left empty when it is the document's date, as the format allows
          new Column<Measure>("date", m ->
              m.date().equals(documents.get(m.documentId()).date()) ? "" : m.date())));
      sheet(book, styles, DatasetTable.CATEGORIES, dataset.categories(), List.of(
          new Column<Category>("id", c -> c.id()),
          new Column<Category>("name_zh", c -> c.name().zh()),
          new Column<Category>("name_en", c -> c.name().en()),
          new Column<Category>("color", c -> c.color())));
      List<Country> countries = new ArrayList<>(dataset.countryNames().values());
      countries.sort(Comparator.comparing(Country::code));
      sheet(book, styles, DatasetTable.COUNTRIES, countries, List.of(
          new Column<Country>("code", Country::code),
          new Column<Country>("name_zh", c -> c.name().zh()),
          new Column<Country>("name_en", c -> c.name().en())));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      return out.toByteArray();
    }
  }

  private static <T> void sheet(SXSSFWorkbook book, Styles styles, DatasetTable table,
      List<T> rows, List<Column<T>> columns) {
    Sheet sheet = book.createSheet(table.tableName());
    sheet.createFreezePane(0, 1);
    var header = sheet.createRow(0);
    for (int c = 0; c < columns.size(); c++) {
      var cell = header.createCell(c);
      cell.setCellValue(columns.get(c).name());
      cell.setCellStyle(styles.header);
      sheet.setColumnWidth(c, columns.get(c).name().startsWith("summary") ? 60 * 256 : 20 * 256);
    }
    for (int r = 0; r < rows.size(); r++) {
      var row = sheet.createRow(r + 1);
      for (int c = 0; c < columns.size(); c++) {
        Object value = columns.get(c).value().apply(rows.get(r));
        if (value instanceof LocalDate date) {
          var cell = row.createCell(c);
          cell.setCellValue(date);
          cell.setCellStyle(styles.date);
        } else if (value != null && !value.toString().isEmpty()) {
          row.createCell(c).setCellValue(value.toString());
        }
      }
    }
  }

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

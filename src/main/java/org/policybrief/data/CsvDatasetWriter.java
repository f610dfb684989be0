package org.policybrief.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.policybrief.model.Dataset;

/**
 * Writes a dataset as the CSV files of the data format, which {@link CsvDatasetReader} reads back
 * to the same dataset: RFC 4180 (CRLF, fields quoted where needed), UTF-8 without a byte order
 * mark, the columns of {@link DatasetColumns}. Texts are written whole, however long. The same
 * dataset always gives the same bytes.
 */
public final class CsvDatasetWriter {

  private static final CSVFormat FORMAT = CSVFormat.RFC4180;

  private CsvDatasetWriter() {}

  /** {@code documents.csv}, {@code measures.csv}, {@code categories.csv}, {@code countries.csv}. */
  public static Map<String, byte[]> write(Dataset dataset) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (DatasetColumns.Table table : DatasetColumns.of(dataset)) {
      files.put(CsvDatasetReader.fileName(table.table()), write(table));
    }
    return files;
  }

  private static byte[] write(DatasetColumns.Table table) {
    StringBuilder text = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(text, FORMAT)) {
      printer.printRecord(table.columns());
      for (List<DatasetColumns.Cell> row : table.rows()) {
        printer.printRecord(row.stream().map(DatasetColumns.Cell::text).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not fail
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }
}

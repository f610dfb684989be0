package org.policybrief.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.policybrief.diag.Diagnostics;
import org.policybrief.diag.Location;

/**
 * Reads one CSV file (RFC 4180, header first) into rows whose cells know their line and column.
 * Commons CSV splits the records ({@link CsvRecordReader}); this class adds the header checks of
 * the format. A record with a syntax error is reported and left out, and the rest of the file is
 * still read.
 */
final class CsvTableReader {

  private CsvTableReader() {}

  static Optional<List<Row>> read(
      String file, byte[] bytes, DatasetTable table, Diagnostics diagnostics) {
    Optional<String> decoded = Utf8Text.decode(file, bytes, "csv", diagnostics);
    if (decoded.isEmpty()) {
      return Optional.empty();
    }
    String text = decoded.get();
    if (text.isBlank()) {
      diagnostics.error(new Location(file, 1, 1), "csv.empty",
          "the file is empty: expected a header row");
      return Optional.empty();
    }
    TextPositions positions = new TextPositions(file, text);
    UnprintableCharacters.check(text, positions, diagnostics);
    CsvRecordReader records = new CsvRecordReader(text, positions, diagnostics);
    Optional<CsvRecordReader.Record> header = records.next();
    if (header.isEmpty() || records.brokenRecords() > 0) {
      // Without its header no row of the file can be read: the columns are unknown.
      return Optional.empty();
    }
    Map<String, Integer> index = readHeader(header.get(), positions, table, diagnostics);
    List<Row> rows = new ArrayList<>();
    for (Optional<CsvRecordReader.Record> record = records.next(); record.isPresent();
        record = records.next()) {
      if (record.get().size() == 1 && record.get().get(0).isBlank()) {
        continue; // a line of spaces or tabs is a blank line too, not a ragged row
      }
      readRow(record.get(), header.get().size(), index, positions, diagnostics)
          .ifPresent(rows::add);
      warnOfBareQuotes(record.get(), text, positions, diagnostics);
    }
    return Optional.of(rows);
  }

  private static Map<String, Integer> readHeader(CsvRecordReader.Record header,
      TextPositions positions, DatasetTable table, Diagnostics diagnostics) {
    List<TableHeader.Name> names = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      names.add(new TableHeader.Name(header.get(i),
          positions.at(header.fieldStarts()[i])));
    }
    return TableHeader.check(names, positions.at(header.start()), table, "csv", diagnostics);
  }

  /**
   * A quote inside a field that does not begin with one is kept as a character, as Commons CSV
   * reads it, but RFC 4180 wants such a field quoted: often a sign of a quote the author meant
   * to close a quoted field with, so it is said once per field.
   */
  private static void warnOfBareQuotes(CsvRecordReader.Record record, String text,
      TextPositions positions, Diagnostics diagnostics) {
    int[] starts = record.fieldStarts();
    for (int i = 0; i < record.size(); i++) {
      String value = record.get(i);
      int quote = value.indexOf('"');
      if (quote >= 0 && text.charAt(starts[i]) != '"') {
        diagnostics.warning(positions.at(starts[i] + quote), "csv.bare-quote",
            "a quote inside a field that does not begin with one is kept as a character;"
                + " to quote the field, enclose all of it in quotes and double the quotes inside");
      }
    }
  }

  private static Optional<Row> readRow(CsvRecordReader.Record record, int headerSize,
      Map<String, Integer> index, TextPositions positions, Diagnostics diagnostics) {
    int[] starts = record.fieldStarts();
    if (record.size() != headerSize) {
      Location at = record.size() > headerSize
          ? positions.at(starts[headerSize])
          : positions.at(record.start());
      // "row has 1 fields" when a line held no comma at all
      diagnostics.error(at, "csv.field-count", "row has " + record.size()
          + (record.size() == 1 ? " field" : " fields") + " but the header has " + headerSize
          + " (ragged row; is a comma unquoted?)");
      return Optional.empty();
    }
    Map<String, Row.Cell> cells = new HashMap<>();
    index.forEach((name, i) -> cells.put(name,
        new Row.Cell(record.get(i).strip(), positions.at(starts[i]))));
    return Optional.of(new Row(positions.at(record.start()), cells));
  }
}

package org.policybrief.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.policybrief.diag.Diagnostics;
import org.policybrief.diag.Location;

/**
 * Reads one CSV file (RFC 4180, header first) into rows whose cells know their line and column.
 * Commons CSV does the parsing; this class adds positions and the header checks of the format.
 */
final class CsvTableReader {

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
  private static final Pattern START_LINE = Pattern.compile("startline (\\d+)|line: (\\d+)");

  private CsvTableReader() {}

  static Optional<List<Row>> read(
      String file, byte[] bytes, DatasetTable table, Diagnostics diagnostics) {
    Optional<String> decoded = Utf8Text.decode(file, bytes, diagnostics);
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
    List<Row> rows = new ArrayList<>();
    long lastRecordStart = 0;
    try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
      Iterator<CSVRecord> records = parser.iterator();
      CSVRecord header = records.next();
      Map<String, Integer> index = readHeader(header, text, positions, table, diagnostics);
      while (records.hasNext()) {
        CSVRecord record = records.next();
        lastRecordStart = record.getCharacterPosition();
        readRow(record, header.size(), index, text, positions, diagnostics).ifPresent(rows::add);
      }
    } catch (UncheckedIOException | IllegalStateException | IOException e) {
      diagnostics.error(brokenRecordAt(e, text, positions, lastRecordStart), "csv.syntax",
          describeSyntaxError(e));
      return Optional.empty();
    }
    return Optional.of(rows);
  }

  private static Map<String, Integer> readHeader(CSVRecord header, String text,
      TextPositions positions, DatasetTable table, Diagnostics diagnostics) {
    int start = recordStart(text, header);
    int[] starts = fieldStarts(text, start, header.size());
    List<TableHeader.Name> names = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      names.add(new TableHeader.Name(header.get(i), positions.at(starts[i])));
    }
    return TableHeader.check(names, positions.at(start), table, "csv", diagnostics);
  }

  private static Optional<Row> readRow(CSVRecord record, int headerSize,
      Map<String, Integer> index, String text, TextPositions positions, Diagnostics diagnostics) {
    int start = recordStart(text, record);
    int[] starts = fieldStarts(text, start, record.size());
    if (record.size() != headerSize) {
      Location at = record.size() > headerSize
          ? positions.at(starts[headerSize])
          : positions.at(start);
      diagnostics.error(at, "csv.field-count", "row has " + record.size()
          + " fields but the header has " + headerSize + " (ragged row; is a comma unquoted?)");
      return Optional.empty();
    }
    Map<String, Row.Cell> cells = new HashMap<>();
    index.forEach((name, i) ->
        cells.put(name, new Row.Cell(record.get(i).strip(), positions.at(starts[i]))));
    return Optional.of(new Row(positions.at(start), cells));
  }

  /**
   * Offset of the record's first character. Commons CSV gives the offset where it began reading
   * the record, before it skipped the empty lines in front of it: that offset is on the first
   * empty line, so the line breaks there are skipped (a record never starts with one).
   */
  private static int recordStart(String text, CSVRecord record) {
    int start = (int) record.getCharacterPosition();
    while (start < text.length() && (text.charAt(start) == '\n' || text.charAt(start) == '\r')) {
      start++;
    }
    return start;
  }

  /**
   * Offsets where each field of the record starting at {@code start} begins (at its opening quote
   * for a quoted field). The record is already known to be well formed.
   */
  private static int[] fieldStarts(String text, int start, int count) {
    int[] starts = new int[Math.max(count, 1)];
    int found = 1;
    starts[0] = start;
    boolean quoted = false;
    boolean atFieldStart = true;
    for (int i = start; i < text.length() && found < count; i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            i++;
          } else {
            quoted = false;
          }
        }
      } else if (c == '"' && atFieldStart) {
        quoted = true;
      } else if (c == ',') {
        starts[found++] = i + 1;
        atFieldStart = true;
        continue;
      } else if (c == '\n' || c == '\r') {
        break;
      }
      atFieldStart = false;
    }
    return starts;
  }

  private static Location brokenRecordAt(
      Exception e, String text, TextPositions positions, long lastRecordStart) {
    Matcher m = START_LINE.matcher(String.valueOf(e.getMessage()));
    if (m.find()) {
      int line = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
      int offset = positions.offsetOfLine(line);
      int quote = text.indexOf('"', offset);
      int lineEnd = text.indexOf('\n', offset);
      boolean quoteOnLine = quote >= 0 && (lineEnd < 0 || quote < lineEnd);
      return quoteOnLine ? positions.at(quote) : positions.lineStart(line);
    }
    return positions.at((int) lastRecordStart);
  }

  private static String describeSyntaxError(Exception e) {
    String detail = String.valueOf(e.getMessage());
    if (detail.contains("EOF reached before encapsulated token finished")) {
      return "unterminated quoted field: the quote opened here is never closed";
    }
    if (detail.contains("between encapsulated token and delimiter")) {
      return "text after the closing quote of a field"
          + " (a quote inside a quoted field is written as two quotes \"\")";
    }
    return "malformed CSV: " + detail.replaceFirst("^[\\w.]+Exception: ", "");
  }
}

package org.policybrief.data;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.policybrief.diag.Diagnostics;
import org.policybrief.diag.Location;

/**
 * Reads the records of decoded CSV text with Commons CSV (RFC 4180, empty lines skipped) and gives
 * each the offsets where it and its fields start. Commons CSV stops at a syntax error (a quote
 * never closed, text after a closing quote); then the error is reported at the field's opening
 * quote, the record is dropped and a new parser reads on from the start of the next physical line
 * after the offending text (after the opening quote's line for a quote never closed), so that one
 * run also reports the problems of the rest of the file.
 */
final class CsvRecordReader {

  /** A well-formed record: its values and the offsets where it and its fields start. */
  record Record(CSVRecord values, int start, int[] fieldStarts) {

    int size() {
      return values.size();
    }

    String get(int i) {
      return values.get(i);
    }
  }

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
  private static final String DOUBLED_QUOTE_HINT =
      " (a quote inside a quoted field is written as two quotes \"\")";

  private final String text;
  private final TextPositions positions;
  private final Diagnostics diagnostics;
  private final CsvFieldScan scan;
  private Iterator<CSVRecord> records;
  /** Where the current parser began, and where the last record it gave starts (-1: none yet). */
  private int parserStart;
  private int lastStart = -1;
  private long recordCount;
  private int broken;

  CsvRecordReader(String text, TextPositions positions, Diagnostics diagnostics) {
    this.text = text;
    this.positions = positions;
    this.diagnostics = diagnostics;
    this.scan = new CsvFieldScan(text, positions);
    startParserAt(0);
  }

  /** The next well-formed record, or empty at the end of the text. */
  Optional<Record> next() {
    while (records != null) {
      try {
        if (!records.hasNext()) {
          records = null;
          break;
        }
        CSVRecord values = records.next();
        recordCount++;
        // The position is where the parser began reading, before the empty lines it skipped.
        int start = scan.skipLineBreaks((int) values.getCharacterPosition());
        lastStart = start;
        return Optional.of(new Record(values, start, scan.fieldStarts(start, values.size())));
      } catch (UncheckedIOException e) {
        if (!(e.getCause() instanceof CSVException)) {
          throw e;
        }
        broken++;
        recover(e.getCause().getMessage());
      }
    }
    return Optional.empty();
  }

  /** How many records were dropped for a syntax error so far. */
  int brokenRecords() {
    return broken;
  }

  /** Reports the error of the record the parser rejected and starts a parser after it. */
  private void recover(String detail) {
    int brokenStart = scan.skipLineBreaks(lastStart < 0 ? parserStart : scan.recordEnd(lastStart));
    CsvFieldScan.SyntaxError error = scan.syntaxError(brokenStart);
    if (error == null) {
      // Not an error this scan knows of: report it at the record, and go on at the next line.
      diagnostics.error(positions.at(brokenStart), "csv.syntax", "malformed CSV: " + detail);
      startParserAt(positions.nextLineStart(brokenStart));
      return;
    }
    diagnostics.error(positions.at(error.opening()), "csv.syntax", describe(error));
    startParserAt(error.resume());
  }

  private void startParserAt(int offset) {
    parserStart = offset;
    lastStart = -1;
    if (offset >= text.length()) {
      records = null;
      return;
    }
    try {
      // A parser over a StringReader holds nothing that needs closing.
      StringReader reader = new StringReader(text);
      reader.skip(offset);
      records = CSVParser.builder().setReader(reader).setFormat(FORMAT)
          .setCharacterOffset(offset).setRecordNumber(recordCount).get().iterator();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
  }

  private String describe(CsvFieldScan.SyntaxError error) {
    if (error.unterminated()) {
      return "unterminated quoted field: the quote opened here is never closed";
    }
    Location open = positions.at(error.opening());
    Location close = positions.at(error.closing());
    if (open.line() == close.line()) {
      return "text after the closing quote of a field" + DOUBLED_QUOTE_HINT;
    }
    return "text after the closing quote of a field: the quote opened here closes at line "
        + close.line() + ", column " + close.column() + DOUBLED_QUOTE_HINT;
  }
}

package org.policybrief.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.policybrief.diag.Diagnostics;
import org.policybrief.diag.Location;

/**
 * Splits decoded CSV text (RFC 4180: comma, double quote, LF, CRLF or CR line ends) into records
 * whose fields know the offset where they start; empty lines are skipped. A syntax error (a quote
 * never closed, text after a closing quote) is reported, its record is dropped and reading goes on
 * at the next physical line, so that one run also reports the problems of the rest of the file.
 */
final class CsvRecords {

  /** A well-formed record: its fields and the offsets where they start (a quoted one at its quote). */
  record Record(int start, List<String> values, int[] fieldStarts) {

    int size() {
      return values.size();
    }
  }

  private static final String DOUBLED_QUOTE_HINT =
      " (a quote inside a quoted field is written as two quotes \"\")";

  private final String text;
  private final TextPositions positions;
  private final Diagnostics diagnostics;
  private int pos;
  private int broken;

  CsvRecords(String text, TextPositions positions, Diagnostics diagnostics) {
    this.text = text;
    this.positions = positions;
    this.diagnostics = diagnostics;
  }

  /** The next well-formed record, or empty at the end of the text. */
  Optional<Record> next() {
    while (true) {
      while (pos < text.length() && isLineBreak(text.charAt(pos))) {
        pos++;
      }
      if (pos >= text.length()) {
        return Optional.empty();
      }
      Record record = readRecord();
      if (record != null) {
        return Optional.of(record);
      }
    }
  }

  /** How many records were dropped for a syntax error so far. */
  int brokenRecords() {
    return broken;
  }

  /** The record at {@code pos}, or null when it is broken (then reported, and skipped). */
  private Record readRecord() {
    int start = pos;
    List<String> values = new ArrayList<>();
    int[] starts = new int[8];
    while (true) {
      if (values.size() == starts.length) {
        starts = Arrays.copyOf(starts, starts.length * 2);
      }
      starts[values.size()] = pos;
      String value = pos < text.length() && text.charAt(pos) == '"' ? quotedField() : plainField();
      if (value == null) {
        broken++;
        return null;
      }
      values.add(value);
      if (pos < text.length() && text.charAt(pos) == ',') {
        pos++;
        continue;
      }
      if (pos < text.length() && text.charAt(pos) == '\r') {
        pos++;
      }
      if (pos < text.length() && text.charAt(pos) == '\n') {
        pos++;
      }
      return new Record(start, values, Arrays.copyOf(starts, values.size()));
    }
  }

  private String plainField() {
    int end = pos;
    while (end < text.length() && text.charAt(end) != ',' && !isLineBreak(text.charAt(end))) {
      end++;
    }
    String value = text.substring(pos, end);
    pos = end;
    return value;
  }

  /** The field whose opening quote is at {@code pos}; null when it is broken. */
  private String quotedField() {
    int opening = pos;
    StringBuilder value = new StringBuilder();
    int i = opening + 1;
    while (true) {
      if (i >= text.length()) {
        diagnostics.error(positions.at(opening), "csv.syntax",
            "unterminated quoted field: the quote opened here is never closed");
        pos = positions.nextLineStart(opening);
        return null;
      }
      char c = text.charAt(i++);
      if (c == '"') {
        if (i < text.length() && text.charAt(i) == '"') {
          i++;
        } else {
          break;
        }
      }
      value.append(c);
    }
    int closing = i - 1;
    // Blanks between the closing quote and the comma are dropped, as Commons CSV did.
    while (i < text.length() && !isLineBreak(text.charAt(i)) && text.charAt(i) != ','
        && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    if (i < text.length() && text.charAt(i) != ',' && !isLineBreak(text.charAt(i))) {
      diagnostics.error(positions.at(opening), "csv.syntax", textAfterQuote(opening, closing));
      pos = positions.nextLineStart(i);
      return null;
    }
    pos = i;
    return value.toString();
  }

  private String textAfterQuote(int opening, int closing) {
    Location open = positions.at(opening);
    Location close = positions.at(closing);
    if (open.line() == close.line()) {
      return "text after the closing quote of a field" + DOUBLED_QUOTE_HINT;
    }
    return "text after the closing quote of a field: the quote opened here closes at line "
        + close.line() + ", column " + close.column() + DOUBLED_QUOTE_HINT;
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r';
  }
}

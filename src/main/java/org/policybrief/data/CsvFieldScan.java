package org.policybrief.data;

/**
 * Finds in decoded CSV text the offsets that Commons CSV does not give: where each field of a
 * record starts, where a record ends, and where a record that Commons CSV rejected went wrong. It
 * reads no values; it walks the text as RFC 4180 (and Commons CSV's RFC 4180 format) does: a field
 * starting with a quote runs to the quote that closes it ({@code ""} inside stands for one quote),
 * blanks after the closing quote are dropped, any other field runs to the next comma or line end.
 */
final class CsvFieldScan {

  /**
   * A syntax error in a record: the field's opening quote, its closing quote (-1 when the quote is
   * never closed) and the offset where reading goes on, the start of the next physical line after
   * the offending text (after the opening quote's line when the quote is never closed).
   */
  record SyntaxError(int opening, int closing, int resume) {

    boolean unterminated() {
      return closing < 0;
    }
  }

  private final String text;
  private final TextPositions positions;

  CsvFieldScan(String text, TextPositions positions) {
    this.text = text;
    this.positions = positions;
  }

  /** The first offset at or after {@code offset} that is not a line break (empty lines skipped). */
  int skipLineBreaks(int offset) {
    int i = offset;
    while (i < text.length() && isLineBreak(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Where each of the {@code count} fields of the well-formed record at {@code start} starts. */
  int[] fieldStarts(int start, int count) {
    int[] starts = new int[Math.max(count, 1)];
    starts[0] = start;
    for (int k = 1; k < count; k++) {
      starts[k] = fieldEnd(starts[k - 1]) + 1;
    }
    return starts;
  }

  /** Offset just after the well-formed record at {@code start} and its line break. */
  int recordEnd(int start) {
    int i = fieldEnd(start);
    while (i < text.length() && text.charAt(i) == ',') {
      i = fieldEnd(i + 1);
    }
    if (i < text.length() && text.charAt(i) == '\r') {
      i++;
    }
    if (i < text.length() && text.charAt(i) == '\n') {
      i++;
    }
    return i;
  }

  /** The first syntax error of the record at {@code start}, or null when there is none. */
  SyntaxError syntaxError(int start) {
    int i = start;
    while (true) {
      if (i < text.length() && text.charAt(i) == '"') {
        int closing = closingQuote(i);
        if (closing < 0) {
          return new SyntaxError(i, -1, positions.nextLineStart(i));
        }
        int after = afterBlanks(closing + 1);
        if (after < text.length() && !endsField(text.charAt(after))) {
          return new SyntaxError(i, closing, positions.nextLineStart(after));
        }
      }
      i = fieldEnd(i);
      if (i >= text.length() || text.charAt(i) != ',') {
        return null;
      }
      i++;
    }
  }

  /** Offset of the comma, line break or text end after the field starting at {@code start}. */
  private int fieldEnd(int start) {
    int i = start;
    if (i < text.length() && text.charAt(i) == '"') {
      int closing = closingQuote(i);
      i = closing < 0 ? text.length() : afterBlanks(closing + 1);
    }
    while (i < text.length() && !endsField(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Offset of the quote that closes the one at {@code opening}, or -1 when none does. */
  private int closingQuote(int opening) {
    int i = text.indexOf('"', opening + 1);
    while (i >= 0 && i + 1 < text.length() && text.charAt(i + 1) == '"') {
      i = text.indexOf('"', i + 2);
    }
    return i;
  }

  /** The first offset at or after {@code offset} that is not a blank on the same line. */
  private int afterBlanks(int offset) {
    int i = offset;
    while (i < text.length() && !endsField(text.charAt(i))
        && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean endsField(char c) {
    return c == ',' || isLineBreak(c);
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r';
  }
}

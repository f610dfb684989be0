package org.policybrief.serve;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One byte range of a file ({@code first} to {@code last}, inclusive), from a {@code Range}
 * header. Only a single range is honoured: for several ranges the whole file is sent, which
 * RFC 9110 allows.
 */
record ByteRange(long first, long last) {

  private static final Pattern SINGLE = Pattern.compile("bytes=(\\d{0,18})-(\\d{0,18})");

  /** What a {@code Range} header asks of a file of {@code size} bytes. */
  sealed interface Request permits Whole, Part, Unsatisfiable {}

  record Whole() implements Request {}

  record Part(ByteRange range) implements Request {}

  record Unsatisfiable() implements Request {}

  long length() {
    return last - first + 1;
  }

  static Request parse(Optional<String> header, long size) {
    if (header.isEmpty()) {
      return new Whole();
    }
    Matcher m = SINGLE.matcher(header.get().strip());
    if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
      return new Whole(); // several ranges or another unit: ignored
    }
    if (m.group(1).isEmpty()) { // the last N bytes
      long n = Long.parseLong(m.group(2));
      if (n == 0 || size == 0) {
        return new Unsatisfiable();
      }
      return new Part(new ByteRange(Math.max(0, size - n), size - 1));
    }
    long first = Long.parseLong(m.group(1));
    if (first >= size) {
      return new Unsatisfiable();
    }
    long last = m.group(2).isEmpty() ? size - 1 : Math.min(Long.parseLong(m.group(2)), size - 1);
    if (last < first) {
      return new Whole(); // syntactically invalid: ignored
    }
    return new Part(new ByteRange(first, last));
  }
}

package org.policybrief.data;

import java.util.Arrays;
import org.policybrief.diag.Location;

/** Turns character offsets of a decoded file into 1-based physical line and column numbers. */
public final class TextPositions {

  private final String file;
  private final String text;
  private final int[] lineStarts;

  public TextPositions(String file, String text) {
    this.file = file;
    this.text = text;
    int[] starts = new int[16];
    int count = 0;
    starts[count++] = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean lineEnd = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
      if (lineEnd) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, count);
  }

  public Location at(int offset) {
    int index = Arrays.binarySearch(lineStarts, offset);
    int line = index >= 0 ? index : -index - 2;
    int column = text.codePointCount(lineStarts[line], Math.min(offset, text.length())) + 1;
    return new Location(file, line + 1, column);
  }

  /** Offset where the physical line after the one holding {@code offset} starts, or the text's end. */
  int nextLineStart(int offset) {
    int index = Arrays.binarySearch(lineStarts, offset);
    int next = (index >= 0 ? index : -index - 2) + 1;
    return next < lineStarts.length ? lineStarts[next] : text.length();
  }
}

package org.policybrief.data;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
import org.policybrief.diag.Diagnostics;
import org.policybrief.diag.Location;

/**
 * Decodes a CSV, config or plan file as strict UTF-8 (an optional BOM is dropped). Anything else — UTF-16, GBK,
 * Big5, Latin-1, binary — is reported with the line and column of every run of bytes that is not
 * UTF-8 (at most {@link #REPORTED} of them, then how many more), instead of being read as garbage.
 * Such a run is read as one U+FFFD, so that the rest of the file is still checked. The codes are
 * under the file's kind: {@code csv.encoding}, {@code plan.nul}, …
 */
public final class Utf8Text {

  /** Runs of bad bytes reported per file; a file in another encoding has one in every line. */
  static final int REPORTED = 20;
  private static final int BYTES_SHOWN = 6;

  /** Bytes {@code [from, to)} that are not UTF-8, read as one U+FFFD at {@code offset}. */
  private record BadBytes(int offset, int from, int to) {}

  private Utf8Text() {}

  /** The text, or empty when it cannot be read at all; bad bytes reported under {@code kind}. */
  public static Optional<String> decode(String file, byte[] bytes, String kind, Diagnostics diagnostics) {
    if (bytes.length >= 2
        && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
            || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
      // FF FE 00 00 starts UTF-32 (little-endian); a UTF-16 file whose first character is NUL
      // is too rare to tell apart
      boolean utf32 =
          bytes.length >= 4 && bytes[0] == (byte) 0xFF && bytes[2] == 0 && bytes[3] == 0;
      diagnostics.error(new Location(file, 1, 1), kind + ".encoding", "not UTF-8: the file starts"
          + " with a " + (utf32 ? "UTF-32" : "UTF-16") + " byte order mark; save it as UTF-8");
      return Optional.empty();
    }
    List<BadBytes> bad = new ArrayList<>();
    String text = decodeReplacing(bytes, bad);
    int bom = text.startsWith("\uFEFF") ? 1 : 0;
    text = text.substring(bom);
    TextPositions positions = new TextPositions(file, text);
    for (int i = 0; i < Math.min(bad.size(), REPORTED); i++) {
      BadBytes run = bad.get(i);
      diagnostics.error(positions.at(run.offset() - bom), kind + ".encoding",
          "not UTF-8: " + describe(bytes, run)
              + " (is the file in GBK, Big5 or Latin-1?); save it as UTF-8");
    }
    if (bad.size() > REPORTED) {
      diagnostics.error(positions.at(bad.get(REPORTED).offset() - bom), kind + ".encoding",
          "and " + (bad.size() - REPORTED) + " more places from here on that are not UTF-8"
              + " (only the first " + REPORTED + " of the file are reported)");
    }
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      diagnostics.error(positions.at(nul), kind + ".nul",
          "NUL character (U+0000) in the file: is it UTF-16 or binary? save it as UTF-8 text");
      return Optional.empty();
    }
    return Optional.of(text);
  }

  /** The text, each run of bytes that is not UTF-8 read as one U+FFFD and added to {@code bad}. */
  private static String decodeReplacing(byte[] bytes, List<BadBytes> bad) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (!result.isError()) {
        break;
      }
      int from = in.position();
      int to = from + result.length();
      BadBytes last = bad.isEmpty() ? null : bad.get(bad.size() - 1);
      if (last != null && last.to() == from && last.offset() + 1 == out.position()) {
        bad.set(bad.size() - 1, new BadBytes(last.offset(), last.from(), to));
      } else {
        bad.add(new BadBytes(out.position(), from, to));
        out.put('\uFFFD');
      }
      in.position(to);
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  private static String describe(byte[] bytes, BadBytes run) {
    int count = run.to() - run.from();
    if (count == 1) {
      return String.format(Locale.ROOT,
          "byte 0x%02X cannot start or continue a UTF-8 character", bytes[run.from()] & 0xFF);
    }
    StringJoiner shown = new StringJoiner(" ");
    for (int i = run.from(); i < Math.min(run.to(), run.from() + BYTES_SHOWN); i++) {
      shown.add(String.format(Locale.ROOT, "0x%02X", bytes[i] & 0xFF));
    }
    return "bytes " + shown + (count > BYTES_SHOWN ? " …" : "") + " (" + count
        + " in a row) cannot be read as UTF-8";
  }
}

package org.policybrief.data;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.policybrief.diag.Diagnostics;
import org.policybrief.diag.Location;

/**
 * Decodes a data file as strict UTF-8 (an optional BOM is dropped). Anything else — UTF-16, GBK,
 * Big5, Latin-1, binary — is reported with the line and column of the first byte that is not
 * UTF-8, instead of being read as garbage.
 */
final class Utf8Text {

  private Utf8Text() {}

  static Optional<String> decode(String file, byte[] bytes, Diagnostics diagnostics) {
    if (bytes.length >= 2
        && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
            || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
      diagnostics.error(new Location(file, 1, 1), "csv.encoding",
          "not UTF-8: the file starts with a UTF-16 byte order mark; save it as UTF-8");
      return Optional.empty();
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      String before = out.flip().toString();
      int bad = in.position();
      diagnostics.error(positionOf(file, before), "csv.encoding", String.format(Locale.ROOT,
          "not UTF-8: byte 0x%02X cannot start or continue a UTF-8 character"
              + " (is the file in GBK, Big5 or Latin-1?); save it as UTF-8",
          bytes[bad] & 0xFF));
      return Optional.empty();
    }
    String text = out.flip().toString();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      diagnostics.error(new TextPositions(file, text).at(nul), "csv.nul",
          "NUL character (U+0000) in the file: is it UTF-16 or binary? save it as UTF-8 text");
      return Optional.empty();
    }
    return Optional.of(text);
  }

  /** The location just after {@code decodedSoFar}. */
  private static Location positionOf(String file, String decodedSoFar) {
    return new TextPositions(file, decodedSoFar).at(decodedSoFar.length());
  }
}

package org.policybrief.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

/**
 * Sends one file for GET or HEAD: validators ({@code ETag}, {@code Last-Modified}) and the 304s
 * they allow, a single byte range (206 or 416), gzip for text when the client accepts it, and
 * {@code Content-Disposition} for downloads. Files are replaced by atomic renames, never
 * rewritten in place, so size and modification time identify the content.
 */
final class FileResponder {

  private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

  private FileResponder() {}

  /** {@code downloadName}: the name a download is saved under, or null to use the file's name. */
  static void send(HttpExchange exchange, Path file, String downloadName) throws IOException {
    // A run renames new files over published ones (latest/, the archive page) at any moment: the
    // headers and the bytes must be of one file, so the bytes come from the file opened here, and
    // its attributes are read around the opening until the path named that file throughout.
    for (int attempt = 1; ; attempt++) {
      BasicFileAttributes before = Files.readAttributes(file, BasicFileAttributes.class);
      try (SeekableByteChannel channel = Files.newByteChannel(file)) {
        BasicFileAttributes after = Files.readAttributes(file, BasicFileAttributes.class);
        if (attempt == 5 || sameFile(before, after) && after.size() == channel.size()) {
          send(exchange, file, downloadName, channel, after);
          return;
        }
      }
    }
  }

  private static boolean sameFile(BasicFileAttributes a, BasicFileAttributes b) {
    return Objects.equals(a.fileKey(), b.fileKey()) && a.size() == b.size()
        && a.lastModifiedTime().equals(b.lastModifiedTime());
  }

  /** Answers with the file open in {@code channel}; its length is the channel's, whatever happened. */
  private static void send(HttpExchange exchange, Path file, String downloadName, SeekableByteChannel channel,
      BasicFileAttributes attributes) throws IOException {
    long size = channel.size();
    Instant modified = attributes.lastModifiedTime().toInstant().truncatedTo(ChronoUnit.SECONDS);
    Headers request = exchange.getRequestHeaders();
    boolean gzip = ContentTypes.compressible(file) && accepts(request.getFirst("Accept-Encoding"), "gzip");
    String etag = "\"" + Long.toHexString(size) + "-" + Long.toHexString(attributes.lastModifiedTime().toMillis())
        + (gzip ? "-gz" : "") + "\"";

    Headers response = exchange.getResponseHeaders();
    response.set("Content-Type", ContentTypes.of(file));
    response.set("ETag", etag);
    response.set("Last-Modified", HTTP_DATE.format(modified.atZone(ZoneOffset.UTC)));
    response.set("Cache-Control", "no-cache");
    response.set("X-Content-Type-Options", "nosniff");
    if (ContentTypes.of(file).startsWith("text/html")) {
      Exchanges.pageHeaders(response); // the archive page
    }
    if (ContentTypes.compressible(file)) {
      response.set("Vary", "Accept-Encoding");
    } else {
      response.set("Accept-Ranges", "bytes");
    }
    if (ContentTypes.isDownload(file)) {
      response.set("Content-Disposition",
          ContentTypes.attachment(downloadName != null ? downloadName : file.getFileName().toString()));
    }
    if (notModified(request, etag, modified)) {
      exchange.sendResponseHeaders(304, -1);
      return;
    }
    boolean head = exchange.getRequestMethod().equals("HEAD");
    if (gzip) {
      response.set("Content-Encoding", "gzip");
      if (head) {
        exchange.sendResponseHeaders(200, -1);
        return;
      }
      exchange.sendResponseHeaders(200, 0); // chunked: the compressed length is known only at the end
      try (OutputStream out = new GZIPOutputStream(exchange.getResponseBody(), 16 * 1024)) {
        Channels.newInputStream(channel).transferTo(out);
      }
      return;
    }

    String ifRange = request.getFirst("If-Range");
    boolean rangeApplies = ifRange == null || ifRange.equals(etag)
        || date(ifRange).map(d -> d.equals(modified)).orElse(false);
    ByteRange.Request wanted = ContentTypes.compressible(file) || !rangeApplies
        ? new ByteRange.Whole() : ByteRange.parse(Optional.ofNullable(request.getFirst("Range")), size);
    if (wanted instanceof ByteRange.Unsatisfiable) {
      response.set("Content-Range", "bytes */" + size);
      exchange.sendResponseHeaders(416, -1);
      return;
    }
    ByteRange range = wanted instanceof ByteRange.Part part ? part.range() : new ByteRange(0, size - 1);
    int status = wanted instanceof ByteRange.Part ? 206 : 200;
    if (status == 206) {
      response.set("Content-Range", "bytes " + range.first() + "-" + range.last() + "/" + size);
    }
    long length = size == 0 ? 0 : range.length();
    if (head) {
      response.set("Content-Length", Long.toString(length));
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, length == 0 ? -1 : length);
    if (length > 0) {
      copy(channel, range.first(), length, exchange.getResponseBody());
    }
  }

  private static void copy(SeekableByteChannel channel, long first, long length, OutputStream out)
      throws IOException {
    try (InputStream in = Channels.newInputStream(channel.position(first));
        out) {
      byte[] buffer = new byte[64 * 1024];
      long left = length;
      while (left > 0) {
        int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
        if (n < 0) {
          throw new IOException("file shrank while it was sent");
        }
        out.write(buffer, 0, n);
        left -= n;
      }
    }
  }

  private static boolean notModified(Headers request, String etag, Instant modified) {
    String ifNoneMatch = request.getFirst("If-None-Match");
    if (ifNoneMatch != null) { // takes precedence over If-Modified-Since (RFC 9110 13.2.2)
      return ifNoneMatch.strip().equals("*") || Arrays.stream(ifNoneMatch.split(","))
          .map(t -> t.strip().replaceFirst("^W/", "")).anyMatch(etag::equals);
    }
    return Optional.ofNullable(request.getFirst("If-Modified-Since")).flatMap(FileResponder::date)
        .map(since -> !modified.isAfter(since)).orElse(false);
  }

  private static Optional<Instant> date(String text) {
    try {
      return Optional.of(ZonedDateTime.parse(text.strip(), HTTP_DATE).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether {@code Accept-Encoding} names {@code coding} (in any case) with a weight above zero:
   * {@code q=0}, {@code q=0.0} and {@code q=0.000} all refuse it (RFC 9110, 12.4.2).
   */
  static boolean accepts(String acceptEncoding, String coding) {
    if (acceptEncoding == null) {
      return false;
    }
    for (String entry : acceptEncoding.split(",")) {
      String[] parts = entry.split(";");
      if (parts[0].strip().equalsIgnoreCase(coding)) {
        return Arrays.stream(parts).skip(1).map(p -> p.replace(" ", "").toLowerCase(Locale.ROOT))
            .noneMatch(p -> p.matches("q=0(\\.0{0,3})?"));
      }
    }
    return false;
  }
}

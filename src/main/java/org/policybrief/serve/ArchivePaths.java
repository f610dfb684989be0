package org.policybrief.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Maps a request path to a file under the archive folder, or to nothing. A path is refused when
 * it could leave the folder or reach what readers must not see: {@code ..} and {@code .}
 * segments (also percent-encoded), encoded slashes and backslashes, NUL, empty segments
 * ({@code //etc}), hidden names (the lock, staging folders, snapshots, the on-demand cache) and
 * symbolic links whose target lies outside the folder or in a hidden one.
 */
final class ArchivePaths {

  private final Path root;

  ArchivePaths(Path folder) throws IOException {
    this.root = folder.toRealPath();
  }

  /** The archive folder, its real path. */
  Path root() {
    return root;
  }

  /** The regular file {@code rawPath} (as sent, still percent-encoded) names, if any. */
  Optional<Path> resolve(String rawPath) {
    if (rawPath == null || !rawPath.startsWith("/")) {
      return Optional.empty();
    }
    String lower = rawPath.toLowerCase(Locale.ROOT);
    if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00") || lower.contains("\\")) {
      return Optional.empty();
    }
    String decoded;
    try {
      decoded = decode(rawPath);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    String relative = decoded.substring(1);
    if (relative.isEmpty() || relative.endsWith("/")) {
      relative += "index.html";
    }
    for (String segment : relative.split("/", -1)) {
      if (!allowed(segment)) {
        return Optional.empty();
      }
    }
    try {
      Path real = root.resolve(relative).toRealPath();
      if (Files.isDirectory(real)) {
        real = real.resolve("index.html").toRealPath();
      }
      if (!real.startsWith(root) || !Files.isRegularFile(real)) {
        return Optional.empty();
      }
      for (Path part : root.relativize(real)) {
        if (!allowed(part.toString())) {
          return Optional.empty();
        }
      }
      return Optional.of(real);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  static boolean allowed(String segment) {
    return !segment.isEmpty() && !segment.startsWith(".") && segment.indexOf(':') < 0
        && segment.chars().noneMatch(c -> c < 0x20 || c == 0x7F);
  }

  /**
   * {@code name} as one segment of a path in a link: every byte of its UTF-8 but letters, digits
   * and {@code - . _ ~} percent-encoded, so that a {@code %}, {@code #} or {@code ?} in it stays
   * part of the name. {@link #decode} gives the name back.
   */
  static String encodeSegment(String name) {
    return percentEncoded(name, "-._~");
  }

  /** {@code text} with every byte of its UTF-8 percent-encoded but ASCII letters, digits and {@code kept}. */
  static String percentEncoded(String text, String kept) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xFF);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || kept.indexOf(c) >= 0) {
        encoded.append(c);
      } else {
        encoded.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xFF));
      }
    }
    return encoded.toString();
  }

  /**
   * Percent-decoding of a path as UTF-8; unlike URLDecoder, '+' stays a plus. Throws
   * IllegalArgumentException for a malformed escape.
   */
  static String decode(String raw) {
    return java.net.URI.create("http://h" + raw.replace("+", "%2B")).getPath();
  }
}

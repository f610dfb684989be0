package org.policybrief.serve;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** The content type of an archive file, whether it is worth compressing, and download names. */
final class ContentTypes {

  private static final Map<String, String> BY_EXTENSION = Map.of(
      "html", "text/html; charset=utf-8",
      "xml", "application/atom+xml; charset=utf-8",
      "json", "application/json; charset=utf-8",
      "pdf", "application/pdf",
      "css", "text/css; charset=utf-8",
      "js", "text/javascript; charset=utf-8",
      "txt", "text/plain; charset=utf-8",
      "csv", "text/csv; charset=utf-8",
      "png", "image/png",
      "svg", "image/svg+xml");

  private ContentTypes() {}

  static String of(Path file) {
    return BY_EXTENSION.getOrDefault(extension(file), "application/octet-stream");
  }

  /** Text compresses well; PDFs are compressed already. */
  static boolean compressible(Path file) {
    String type = of(file);
    return type.startsWith("text/") || type.contains("xml") || type.contains("json");
  }

  static boolean isDownload(Path file) {
    return extension(file).equals("pdf");
  }

  /**
   * {@code attachment} with the name twice (RFC 6266): {@code filename} in ASCII for old
   * clients, {@code filename*} in UTF-8 percent-encoding (RFC 8187) for every other.
   */
  static String attachment(String fileName) {
    StringBuilder ascii = new StringBuilder();
    fileName.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? (char) c : '_'));
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
        + ArchivePaths.percentEncoded(fileName, "!#$&+-.^_`|~");
  }

  private static String extension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}

package org.policybrief.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.policybrief.publish.Manifest;
import org.policybrief.render.PortalRenderer;

/**
 * The published archive, read-only: GET and HEAD of its files, 404 for anything else. A folder's
 * page in another interface language than the default, {@code index.<lang>.html} (the archive's
 * {@code index.en.html}), answers {@code /?lang=<lang>}, so the portal's pages can link back to
 * the archive in the language they are in. A briefing of an edition downloads with the edition in
 * its name ({@link Manifest#downloadName}).
 */
final class ArchiveHandler implements HttpHandler {

  private final ArchivePaths paths;
  private final Pages pages;

  ArchiveHandler(ArchivePaths paths, Pages pages) {
    this.paths = paths;
    this.pages = pages;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      exchange.getResponseHeaders().set("Allow", "GET, HEAD");
      pages.problem(exchange, 405, "problem.method");
      return;
    }
    String rawPath = exchange.getRequestURI().getRawPath();
    Optional<Path> file = inLanguage(rawPath, Pages.language(exchange)).or(() -> paths.resolve(rawPath));
    if (file.isEmpty()) {
      // before the first run has published, the archive's own address says so, not "no such page"
      boolean noArchivePage = "/".equals(rawPath) && paths.resolve("/").isEmpty();
      pages.problem(exchange, 404, noArchivePage ? "problem.noEdition" : "problem.notFound");
      return;
    }
    FileResponder.send(exchange, file.get(), downloadName(file.get()));
  }

  /** A file of an edition's folder is saved with the edition in its name; others as they are. */
  private String downloadName(Path file) {
    Path relative = paths.root().relativize(file);
    String folder = relative.getNameCount() == 2 ? relative.getName(0).toString() : "";
    return Manifest.isEdition(folder) ? Manifest.downloadName(folder, relative.getFileName().toString()) : null;
  }

  private Optional<Path> inLanguage(String rawPath, String lang) {
    if (rawPath == null || !rawPath.endsWith("/") || lang.equals(PortalRenderer.LANGUAGES.get(0))) {
      return Optional.empty();
    }
    return paths.resolve(rawPath + "index." + lang + ".html");
  }
}

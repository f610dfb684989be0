package org.policybrief.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** The published archive, read-only: GET and HEAD of its files, 404 for anything else. */
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
    Optional<Path> file = paths.resolve(exchange.getRequestURI().getRawPath());
    if (file.isEmpty()) {
      pages.problem(exchange, 404, "problem.notFound");
      return;
    }
    FileResponder.send(exchange, file.get(), null);
  }
}

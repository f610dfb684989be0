package org.policybrief.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.policybrief.render.PortalRenderer;
import org.policybrief.render.PortalView;

/** Sends the portal's pages in the interface language the request asks for ({@code ?lang=}). */
final class Pages {

  static final String HTML = "text/html; charset=utf-8";

  final PortalRenderer renderer = new PortalRenderer();

  /** The interface language of a request: {@code lang} if known, else the default. */
  static String language(Map<String, List<String>> parameters) {
    return known(Exchanges.first(parameters, "lang")).orElse(PortalRenderer.LANGUAGES.get(0));
  }

  /** The interface language of a request by its query string ({@code ?lang=zh%2DHant} too). */
  static String language(HttpExchange exchange) {
    return language(Exchanges.queryParameters(exchange));
  }

  /** The interface language a tag names, in any case, as language tags are (?lang=EN, zh-hans). */
  private static Optional<String> known(String tag) {
    return PortalRenderer.LANGUAGES.stream().filter(l -> l.equalsIgnoreCase(tag)).findFirst();
  }

  /** The way from the request's address to the portal's root: {@code ./}, or {@code ../} per folder deeper. */
  static String root(HttpExchange exchange) {
    String path = exchange.getRequestURI().getRawPath();
    long depth = path == null ? 0 : path.chars().filter(c -> c == '/').count() - 1;
    return depth <= 0 ? "./" : "../".repeat((int) depth);
  }

  void problem(HttpExchange exchange, int status, String messageKey, Object... args) throws IOException {
    String lang = language(exchange);
    Exchanges.send(exchange, status, HTML, renderer.problem(lang, root(exchange),
        new PortalView.Problem(status, renderer.text(lang, messageKey, args))));
  }

  void problemText(HttpExchange exchange, int status, String lang, String message) throws IOException {
    Exchanges.send(exchange, status, HTML,
        renderer.problem(lang, root(exchange), new PortalView.Problem(status, message)));
  }
}

package org.policybrief.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.policybrief.render.PortalRenderer;
import org.policybrief.render.PortalView;

/** Sends the portal's pages in the interface language the request asks for ({@code ?lang=}). */
final class Pages {

  static final String HTML = "text/html; charset=utf-8";

  final PortalRenderer renderer = new PortalRenderer();

  /** The interface language of a request: {@code lang} if known, else the default. */
  static String language(Map<String, List<String>> parameters) {
    String lang = Exchanges.first(parameters, "lang");
    return lang != null && PortalRenderer.LANGUAGES.contains(lang) ? lang : PortalRenderer.LANGUAGES.get(0);
  }

  static String language(HttpExchange exchange) {
    String query = exchange.getRequestURI().getRawQuery();
    if (query != null) {
      for (String pair : query.split("&")) {
        if (pair.startsWith("lang=") && PortalRenderer.LANGUAGES.contains(pair.substring(5))) {
          return pair.substring(5);
        }
      }
    }
    return PortalRenderer.LANGUAGES.get(0);
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

package org.policybrief.serve;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;

/**
 * Lets a request through only with credentials the auth file accepts; otherwise 401 with a
 * challenge for HTTP basic authentication, which every browser understands.
 */
final class Authentication extends Filter {

  private final AuthFile auth;
  private final Pages pages;

  Authentication(AuthFile auth, Pages pages) {
    this.auth = auth;
    this.pages = pages;
  }

  @Override
  public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
    if (auth.accepts(exchange.getRequestHeaders().getFirst("Authorization"))) {
      chain.doFilter(exchange);
      return;
    }
    try (exchange) {
      exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"policybrief\", charset=\"UTF-8\"");
      pages.problem(exchange, 401, "problem.unauthorized");
    }
  }

  @Override
  public String description() {
    return "token or basic authentication";
  }
}

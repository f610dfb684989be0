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

  Authentication(AuthFile auth) {
    this.auth = auth;
  }

  @Override
  public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
    if (auth.accepts(exchange.getRequestHeaders().getFirst("Authorization"))) {
      chain.doFilter(exchange);
      return;
    }
    try (exchange) {
      exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"policybrief\", charset=\"UTF-8\"");
      Exchanges.send(exchange, 401, "text/plain; charset=utf-8", "401 unauthorized: sign in or send a token\n");
    }
  }

  @Override
  public String description() {
    return "token or basic authentication";
  }
}

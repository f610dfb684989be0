package org.policybrief.serve;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;

/**
 * One line per request: time, client, method, path (without the query), status, body bytes
 * sent, milliseconds. Never a header, so never credentials.
 */
final class AccessLog extends Filter {

  private final Consumer<String> log;

  AccessLog(Consumer<String> log) {
    this.log = log;
  }

  @Override
  public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
    long start = System.nanoTime();
    long[] bytes = {0};
    exchange.setStreams(null, new FilterOutputStream(exchange.getResponseBody()) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        bytes[0] += len;
      }

      @Override
      public void write(int b) throws IOException {
        out.write(b);
        bytes[0]++;
      }
    });
    try {
      chain.doFilter(exchange);
    } finally {
      String path = exchange.getRequestURI().getRawPath();
      path = path == null ? "-" : path.length() > 300 ? path.substring(0, 300) + "..." : path;
      log.accept(Instant.now().truncatedTo(ChronoUnit.MILLIS) + " "
          + exchange.getRemoteAddress().getAddress().getHostAddress() + " " + exchange.getRequestMethod() + " "
          + path.replaceAll("[\\p{Cntrl}\\s]", "?") + " " + exchange.getResponseCode() + " " + bytes[0] + " "
          + (System.nanoTime() - start) / 1_000_000 + "ms");
    }
  }

  @Override
  public String description() {
    return "access log";
  }
}

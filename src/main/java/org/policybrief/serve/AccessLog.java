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
      log.accept(Instant.now().truncatedTo(ChronoUnit.MILLIS) + " "
          + exchange.getRemoteAddress().getAddress().getHostAddress() + " "
          + printable(exchange.getRequestMethod(), 20) + " " + printable(exchange.getRequestURI().getRawPath(), 300)
          + " " + exchange.getResponseCode() + " " + bytes[0] + " " + (System.nanoTime() - start) / 1_000_000 + "ms");
    }
  }

  /**
   * {@code text} as the client sent it, shortened, on one line: the server accepts any byte but a
   * space in a method and a path, so a line break there would forge a line, an escape would
   * drive the terminal.
   */
  private static String printable(String text, int max) {
    if (text == null) {
      return "-";
    }
    String shortened = text.length() > max ? text.substring(0, max) + "..." : text;
    return shortened.replaceAll("[\\p{Cntrl}\\s]", "?");
  }

  @Override
  public String description() {
    return "access log";
  }
}

package org.policybrief.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;

/** Small helpers around {@link HttpExchange}: answers, form bodies, a handler that never leaks. */
final class Exchanges {

  static final int MAX_FORM_BYTES = 64 * 1024;

  /** How much of a too large body is read and dropped so that its client sees the 413. */
  private static final long DRAINED_AT_MOST = 16L << 20;

  /** The request body was larger than {@link #MAX_FORM_BYTES}. */
  static final class TooLarge extends IOException {
    TooLarge() {
      super("request too large", null);
    }
  }

  /**
   * For every page: no framing by other sites, no address leaked to links followed, and nothing
   * loaded from elsewhere. The pages' own style and the job page's polling script are inline;
   * data in them is escaped, so this is a second line of defence, not the first.
   */
  private static final String CONTENT_POLICY = "default-src 'none'; style-src 'unsafe-inline';"
      + " script-src 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; form-action 'self';"
      + " frame-ancestors 'none'; base-uri 'none'";

  private Exchanges() {}

  /** The headers every HTML page gets, sent by the portal or served from the archive. */
  static void pageHeaders(Headers headers) {
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Content-Security-Policy", CONTENT_POLICY);
    headers.set("X-Frame-Options", "DENY");
    headers.set("Referrer-Policy", "no-referrer");
  }

  /**
   * Whether a browser sent this request for another site's page: a form on a page elsewhere,
   * posted with the credentials the browser keeps for the portal (a forged request). Browsers
   * say so in {@code Sec-Fetch-Site}; older ones only name the page's origin, compared with the
   * host asked for (as the client or a proxy forwarding it named it). A request with neither
   * header does not come from a browser, whose user would be acting for someone else.
   */
  static boolean fromAnotherSite(HttpExchange exchange) {
    Headers headers = exchange.getRequestHeaders();
    String site = headers.getFirst("Sec-Fetch-Site");
    if (site != null) {
      return !site.equals("same-origin") && !site.equals("none");
    }
    String origin = headers.getFirst("Origin");
    if (origin == null) {
      return false;
    }
    // behind several proxies, X-Forwarded-Host lists hosts: the first is the one the client asked for
    // (limit -1: a header of only commas splits into empty hosts, which match no origin, not into none)
    String host = Optional.ofNullable(headers.getFirst("X-Forwarded-Host")).map(h -> h.split(",", -1)[0])
        .orElse(headers.getFirst("Host"));
    try {
      URI page = URI.create(origin);
      String authority = page.getRawAuthority();
      if (host == null || authority == null) {
        return true;
      }
      String scheme = page.getScheme();
      return !withoutDefaultPort(authority, scheme).equalsIgnoreCase(withoutDefaultPort(host.strip(), scheme));
    } catch (IllegalArgumentException e) {
      return true; // "null", sent by sandboxed pages and for privacy, among others
    }
  }

  /** {@code host:443} for https and {@code host:80} for http name the same site as {@code host}. */
  private static String withoutDefaultPort(String authority, String scheme) {
    String port = "https".equalsIgnoreCase(scheme) ? ":443" : "http".equalsIgnoreCase(scheme) ? ":80" : null;
    return port != null && authority.endsWith(port)
        ? authority.substring(0, authority.length() - port.length()) : authority;
  }

  /** Sends a page (gzip when accepted); for HEAD, only the headers. */
  static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    pageHeaders(exchange.getResponseHeaders());
    exchange.getResponseHeaders().set("Vary", "Accept-Encoding");
    boolean gzip = FileResponder.accepts(exchange.getRequestHeaders().getFirst("Accept-Encoding"), "gzip");
    if (gzip) {
      ByteArrayOutputStream zipped = new ByteArrayOutputStream(bytes.length / 3 + 64);
      try (OutputStream out = new GZIPOutputStream(zipped)) {
        out.write(bytes);
      }
      bytes = zipped.toByteArray();
      exchange.getResponseHeaders().set("Content-Encoding", "gzip");
    }
    if (exchange.getRequestMethod().equals("HEAD")) {
      exchange.getResponseHeaders().set("Content-Length", Integer.toString(bytes.length));
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** The parameters of the query string alone: the body, if any, is left unread. */
  static Map<String, List<String>> queryParameters(HttpExchange exchange) {
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    addPairs(exchange.getRequestURI().getRawQuery(), parameters);
    return parameters;
  }

  /** The parameters of the query string and, for a form POST, of the body. */
  static Map<String, List<String>> parameters(HttpExchange exchange) throws IOException {
    Map<String, List<String>> parameters = queryParameters(exchange);
    if (exchange.getRequestMethod().equals("POST")) {
      addPairs(new String(readBody(exchange.getRequestBody()), StandardCharsets.UTF_8), parameters);
    }
    return parameters;
  }

  static String first(Map<String, List<String>> parameters, String name) {
    List<String> values = parameters.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** Runs {@code handler}; an unexpected exception gives a bare 500 and goes to the log only. */
  static HttpHandler guarded(HttpHandler handler, Consumer<Throwable> errorLog) {
    return exchange -> {
      // not try-with-resources: that closes the exchange before a catch clause could answer
      try {
        handler.handle(exchange);
      } catch (TooLarge e) {
        answerIfPossible(exchange, 413, "request too large\n");
      } catch (NoSuchFileException e) {
        answerIfPossible(exchange, 404, "not found\n"); // removed (e.g. by retention) while being answered
      } catch (IOException e) {
        // the client went away; nothing to answer
      } catch (RuntimeException | Error e) {
        errorLog.accept(e);
        answerIfPossible(exchange, 500, "internal server error\n");
      } finally {
        exchange.close();
      }
    };
  }

  private static void answerIfPossible(HttpExchange exchange, int status, String text) {
    if (exchange.getResponseCode() != -1) {
      return; // headers are out: the connection is closed as it is
    }
    try {
      send(exchange, status, "text/plain; charset=utf-8", text);
    } catch (IOException ignored) {
      // the client went away
    }
  }

  private static byte[] readBody(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_FORM_BYTES + 1);
    if (bytes.length > MAX_FORM_BYTES) {
      // The rest (up to a limit) is read and dropped before the 413 goes out: a connection closed
      // with unread bytes is reset, and a client still sending may never see the answer (seen
      // with a 2 MB form on a busy machine).
      byte[] dropped = new byte[64 * 1024];
      for (long total = 0; total < DRAINED_AT_MOST; ) {
        int n = in.read(dropped);
        if (n < 0) {
          break;
        }
        total += n;
      }
      throw new TooLarge();
    }
    return bytes;
  }

  private static void addPairs(String encoded, Map<String, List<String>> into) {
    if (encoded == null || encoded.isEmpty()) {
      return;
    }
    for (String pair : encoded.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      into.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text; // a stray % is taken literally and then refused by validation
    }
  }
}

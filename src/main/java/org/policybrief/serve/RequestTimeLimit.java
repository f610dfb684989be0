package org.policybrief.serve;

import java.time.Duration;
import java.util.Optional;

/**
 * How long a client may take to send a request, from opening the connection (or from its first
 * byte on a kept-alive one) to the end of the request. The JDK's HTTP server reads a request on
 * one of the portal's request threads, so 16 clients that never finished their headers held all
 * 16 and froze the portal (slowloris). Its timer closes such connections after
 * {@code sun.net.httpserver.maxReqTime} seconds, freeing the thread; the portal now also has up to
 * {@link PortalServer#MAX_REQUEST_THREADS} threads, so others are served meanwhile.
 *
 * <p>Only the request is limited: {@code sun.net.httpserver.maxRspTime} stays unset, so a slow
 * download of a large PDF that keeps going is not cut off. The JDK reads both properties once,
 * when the first HTTP server of the JVM is created, so they are set before that; a value the
 * user gave ({@code -Dsun.net.httpserver.maxReqTime=…}) is kept.
 */
final class RequestTimeLimit {

  static final String PROPERTY = "sun.net.httpserver.maxReqTime";

  /** Long enough for a slow phone network, short enough that stalled clients leave soon. */
  static final Duration DEFAULT = Duration.ofSeconds(20);

  private RequestTimeLimit() {}

  /** Sets the limit unless the user did; the limit asked for, empty for none (-1). */
  static synchronized Optional<Duration> apply() {
    String given = System.getProperty(PROPERTY);
    if (given == null || given.isBlank()) {
      System.setProperty(PROPERTY, Long.toString(DEFAULT.toSeconds()));
      return Optional.of(DEFAULT);
    }
    try {
      long seconds = Long.parseLong(given.strip());
      return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
    } catch (NumberFormatException e) {
      return Optional.empty(); // the JDK ignores it too
    }
  }
}

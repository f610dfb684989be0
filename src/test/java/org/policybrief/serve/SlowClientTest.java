package org.policybrief.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clients that never finish their request (slowloris) are dropped after the request time limit,
 * and the portal serves others meanwhile: before, 16 of them held every request thread. The build sets the limit to 3 seconds for the tests.
 */
class SlowClientTest {

  @TempDir Path temp;

  @Test
  void stalledRequestsAreClosedAndOthersServed() throws Exception {
    Duration limit = RequestTimeLimit.apply().orElseThrow();
    // the JDK's timer checks once a second and may see a start time up to a second old
    Duration allowed = limit.plusSeconds(4);
    TestPortal portal = new TestPortal(temp);
    PortalServer server = PortalServer.start(portal.config(temp.resolve("cache"), 1, 2, Optional.empty()),
        (d, s) -> new byte[0]);
    List<Socket> stalled = new ArrayList<>();
    try {
      int port = server.address().getPort();
      for (int i = 0; i < 20; i++) { // more than the portal's 16 request threads
        Socket socket = new Socket("127.0.0.1", port);
        socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        stalled.add(socket);
      }
      long started = System.nanoTime();
      // one plain connection, no client that tries again: served before the stalled ones are dropped
      assertThat(TestPortal.raw(port, "GET", "/")).startsWith("HTTP/1.1 200").contains("<h1>archive</h1>");
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(limit);
      for (Socket socket : stalled) {
        assertThat(closedWithin(socket, allowed.minusNanos(System.nanoTime() - started))).isTrue();
      }
    } finally {
      for (Socket socket : stalled) {
        socket.close();
      }
      server.stop(Duration.ofSeconds(1));
    }
  }

  /** Whether the server closes {@code socket} (end of stream or reset) without answering. */
  private static boolean closedWithin(Socket socket, Duration time) throws IOException {
    socket.setSoTimeout((int) Math.max(100, time.toMillis()));
    InputStream in = socket.getInputStream();
    try {
      return in.read() == -1;
    } catch (SocketTimeoutException e) {
      return false;
    } catch (IOException e) {
      return true; // reset
    }
  }
}

package org.policybrief.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** 1,000 downloads by 8 concurrent clients on loopback: none may fail or differ from the file. */
class PortalLoadTest {

  static final int DOWNLOADS = 1000;
  static final int CLIENTS = 8;

  @TempDir Path temp;

  @Test
  @Timeout(value = 90, unit = TimeUnit.SECONDS)
  void thousandDownloadsWithEightClients() throws Exception {
    TestPortal portal = new TestPortal(temp);
    PortalServer server = PortalServer.start(portal.config(temp.resolve("cache"), 1, 1, Optional.empty()),
        (d, s) -> new byte[0]);
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    try {
      URI uri = URI.create("http://127.0.0.1:" + server.address().getPort() + "/latest/overview-zh-Hans.pdf");
      long start = System.nanoTime();
      List<Future<Integer>> results = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        results.add(clients.submit(() -> {
          HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
          int failed = 0;
          for (int i = 0; i < DOWNLOADS / CLIENTS; i++) {
            HttpResponse<byte[]> answer = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() != 200 || !Arrays.equals(answer.body(), portal.pdf)) {
              failed++;
            }
          }
          return failed;
        }));
      }
      int failed = 0;
      for (Future<Integer> result : results) {
        failed += result.get();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(Locale.ROOT, "portal load: %d downloads of %d bytes by %d clients in %.2f s: %.0f downloads/s,"
          + " %.1f MB/s, %d failed%n", DOWNLOADS, portal.pdf.length, CLIENTS, seconds, DOWNLOADS / seconds,
          DOWNLOADS * (double) portal.pdf.length / seconds / 1e6, failed);
      assertThat(failed).isZero();
      for (int i = 0; i < 100 && portal.log.size() < DOWNLOADS; i++) {
        Thread.sleep(20); // the last lines are written just after their answers went out
      }
      assertThat(portal.log).hasSize(DOWNLOADS);
    } finally {
      clients.shutdownNow();
      server.stop(Duration.ofSeconds(5));
    }
  }
}

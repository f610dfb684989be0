package org.policybrief.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run publishing while the portal serves: it renames each new file of {@code latest/} over the
 * old one. The answer was headed with the old file's length and filled from the new one, a PDF
 * cut short (or, the new one shorter, a connection left hanging): now it is one file's.
 */
class FileReplacedWhileServedTest {

  @TempDir Path temp;

  @Test
  void aFileRenamedOverWhileServedIsSentWholeAsOneOfTheTwo() throws Exception {
    TestPortal portal = new TestPortal(temp);
    Path target = portal.archive.resolve("latest/overview-zh-Hans.pdf");
    byte[] small = portal.pdf;
    byte[] large = new byte[small.length * 3];
    new Random(7).nextBytes(large);
    PortalServer server = PortalServer.start(portal.config(temp.resolve("cache"), 1, 2, Optional.empty()),
        (d, s) -> new byte[0]);
    AtomicBoolean publishing = new AtomicBoolean(true);
    Thread run = new Thread(() -> {
      try {
        for (int i = 0; publishing.get(); i++) {
          Path staged = target.resolveSibling(".overview-zh-Hans.pdf." + i + ".tmp");
          Files.write(staged, i % 2 == 0 ? large : small);
          Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
        }
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    TreeMap<String, Integer> answers = new TreeMap<>();
    try {
      run.start();
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      URI uri = URI.create("http://127.0.0.1:" + server.address().getPort() + "/latest/overview-zh-Hans.pdf");
      long end = System.nanoTime() + Duration.ofSeconds(4).toNanos();
      while (System.nanoTime() < end) {
        String answer;
        try {
          // a timeout of the whole answer: the request's own ends with the headers
          HttpResponse<byte[]> response = client.sendAsync(HttpRequest.newBuilder(uri).build(),
              HttpResponse.BodyHandlers.ofByteArray()).get(5, TimeUnit.SECONDS);
          byte[] body = response.body();
          answer = response.statusCode() + (Arrays.equals(body, small) || Arrays.equals(body, large)
              ? " one whole file" : " " + body.length + " bytes of neither");
        } catch (ExecutionException | TimeoutException e) {
          answer = e.getClass().getSimpleName(); // TimeoutException: the answer never ended
        }
        answers.merge(answer, 1, Integer::sum);
      }
    } finally {
      publishing.set(false);
      run.join();
      server.stop(Duration.ofSeconds(5));
    }
    assertThat(answers).containsOnlyKeys("200 one whole file");
  }
}

package org.policybrief.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The on-demand part over real HTTP, with a stand-in for rendering so the server's own
 * behaviour is what is tested: validation, the bounded queue, shared jobs, failures,
 * authentication and the graceful stop.
 */
class OnDemandHttpTest {

  static final byte[] PDF = "%PDF-1.7 stand-in".getBytes(StandardCharsets.US_ASCII);

  @TempDir Path temp;
  PortalServer server;
  TestPortal portal;
  HttpClient client = HttpClient.newHttpClient();
  final CountDownLatch release = new CountDownLatch(1);
  final AtomicInteger made = new AtomicInteger();

  @AfterEach
  void stop() throws InterruptedException {
    release.countDown();
    if (server != null) {
      server.stop(Duration.ofSeconds(5));
    }
  }

  PortalServer start(int workers, int queue, Optional<Path> auth, OnDemandHandler.Maker maker) throws IOException {
    portal = new TestPortal(temp);
    server = PortalServer.start(portal.config(temp.resolve("cache"), workers, queue, auth), maker);
    return server;
  }

  OnDemandHandler.Maker waitingMaker() {
    return (dataset, spec) -> {
      made.incrementAndGet();
      release.await(20, TimeUnit.SECONDS);
      return PDF;
    };
  }

  @Test
  void theFormListsTheDataAndSwitchesToEnglish() throws Exception {
    start(1, 2, Optional.empty(), waitingMaker());
    String zh = text(send(get("/on-demand")));
    assertThat(zh).contains("<html lang=\"zh-Hans\"", "按需生成简报", "value=\"CN\"", "value=\"US\"", "name=\"category\"");
    String en = text(send(get("/on-demand?lang=en")));
    assertThat(en).contains("<html lang=\"en\"", "Briefing on demand", "value=\"CN\"");
    // a language tag in any case: ?lang=EN gave the Chinese page
    assertThat(text(send(get("/on-demand?lang=EN")))).contains("<html lang=\"en\"", "Briefing on demand");
  }

  @Test
  void badParametersGet400WithAMessageAndNoStackTrace() throws Exception {
    start(1, 2, Optional.empty(), waitingMaker());
    for (String form : List.of("language=xx", "country=ZZ", "category=nope", "from=2025-13-01",
        "from=2025-08-01&to=2025-07-01", "colour=red", "from=2030-01-01", "country=%")) {
      HttpResponse<byte[]> answer = send(post(form));
      assertThat(answer.statusCode()).as(form).isEqualTo(400);
      assertThat(text(answer)).as(form).contains("class=\"error\"").doesNotContain("Exception", "at org.");
    }
    assertThat(made).hasValue(0);
  }

  @Test
  void aFormWithSeveralMistakesNamesThemAll() throws Exception {
    start(1, 2, Optional.empty(), waitingMaker());
    HttpResponse<byte[]> answer = send(post("lang=en&country=ZZ&from=2025-13-01&to=2025-02-30"));
    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(text(answer)).contains("<ul class=\"error\"", "ZZ", "2025-13-01", "2025-02-30");
    assertThat(made).hasValue(0);
  }

  @Test
  void aFormPostedFromAnotherSitesPageIsRefused() throws Exception {
    start(1, 2, Optional.empty(), waitingMaker());
    String self = "http://127.0.0.1:" + server.address().getPort();
    assertThat(send(post("country=CN").header("Origin", "https://elsewhere.example")).statusCode()).isEqualTo(403);
    assertThat(send(post("country=CN").header("Origin", "null")).statusCode()).isEqualTo(403);
    assertThat(send(post("country=CN").header("Sec-Fetch-Site", "cross-site").header("Origin", self))
        .statusCode()).isEqualTo(403);
    assertThat(made).hasValue(0);

    assertThat(send(post("country=CN").header("Origin", self)).statusCode()).isEqualTo(303);
    // an older browser behind two proxies: the first forwarded host is the one it asked for
    assertThat(send(post("country=CN&language=zh-Hans").header("Origin", "https://briefings.example")
        .header("X-Forwarded-Host", "briefings.example, inner.example")).statusCode()).isEqualTo(303);
    // a proxy that names the default port the browser's origin leaves out: the same site
    assertThat(send(post("country=CN").header("Origin", "https://briefings.example")
        .header("X-Forwarded-Host", "briefings.example:443")).statusCode()).isEqualTo(303);
    assertThat(send(post("country=CN").header("Origin", "http://briefings.example")
        .header("X-Forwarded-Host", "briefings.example:443")).statusCode()).isEqualTo(403);
    // behind a proxy: the browser's own header decides, whatever host the proxy asked for
    assertThat(send(post("country=US").header("Sec-Fetch-Site", "same-origin")
        .header("Origin", "https://briefings.example")).statusCode()).isEqualTo(303);
  }

  @Test
  void aForwardedHostOfOnlyCommasIsRefusedNotAnInternalError() throws Exception {
    start(1, 2, Optional.empty(), waitingMaker());
    String self = "http://127.0.0.1:" + server.address().getPort();
    // ",".split(",") is empty: the first forwarded host was read past the end (500)
    for (String forwarded : List.of(",", ",,", " , ")) {
      assertThat(send(post("country=CN").header("Origin", self).header("X-Forwarded-Host", forwarded))
          .statusCode()).as(forwarded).isEqualTo(403);
    }
    assertThat(made).hasValue(0);
  }

  @Test
  void aCacheFolderAmongThePublishedFilesIsRefused() throws Exception {
    portal = new TestPortal(temp);
    Path archive = portal.archive;
    // latest/ as the cache: its eviction deleted published briefings, and the archive served its PDFs
    for (Path cache : List.of(archive, archive.resolve("latest"), archive.resolve("2026-11-30/cache"),
        archive.resolve("dir-out/archive/latest"))) {
      assertThatThrownBy(() -> PortalServer.start(portal.config(cache, 1, 2, Optional.empty()), waitingMaker()))
          .as(cache.toString()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("archive");
    }
    assertThat(archive.resolve("2026-11-30")).doesNotExist();
    // a hidden folder of the archive (the default .cache) is never served nor published into
    server = PortalServer.start(portal.config(archive.resolve(".cache"), 1, 2, Optional.empty()), waitingMaker());
  }

  @Test
  void aFormTooLargeGets413() throws Exception {
    start(1, 2, Optional.empty(), waitingMaker());
    // the exchange used to be closed before the 413 was sent: the client saw a reset connection
    HttpResponse<byte[]> answer = send(post("country=CN&x=" + "a".repeat(2 << 20)));
    assertThat(answer.statusCode()).isEqualTo(413);
    assertThat(made).hasValue(0);
  }

  @Test
  void identicalRequestsShareOneJobAndItsDownload() throws Exception {
    start(1, 2, Optional.empty(), waitingMaker());
    HttpResponse<byte[]> first = send(post("country=CN&language=zh-Hans"));
    HttpResponse<byte[]> second = send(post("language=zh-Hans&country=CN"));
    assertThat(first.statusCode()).isEqualTo(303);
    String job = location(first);
    assertThat(location(second)).isEqualTo(job);
    assertThat(job).endsWith("&file=briefing-" + java.time.LocalDate.now() + "-zh-Hans-CN.pdf");
    assertThat(text(send(get(job)))).contains("<progress");

    release.countDown();
    String json = awaitDone(job);
    assertThat(made).hasValue(1);
    assertThat(json).contains("\"state\":\"done\"");
    String page = text(send(get(job)));
    String download = linked(job, page.replaceAll("(?s).*id=\"download\" href=\"([^\"]+)\".*", "$1"));
    HttpResponse<byte[]> pdf = send(get(download));
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.body()).isEqualTo(PDF);
    assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).contains("-zh-Hans-CN.pdf");
    // an interrupted download resumes: the validator stays what it was (it changed at every request)
    String etag = pdf.headers().firstValue("ETag").orElseThrow();
    Thread.sleep(5); // the cache marks the file as used at this request: a later time
    HttpResponse<byte[]> rest = send(get(download).header("Range", "bytes=4-").header("If-Range", etag));
    assertThat(rest.statusCode()).isEqualTo(206);
    assertThat(rest.headers().firstValue("ETag")).hasValue(etag);
    // a name sent percent-encoded is the name decoded, encoded once for the header
    HttpResponse<byte[]> renamed = send(get(download.substring(0, download.lastIndexOf('/') + 1)
        + "my%20brief%E7%AE%80.pdf"));
    assertThat(renamed.headers().firstValue("Content-Disposition")).hasValue(
        "attachment; filename=\"my brief_.pdf\"; filename*=UTF-8''my%20brief%E7%AE%80.pdf");
    assertThat(location(send(post("country=CN")))).isEqualTo(job); // from the cache
    assertThat(made).hasValue(1);
    try (var files = Files.list(temp.resolve("cache"))) {
      assertThat(files.map(p -> p.getFileName().toString())).singleElement().asString().endsWith(".pdf");
    }
    try (var files = Files.walk(temp.resolve("archive"))) {
      assertThat(files.filter(p -> p.toString().contains("CN.pdf"))).isEmpty();
    }
  }

  @Test
  void theDownloadLinkOfAnyFileNameLeadsToTheBriefing() throws Exception {
    start(1, 2, Optional.empty(), (dataset, spec) -> PDF);
    String job = location(send(post("language=en")));
    awaitDone(job);
    String page = job.substring(0, job.indexOf('?'));
    for (String name : List.of("100%.pdf", "a#b?c d.pdf", "简报 & 附件.pdf", "plus+sign.pdf")) {
      String html = text(send(get(page + "?file=" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8))));
      String href = html.replaceAll("(?s).*id=\"download\" href=\"([^\"]+)\".*", "$1").replace("&amp;", "&");
      assertThat(href).as(name).doesNotContain("%.", "#", "?", " ");
      HttpResponse<byte[]> pdf = send(get(linked(page, href)));
      assertThat(pdf.statusCode()).as(name).isEqualTo(200);
      assertThat(pdf.body()).isEqualTo(PDF);
      String disposition = pdf.headers().firstValue("Content-Disposition").orElseThrow();
      String saved = disposition.substring(disposition.indexOf("''") + 2).replace("+", "%2B");
      assertThat(java.net.URLDecoder.decode(saved, StandardCharsets.UTF_8)).isEqualTo(name);
    }
  }

  @Test
  void aFullQueueAnswers429WithRetryAfter() throws Exception {
    start(1, 2, Optional.empty(), waitingMaker());
    List<Integer> statuses = new ArrayList<>();
    List<HttpResponse<byte[]>> accepted = new ArrayList<>();
    List<HttpResponse<byte[]>> busy = new ArrayList<>();
    for (int day = 1; day <= 8; day++) { // eight different requests at once: one runs, two wait
      HttpResponse<byte[]> answer = send(post("from=2025-01-0" + day));
      statuses.add(answer.statusCode());
      (answer.statusCode() == 429 ? busy : accepted).add(answer);
    }
    assertThat(statuses).containsExactly(303, 303, 303, 429, 429, 429, 429, 429);
    String last = location(accepted.get(2));
    // a number: the page's script says "1 request" for n === 1, and said "1 requests" for "1"
    assertThat(text(send(get(last + "&format=json")))).contains("\"state\":\"queued\"", "\"ahead\":1,")
        .containsPattern("\"seconds\":\\d+,");
    assertThat(text(send(get(last)))).contains("前面还有 1 个请求");
    assertThat(busy.get(0).headers().firstValueAsLong("Retry-After").orElseThrow()).isPositive();
    assertThat(text(busy.get(0))).contains("服务器正忙");
    release.countDown();
  }

  @Test
  void aCrashingGenerationFailsItsJobOnly() throws Exception {
    start(1, 2, Optional.empty(), (dataset, spec) -> {
      throw new OutOfMemoryError("simulated");
    });
    String job = location(send(post("country=US")));
    String json = awaitDone(job);
    assertThat(json).contains("\"state\":\"failed\"").doesNotContain("simulated");
    assertThat(portal.logged("internal error: java.lang.OutOfMemoryError: simulated")).isTrue(); // for the admin
    assertThat(text(send(get(job)))).contains("服务器内部错误");
    assertThat(send(get("/on-demand")).statusCode()).isEqualTo(200);
    assertThat(send(get("/latest/overview-zh-Hans.pdf")).statusCode()).isEqualTo(200);
  }

  @Test
  void onDemandNeedsCredentialsWhenAnAuthFileIsGiven() throws Exception {
    Path auth = Files.writeString(temp.resolve("auth"), "# staff\n" + AuthFile.tokenLine("s3cret-token") + "\n"
        + AuthFile.userLine("alice", "correct horse") + "\n");
    start(1, 2, Optional.of(auth), waitingMaker());
    HttpResponse<byte[]> none = send(get("/on-demand"));
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(none.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Basic realm=");
    assertThat(send(post("country=CN")).statusCode()).isEqualTo(401);
    assertThat(send(get("/on-demand").header("Authorization", "Bearer wrong")).statusCode()).isEqualTo(401);
    assertThat(send(get("/on-demand").header("Authorization", basic("alice", "wrong"))).statusCode()).isEqualTo(401);
    assertThat(send(get("/on-demand").header("Authorization", "Bearer s3cret-token")).statusCode()).isEqualTo(200);
    assertThat(send(get("/on-demand").header("Authorization", basic("alice", "correct horse"))).statusCode())
        .isEqualTo(200);
    assertThat(send(get("/latest/overview-zh-Hans.pdf")).statusCode()).isEqualTo(200); // the archive stays open
  }

  @Test
  void theArchiveCanBeProtectedTooAndTheLogHoldsNoCredentials() throws Exception {
    Path auth = Files.writeString(temp.resolve("auth"), AuthFile.tokenLine("s3cret-token") + "\n");
    portal = new TestPortal(temp);
    server = PortalServer.start(portal.config(temp.resolve("cache"), 1, 2, Optional.of(auth), true), waitingMaker());
    assertThat(send(get("/latest/overview-zh-Hans.pdf")).statusCode()).isEqualTo(401);
    assertThat(send(get("/latest/overview-zh-Hans.pdf").header("Authorization", "Bearer s3cret-token")).statusCode())
        .isEqualTo(200);
    assertThat(portal.logged(" GET /latest/overview-zh-Hans.pdf 401 ")).isTrue();
    assertThat(portal.logged(" GET /latest/overview-zh-Hans.pdf 200 ")).isTrue();
    assertThat(portal.log).noneMatch(l -> l.contains("s3cret"));
  }

  @Test
  void badDataGives503WithTheProblemAndTheArchiveStaysUp() throws Exception {
    Path data = Files.createDirectories(temp.resolve("data"));
    for (String file : List.of("documents.csv", "measures.csv", "categories.csv")) {
      try (var in = getClass().getResourceAsStream("/sample/" + file)) {
        Files.write(data.resolve(file), in.readAllBytes());
      }
    }
    Files.writeString(data.resolve("documents.csv"), "id,country\n", StandardCharsets.UTF_8);
    portal = new TestPortal(temp);
    PortalServer.Config sample = portal.config(temp.resolve("cache"), 1, 2, Optional.empty());
    server = PortalServer.start(new PortalServer.Config(sample.archive(), sample.bind(), 0,
        org.policybrief.data.DatasetSource.folder(data), sample.cache(), sample.cacheMaxBytes(), 1, 2,
        Optional.empty(), false, portal.log::add), waitingMaker());
    HttpResponse<byte[]> form = send(get("/on-demand"));
    assertThat(form.statusCode()).isEqualTo(503);
    assertThat(text(form)).contains("当前数据有误").doesNotContain("Exception");
    assertThat(send(post("country=CN")).statusCode()).isEqualTo(503);
    assertThat(send(get("/latest/overview-zh-Hans.pdf")).statusCode()).isEqualTo(200);
  }

  @Test
  void stoppingLetsTheRunningGenerationFinish() throws Exception {
    start(1, 2, Optional.empty(), (dataset, spec) -> {
      Thread.sleep(1500);
      return PDF;
    });
    String job = location(send(post("country=CN")));
    String id = job.replaceAll(".*/jobs/([0-9a-f]+).*", "$1");
    Thread.sleep(300);
    assertThat(server.stop(Duration.ofSeconds(20))).isTrue();
    server = null;
    assertThat(temp.resolve("cache").resolve(id + ".pdf")).hasBinaryContent(PDF);
  }

  String awaitDone(String job) throws Exception {
    for (int i = 0; i < 200; i++) {
      String json = text(send(get(job + "&format=json")));
      if (!json.contains("\"queued\"") && !json.contains("\"running\"")) {
        return json;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the job did not finish");
  }

  static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** Where the form's 303 sends a browser: its relative Location, resolved as a browser does. */
  private static String location(HttpResponse<?> answer) {
    return linked("/on-demand", answer.headers().firstValue("Location").orElseThrow());
  }

  /** The path a link of the page at {@code page} leads to: the portal's links are relative. */
  private static String linked(String page, String href) {
    return URI.create(page).resolve(href).toString();
  }

  HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.address().getPort() + path))
        .timeout(Duration.ofSeconds(20));
  }

  HttpRequest.Builder post(String form) {
    return get("/on-demand").header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form));
  }

  HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }
}

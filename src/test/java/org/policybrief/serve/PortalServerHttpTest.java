package org.policybrief.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The archive side of the portal over real HTTP: ranges, validators, gzip, path safety. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // one server: stopping one takes a moment
class PortalServerHttpTest {

  @TempDir static Path temp;
  TestPortal portal;
  PortalServer server;
  HttpClient client = HttpClient.newHttpClient();

  @BeforeAll
  void start() throws IOException {
    portal = new TestPortal(temp);
    server = PortalServer.start(portal.config(temp.resolve("cache"), 1, 2, Optional.empty()), (d, s) -> new byte[0]);
  }

  @AfterAll
  void stop() throws InterruptedException {
    server.stop(Duration.ofSeconds(5));
  }

  @Test
  void theArchivePageInTheLanguageAsked() throws Exception {
    assertThat(new String(get("/?lang=en").body(), StandardCharsets.UTF_8)).contains("archive in English");
    // the query decoded as browsers may encode it: ?lang=e%6E was the Chinese page
    assertThat(new String(get("/?lang=e%6E").body(), StandardCharsets.UTF_8)).contains("archive in English");
    for (String path : List.of("/", "/?lang=zh-Hans", "/?lang=xx", "/index.html?lang=en")) {
      assertThat(new String(get(path).body(), StandardCharsets.UTF_8)).as(path).contains("<h1>archive</h1>");
    }
    assertThat(get("/latest/?lang=en").statusCode()).isEqualTo(404);
    // and back: the portal's own pages link to the archive in their language
    assertThat(new String(get("/on-demand?lang=en").body(), StandardCharsets.UTF_8)).contains("href=\"./?lang=en\"");
  }

  @Test
  void beforeTheFirstEditionTheArchivesAddressSaysNoneIsPublishedYet() throws Exception {
    Path empty = Files.createDirectories(temp.resolve("not-yet-published"));
    PortalServer bare = PortalServer.start(new PortalServer.Config(empty, "127.0.0.1", 0,
        org.policybrief.data.DatasetSource.sample(), empty.resolve(".cache"), 50_000_000, 1, 1, Optional.empty(),
        false, line -> {}), (d, s) -> new byte[0]);
    try {
      String base = "http://127.0.0.1:" + bare.address().getPort();
      HttpResponse<String> english = client.send(HttpRequest.newBuilder(URI.create(base + "/?lang=en")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(english.statusCode()).isEqualTo(404);
      assertThat(english.body()).contains("No edition has been published here yet", "href=\"./on-demand?lang=en\"");
      HttpResponse<String> chinese = client.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(chinese.body()).contains("尚未发布");
      assertThat(client.send(HttpRequest.newBuilder(URI.create(base + "/latest/overview-en.pdf?lang=en")).build(),
          HttpResponse.BodyHandlers.ofString()).body()).contains("No such page or file.");
    } finally {
      bare.stop(Duration.ofSeconds(1));
    }
  }

  @Test
  void itsUrlOpensInABrowserAlsoOnAnIpv6Address() throws Exception {
    assertThat(server.url()).isEqualTo("http://127.0.0.1:" + server.address().getPort() + "/");
    assertThat(PortalServer.url(new InetSocketAddress(InetAddress.getByName("::1"), 8080)))
        .isIn("http://[0:0:0:0:0:0:0:1]:8080/", "http://[::1]:8080/");
    assertThat(PortalServer.url(InetSocketAddress.createUnresolved("fe80::1%eth0", 80)))
        .isEqualTo("http://[fe80::1%25eth0]:80/");
    assertThat(PortalServer.url(InetSocketAddress.createUnresolved("localhost", 8080)))
        .isEqualTo("http://localhost:8080/");
  }

  @Test
  void servesFilesWithTypesAndTheDownloadName() throws Exception {
    HttpResponse<byte[]> pdf = get("/latest/overview-zh-Hans.pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.body()).isEqualTo(portal.pdf);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(pdf.headers().firstValue("Content-Disposition")).hasValue(
        "attachment; filename=\"overview-zh-Hans.pdf\"; filename*=UTF-8''overview-zh-Hans.pdf");
    assertThat(get("/").headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(get("/feed.xml").headers().firstValue("Content-Type")).hasValue("application/atom+xml; charset=utf-8");
    assertThat(get("/latest/%E6%94%BF%E7%AD%96%E7%AE%80%E6%8A%A5.pdf").headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"____.pdf\"; filename*=UTF-8''%E6%94%BF%E7%AD%96%E7%AE%80%E6%8A%A5.pdf");
    assertThat(get("/latest/").statusCode()).isEqualTo(404); // no index.html there, and no listing
    // an edition's briefing is saved with the edition in its name; its address stays
    assertThat(get("/2026-11-23/overview-zh-Hans.pdf").headers().firstValue("Content-Disposition")).hasValue(
        "attachment; filename=\"overview-zh-Hans-2026-11-23.pdf\"; filename*=UTF-8''overview-zh-Hans-2026-11-23.pdf");
  }

  @Test
  void pagesMayNotBeFramedNorLoadFromElsewhere() throws Exception {
    for (String page : List.of("/", "/on-demand")) {
      HttpResponse<byte[]> response = get(page);
      assertThat(response.headers().firstValue("X-Frame-Options")).as(page).hasValue("DENY");
      assertThat(response.headers().firstValue("Referrer-Policy")).as(page).hasValue("no-referrer");
      assertThat(response.headers().firstValue("Content-Security-Policy")).as(page).hasValueSatisfying(
          policy -> assertThat(policy).contains("default-src 'none'", "frame-ancestors 'none'"));
    }
    // a PDF is not a page: a viewer may show it in a frame
    assertThat(get("/latest/overview-zh-Hans.pdf").headers().firstValue("X-Frame-Options")).isEmpty();
  }

  @Test
  void headSendsTheHeadersOnly() throws Exception {
    HttpResponse<byte[]> head = client.send(request("/latest/overview-zh-Hans.pdf").method("HEAD",
        HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.headers().firstValueAsLong("Content-Length")).hasValue(portal.pdf.length);
    assertThat(head.body()).isEmpty();
  }

  @Test
  void byteRanges() throws Exception {
    HttpResponse<byte[]> first = get("/latest/overview-zh-Hans.pdf", "Range", "bytes=0-99");
    assertThat(first.statusCode()).isEqualTo(206);
    assertThat(first.headers().firstValue("Content-Range")).hasValue("bytes 0-99/" + portal.pdf.length);
    assertThat(first.body()).isEqualTo(Arrays.copyOfRange(portal.pdf, 0, 100));

    HttpResponse<byte[]> middle = get("/latest/overview-zh-Hans.pdf", "Range", "bytes=70000-");
    assertThat(middle.statusCode()).isEqualTo(206);
    assertThat(middle.body()).isEqualTo(Arrays.copyOfRange(portal.pdf, 70000, portal.pdf.length));

    HttpResponse<byte[]> suffix = get("/latest/overview-zh-Hans.pdf", "Range", "bytes=-500");
    assertThat(suffix.body()).isEqualTo(Arrays.copyOfRange(portal.pdf, portal.pdf.length - 500, portal.pdf.length));

    HttpResponse<byte[]> beyond = get("/latest/overview-zh-Hans.pdf", "Range", "bytes=999999-");
    assertThat(beyond.statusCode()).isEqualTo(416);
    assertThat(beyond.headers().firstValue("Content-Range")).hasValue("bytes */" + portal.pdf.length);

    HttpResponse<byte[]> several = get("/latest/overview-zh-Hans.pdf", "Range", "bytes=0-1,5-6");
    assertThat(several.statusCode()).isEqualTo(200);
    assertThat(several.body()).isEqualTo(portal.pdf);

    String etag = first.headers().firstValue("ETag").orElseThrow();
    HttpResponse<byte[]> stale = client.send(request("/latest/overview-zh-Hans.pdf").header("Range", "bytes=0-9")
        .header("If-Range", "\"other\"").build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(stale.statusCode()).isEqualTo(200);
    HttpResponse<byte[]> fresh = client.send(request("/latest/overview-zh-Hans.pdf").header("Range", "bytes=0-9")
        .header("If-Range", etag).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(fresh.statusCode()).isEqualTo(206);
  }

  @Test
  void conditionalRequestsGet304() throws Exception {
    HttpResponse<byte[]> first = get("/2026-11-23/overview-zh-Hans.pdf");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    String modified = first.headers().firstValue("Last-Modified").orElseThrow();

    HttpResponse<byte[]> byTag = get("/2026-11-23/overview-zh-Hans.pdf", "If-None-Match", etag);
    assertThat(byTag.statusCode()).isEqualTo(304);
    assertThat(byTag.body()).isEmpty();
    assertThat(byTag.headers().firstValue("ETag")).hasValue(etag);
    assertThat(get("/2026-11-23/overview-zh-Hans.pdf", "If-None-Match", "\"x\", " + etag).statusCode()).isEqualTo(304);
    assertThat(get("/2026-11-23/overview-zh-Hans.pdf", "If-Modified-Since", modified).statusCode()).isEqualTo(304);
    assertThat(get("/2026-11-23/overview-zh-Hans.pdf", "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);

    Files.write(portal.archive.resolve("2026-11-23/overview-zh-Hans.pdf"), new byte[] {1, 2, 3});
    assertThat(get("/2026-11-23/overview-zh-Hans.pdf", "If-None-Match", etag).statusCode()).isEqualTo(200);
  }

  @Test
  void htmlIsCompressedForClientsThatAcceptGzip() throws Exception {
    HttpResponse<byte[]> zipped = get("/", "Accept-Encoding", "gzip, deflate");
    assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
    byte[] plain = new GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes();
    assertThat(plain).isEqualTo(Files.readAllBytes(portal.archive.resolve("index.html")));
    assertThat(zipped.body().length).isLessThan(plain.length / 4);
    assertThat(get("/").headers().firstValue("Content-Encoding")).isEmpty();
    // a weight of zero refuses gzip however it is written; a coding's name is in any case
    for (String refused : List.of("gzip;q=0", "gzip; q=0.0", "deflate, gzip;q=0.000", "GZIP;Q=0.0")) {
      HttpResponse<byte[]> plainly = get("/", "Accept-Encoding", refused);
      assertThat(plainly.headers().firstValue("Content-Encoding")).as(refused).isEmpty();
      assertThat(plainly.body()).as(refused).isEqualTo(plain);
    }
    for (String accepted : List.of("GZIP", "deflate, gzip;q=0.5", "gzip;q=0.001")) {
      assertThat(get("/", "Accept-Encoding", accepted).headers().firstValue("Content-Encoding")).as(accepted)
          .hasValue("gzip");
    }
    assertThat(get("/latest/overview-zh-Hans.pdf", "Accept-Encoding", "gzip").headers()
        .firstValue("Content-Encoding")).isEmpty();
  }

  @Test
  void nothingOutsideTheArchiveNorHiddenCanBeReached() throws Exception {
    int port = server.address().getPort();
    List<String> attempts = List.of(
        "/../outside.txt",
        "/%2e%2e/outside.txt",
        "/%2E%2E/%2E%2E/outside.txt",
        "/latest/../../outside.txt",
        "/latest/%2e%2e/%2e%2e/outside.txt",
        "/latest/.%2e/.%2e/outside.txt",
        "/..%2foutside.txt",
        "/latest%2f..%2f..%2foutside.txt",
        "/..%5coutside.txt",
        "/..\\outside.txt",
        "//" + portal.outside.toString().substring(1),
        portal.outside.toString(),
        "/%252e%252e/outside.txt",
        "http://127.0.0.1/../outside.txt",
        "../outside.txt",
        "/link-out.txt",
        "/dir-out/outside.txt",
        "/link-hidden.pdf",
        "/.staging-1234/x.pdf",
        "/.snapshots/2026-11-23/documents.csv",
        "/.lock",
        "/index.html%00.pdf",
        "/.%2e/outside.txt");
    for (String target : attempts) {
      String answer = TestPortal.raw(port, "GET", target);
      assertThat(answer).as(target).doesNotContain(TestPortal.SECRET);
      assertThat(answer.lines().findFirst().orElse("")).as(target).matches("HTTP/1\\.1 (404|400) .*");
    }
    assertThat(TestPortal.raw(port, "GET", "/latest/overview-zh-Hans.pdf")).startsWith("HTTP/1.1 200");
  }

  @Test
  void writingMethodsAreRefused() throws Exception {
    HttpResponse<byte[]> put = client.send(request("/index.html").PUT(HttpRequest.BodyPublishers.ofString("x")).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(put.statusCode()).isEqualTo(405);
    assertThat(put.headers().firstValue("Allow")).hasValue("GET, HEAD");
  }

  @Test
  void everyRequestIsLoggedOnce() throws Exception {
    get("/latest/overview-zh-Hans.pdf");
    get("/nothing-here");
    assertThat(portal.logged(" 127.0.0.1 GET /latest/overview-zh-Hans.pdf 200 " + portal.pdf.length + " ")).isTrue();
    assertThat(portal.logged(" GET /nothing-here 404 ")).isTrue();
  }

  @Test
  void aMethodWithALineBreakOrEscapeCannotForgeALogLine() throws Exception {
    int port = server.address().getPort();
    // the server splits the request line at spaces only: a vertical tab stands in for them
    TestPortal.raw(port, "X\n2026-11-30T06:00:00Z\u000b10.0.0.1\u000bGET", "/forged");
    TestPortal.raw(port, "G\u001b[2JET", "/escaped");
    assertThat(portal.logged(" X?2026-11-30T06:00:0... /forged 405 ")).isTrue(); // and shortened
    assertThat(portal.logged(" G?[2JET /escaped 405 ")).isTrue();
    synchronized (portal.log) {
      assertThat(portal.log).noneMatch(line -> line.chars().anyMatch(c -> c < 0x20 || c == 0x7F));
    }
  }

  HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder builder = request(path);
    for (int i = 0; i < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    return client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.address().getPort() + path))
        .timeout(Duration.ofSeconds(20));
  }

  static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }
}

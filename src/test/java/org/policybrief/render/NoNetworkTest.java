package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policybrief.render.fonts.FontLibrary;
import org.policybrief.render.pdf.PdfWriter;

/** The renderer fetches nothing: images, style sheets and fonts named by URL are refused. */
class NoNetworkTest {

  private HttpServer server;
  private final AtomicInteger requests = new AtomicInteger();

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      requests.incrementAndGet();
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  @Test
  void referencesToAServerAreNeverFetched() {
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    String xhtml = """
        <html xmlns="http://www.w3.org/1999/xhtml"><head>
        <link rel="stylesheet" href="%1$s/style.css"/>
        <style>@import url("%1$s/import.css"); @font-face { font-family: X; src: url("%1$s/font.ttf"); }
        body { font-family: "Noto Sans SC"; background-image: url("%1$s/bg.png"); }</style>
        </head><body><p>链接 <a href="%1$s/link">link</a></p>
        <img src="%1$s/image.png" width="10" height="10"/>
        <object data="%1$s/object.svg" type="image/svg+xml"></object>
        <iframe src="%1$s/frame.html"></iframe></body></html>
        """.formatted(base);
    PdfWriter writer = new PdfWriter(new FontLibrary(null));
    byte[] pdf = writer.write(xhtml, EditionLanguage.of("zh-Hans", null).lineBreakLocale(),
        new PdfWriter.Info("t", "s", "k", "a", "zh-CN", LocalDate.of(2026, 11, 30)),
        new com.openhtmltopdf.render.DefaultObjectDrawerFactory()).pdf();

    assertThat(pdf).isNotEmpty();
    assertThat(requests.get()).isZero();
  }
}

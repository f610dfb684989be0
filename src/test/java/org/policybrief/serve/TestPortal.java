package org.policybrief.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.policybrief.data.DatasetSource;

/**
 * A small archive folder for the portal's tests, with what must stay unreachable around it: a
 * secret file beside the archive, symbolic links pointing out, hidden and staging folders.
 */
final class TestPortal {

  static final String SECRET = "SECRET-OUTSIDE-THE-ARCHIVE";

  final Path archive;
  final Path outside;
  final byte[] pdf;
  final List<String> log = java.util.Collections.synchronizedList(new ArrayList<>());

  TestPortal(Path temp) throws IOException {
    archive = Files.createDirectories(temp.resolve("archive"));
    outside = Files.writeString(temp.resolve("outside.txt"), SECRET);
    pdf = new byte[150_000];
    new Random(42).nextBytes(pdf);
    System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, pdf, 0, 9);
    Files.writeString(archive.resolve("index.html"),
        "<!DOCTYPE html><html><body><h1>archive</h1>" + "<p>briefing</p>".repeat(200) + "</body></html>");
    Files.writeString(archive.resolve("index.en.html"), "<!DOCTYPE html><html lang=\"en\"><body><h1>archive in English</h1></body></html>");
    Files.writeString(archive.resolve("feed.xml"), "<feed xmlns=\"http://www.w3.org/2005/Atom\"/>");
    Files.write(Files.createDirectories(archive.resolve("latest")).resolve("overview-zh-Hans.pdf"), pdf);
    Files.write(Files.createDirectories(archive.resolve("2026-11-23")).resolve("overview-zh-Hans.pdf"), pdf);
    Files.write(archive.resolve("latest/政策简报.pdf"), pdf);
    Files.writeString(Files.createDirectories(archive.resolve(".staging-1234")).resolve("x.pdf"), SECRET);
    Files.writeString(Files.createDirectories(archive.resolve(".snapshots/2026-11-23")).resolve("documents.csv"), SECRET);
    Files.writeString(archive.resolve(".lock"), SECRET);
    Files.createSymbolicLink(archive.resolve("link-out.txt"), outside);
    Files.createSymbolicLink(archive.resolve("dir-out"), temp);
    Files.createSymbolicLink(archive.resolve("link-hidden.pdf"), archive.resolve(".staging-1234/x.pdf"));
  }

  PortalServer.Config config(Path cache, int workers, int queue, Optional<Path> authFile) {
    return config(cache, workers, queue, authFile, false);
  }

  PortalServer.Config config(Path cache, int workers, int queue, Optional<Path> authFile, boolean protectArchive) {
    return new PortalServer.Config(archive, "127.0.0.1", 0, DatasetSource.sample(), cache, 50_000_000, workers,
        queue, authFile, protectArchive, log::add);
  }

  /** Waits briefly for a log line containing {@code part}: lines are written just after the answer. */
  boolean logged(String part) throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      synchronized (log) {
        if (log.stream().anyMatch(l -> l.contains(part))) {
          return true;
        }
      }
      Thread.sleep(20);
    }
    return false;
  }

  /** Sends a request exactly as written (no client normalises the path) and returns the answer. */
  static String raw(int port, String method, String target) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write((method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }
}

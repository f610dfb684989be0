package org.policybrief.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.policybrief.testing.PdfReader;

/** Test helpers that read an output folder back. */
public final class OutputTree {

  private OutputTree() {}

  /** Every file under {@code root} (hidden ones too) by relative path, with its SHA-256. */
  public static Map<String, String> hashes(Path root) throws IOException {
    Map<String, String> hashes = new TreeMap<>();
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        hashes.put(root.relativize(p).toString(), Hashes.sha256(Files.readAllBytes(p)));
      }
    }
    return hashes;
  }

  public static String text(Path pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      return PdfReader.text(document);
    }
  }

  public static int pages(Path pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      return document.getNumberOfPages();
    }
  }
}

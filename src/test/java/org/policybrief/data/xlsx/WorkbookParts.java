package org.policybrief.data.xlsx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Test helper: a copy of a workbook with the XML of one part edited, as a hostile file has it. */
public final class WorkbookParts {

  private WorkbookParts() {}

  public static Path edit(Path book, String part, UnaryOperator<String> edit, Path copy)
      throws IOException {
    try (ZipFile in = new ZipFile(book.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
      for (ZipEntry entry : Collections.list(in.entries())) {
        out.putNextEntry(new ZipEntry(entry.getName()));
        byte[] content = in.getInputStream(entry).readAllBytes();
        if (entry.getName().equals(part)) {
          content = edit.apply(new String(content, StandardCharsets.UTF_8))
              .getBytes(StandardCharsets.UTF_8);
        }
        out.write(content);
      }
    }
    return copy;
  }

  /** Whitespace before the root element: still well-formed, and a thousand times compressible. */
  public static String zipBomb(String xml) {
    return afterDeclaration(xml, " ".repeat(2_000_000));
  }

  /** A document type declaring external entities, as an XXE attack has it. */
  public static String externalEntity(String xml) {
    return afterDeclaration(xml, "<!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/hostname\">"
        + "<!ENTITY y SYSTEM \"http://127.0.0.1:9/\">]>");
  }

  private static String afterDeclaration(String xml, String text) {
    int root = xml.indexOf("?>") + 2;
    return xml.substring(0, root) + text + xml.substring(root);
  }
}

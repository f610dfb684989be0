package org.policybrief;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.policybrief.testing.PdfReader;

/** Small datasets written into a test's folder, and reading PDFs back. */
public final class TestData {

  private TestData() {}

  /** An English-only dataset: two countries, two categories; measure M3 has no title_en (only title_zh). */
  public static Path englishOnly(Path folder) throws IOException {
    write(folder, "documents.csv", "id,country,title_en,title_zh,issuer,date,type,url",
        "D1,GB,National AI Strategy,,Cabinet Office,2025-03-01,strategy,https://example.org/d1",
        "D2,FR,AI Roadmap,,Ministry,2025-06-01,strategy,");
    write(folder, "measures.csv", "id,document,category,title_en,title_zh,summary_en,date",
        "M1,D1,skills,Train teachers,,Train 1000 teachers a year.,2025-03-01",
        "M2,D1,compute,Build a supercomputer,,A new national machine.,2025-09-01",
        "M3,D2,skills,,培训教师,,2025-06-01");
    write(folder, "categories.csv", "id,name_en", "skills,Skills", "compute,Compute");
    return folder;
  }

  private static void write(Path folder, String name, String... lines) throws IOException {
    Files.writeString(folder.resolve(name), String.join("\n", List.of(lines)) + "\n", StandardCharsets.UTF_8);
  }

  public static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return PdfReader.text(document);
    }
  }

  public static boolean hasHan(String text) {
    return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
  }
}

package org.policybrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybrief.testing.Cli;
import org.policybrief.testing.Fixtures;
import org.policybrief.testing.PdfReader;

/** The sample briefing, read back as a reader would. */
class GenerateCommandTest {

  @TempDir static Path out;
  static Path pdf;

  @BeforeAll
  static void generateTheSample() {
    Cli.Result result = Cli.run("generate", "--out", out.toString(), "--date", "2026-11-30");
    assertThat(result.exitCode()).as(result.err()).isZero();
    pdf = Path.of(result.out().strip());
    assertThat(pdf).isEqualTo(out.resolve("briefing-2026-11-30-zh-Hans.pdf")).isRegularFile();
  }

  @Test
  void everyMeasureTitleIsInTheText() throws IOException {
    try (PDDocument document = PdfReader.open(pdf)) {
      String text = PdfReader.solid(PdfReader.text(document));
      for (CSVRecord measure : sample("measures.csv")) {
        assertThat(text).contains(PdfReader.solid(measure.get("title_zh")));
        assertThat(text).contains(measure.get("id"));
      }
    }
  }

  @Test
  void everyFontIsEmbeddedAndSubset() throws IOException {
    try (PDDocument document = PdfReader.open(pdf)) {
      List<PDFont> fonts = PdfReader.fonts(document);
      assertThat(fonts).isNotEmpty();
      for (PDFont font : fonts) {
        assertThat(font).isNotInstanceOf(PDType3Font.class);
        assertThat(font.isEmbedded()).as(font.getName()).isTrue();
        assertThat(font.getName()).as("subset tag").matches("[A-Z]{6}\\+.*");
      }
    }
  }

  @Test
  void bookmarksLinksPagesAndMetadata() throws IOException {
    try (PDDocument document = PdfReader.open(pdf)) {
      assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(6);
      List<String> bookmarks = PdfReader.bookmarks(document);
      for (CSVRecord country : sample("countries.csv")) {
        assertThat(bookmarks).anySatisfy(b -> assertThat(b).endsWith(country.get("name_zh")));
      }
      List<String> links = PdfReader.linkTargets(document);
      for (CSVRecord doc : sample("documents.csv")) {
        assertThat(links).contains(doc.get("url"));
      }
      PDDocumentInformation info = document.getDocumentInformation();
      assertThat(info.getTitle()).isNotBlank();
      assertThat(info.getSubject()).isNotBlank();
      assertThat(info.getKeywords()).isNotBlank();
      assertThat(info.getAuthor()).isNotBlank();
      assertThat(info.getCreationDate().get(java.util.Calendar.YEAR)).isEqualTo(2026);
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("zh-CN");
    }
  }

  @Test
  void theTextComesOutInReadingOrder() throws IOException {
    // openhtmltopdf draws an element's own text before the elements inside it: copied or indexed,
    // a document's line read "The White House ·  action-plan2025年7月23日 ·", and the method
    // "本简报由 依据结构化政策数据自动生成。…… policybrief"
    try (PDDocument document = PdfReader.open(pdf)) {
      String text = PdfReader.text(document);
      for (CSVRecord doc : sample("documents.csv")) {
        java.time.LocalDate date = java.time.LocalDate.parse(doc.get("date"));
        assertThat(text).contains(doc.get("issuer") + " · " + date.getYear() + "年" + date.getMonthValue()
            + "月" + date.getDayOfMonth() + "日 · " + doc.get("type"));
      }
      assertThat(text).contains("本简报由 policybrief 依据");
    }
  }

  @Test
  void footerCountsPagesAndTheTocHasPageNumbers() throws IOException {
    try (PDDocument document = PdfReader.open(pdf)) {
      int pages = document.getNumberOfPages();
      assertThat(PdfReader.text(document, 2, 2)).contains("第2页 / 共" + pages + "页").contains("目录");
      assertThat(PdfReader.text(document, 1, 1)).doesNotContain("第1页");
    }
  }

  @Test
  void theSameDateGivesTheSameBytes(@TempDir Path again) throws IOException {
    Cli.Result result = Cli.run("generate", "--out", again.toString(), "--date", "2026-11-30");
    assertThat(result.exitCode()).isZero();
    assertThat(Files.readAllBytes(Path.of(result.out().strip()))).isEqualTo(Files.readAllBytes(pdf));
  }

  @Test
  void theBriefingIsReadableByOthersLikeAnyFileTheUserWrites() throws IOException {
    var permissions = Files.getPosixFilePermissions(pdf);
    assertThat(permissions).contains(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
        java.nio.file.attribute.PosixFilePermission.OTHERS_READ);
  }

  @Test
  void noTemporaryFileIsLeftBehind() throws IOException {
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).toList())
          .containsExactly("briefing-2026-11-30-zh-Hans.pdf");
    }
  }

  static List<CSVRecord> sample(String file) throws IOException {
    try (Reader reader = Files.newBufferedReader(Fixtures.SAMPLE.resolve(file))) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
    }
  }
}

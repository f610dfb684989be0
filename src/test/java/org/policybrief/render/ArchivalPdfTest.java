package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybrief.data.CsvDatasetReader;
import org.policybrief.data.DatasetContent;
import org.policybrief.data.DatasetSource;
import org.policybrief.data.xlsx.XlsxDatasetReader;
import org.policybrief.diag.Diagnostics;
import org.policybrief.model.Dataset;
import org.policybrief.testing.Cli;
import org.policybrief.testing.Fixtures;
import org.policybrief.testing.PdfReader;
import org.policybrief.testing.VeraPdf;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Archival (PDF/A-3u, {@code --pdfa}) and accessible (PDF/UA-1, {@code --pdfua}) briefings, checked by
 * veraPDF rather than by our own reading of the file.
 */
class ArchivalPdfTest {

  @TempDir static Path temp;
  static Path archival;
  static Path plain;

  @BeforeAll
  static void generate() {
    Cli.Result a = Cli.run("generate", "--data", Fixtures.SAMPLE.toString(), "--date", "2026-11-30",
        "--pdfa", "--out", temp.resolve("a").toString());
    assertThat(a.exitCode()).as(a.err()).isZero();
    archival = Path.of(a.out().strip());
    Cli.Result p = Cli.run("generate", "--data", Fixtures.SAMPLE.toString(), "--date", "2026-11-30",
        "--lang", "en", "--pdfua", "--out", temp.resolve("p").toString());
    assertThat(p.exitCode()).as(p.err()).isZero();
    plain = Path.of(p.out().strip());
  }

  @Test
  void archivalBriefingIsPdfA3u() throws Exception {
    assertThat(VeraPdf.failures(archival, PDFAFlavour.PDFA_3_U)).isEmpty();
  }

  @Test
  void archivalBriefingIsAlsoPdfUa1() throws Exception {
    assertThat(VeraPdf.failures(archival, PDFAFlavour.PDFUA_1)).isEmpty();
  }

  @Test
  void anAccessibleBriefingIsPdfUa1() throws Exception {
    assertThat(VeraPdf.failures(plain, PDFAFlavour.PDFUA_1)).isEmpty();
  }

  /** Fallback fonts (emoji, Extension B, Arabic set right to left) are embedded as PDF/A wants. */
  @Test
  void archivalBriefingWithEmojiExtensionBAndArabicIsPdfA3u() throws Exception {
    Path data = Fixtures.copy(Fixtures.MINIMAL, temp.resolve("hostile-data"));
    Files.writeString(data.resolve("measures.csv"), Files.readString(data.resolve("measures.csv"))
        + "H1,D1,energy,火箭🚀与𠮷,,تعزيز التعاون الدولي (2025),,,\n", java.nio.charset.StandardCharsets.UTF_8);
    Cli.Result result = Cli.run("generate", "--data", data.toString(), "--date", "2026-11-30",
        "--pdfa", "--out", temp.resolve("hostile").toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err()).doesNotContain("glyph.missing");
    Path pdf = Path.of(result.out().strip());
    assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_3_U)).isEmpty();
    assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
  }

  @Test
  void archivalBriefingCarriesTheDatasetAsAWorkbook() throws Exception {
    byte[] workbook;
    try (PDDocument document = PdfReader.open(archival)) {
      Map<String, PDComplexFileSpecification> files = document.getDocumentCatalog().getNames()
          .getEmbeddedFiles().getNames();
      assertThat(files).containsOnlyKeys("briefing-2026-11-30-zh-Hans-dataset.xlsx");
      PDComplexFileSpecification spec = files.values().iterator().next();
      assertThat(spec.getCOSObject().getNameAsString(COSName.getPDFName("AFRelationship"))).isEqualTo("Data");
      workbook = spec.getEmbeddedFile().toByteArray();
    }
    Path copy = Files.write(temp.resolve("snapshot.xlsx"), workbook);
    Diagnostics diagnostics = new Diagnostics();
    Optional<Dataset> snapshot = new XlsxDatasetReader(copy).read(diagnostics);
    assertThat(snapshot).as(diagnostics.toString()).isPresent();
    assertThat(snapshot.get().measures()).isNotEmpty();
    assertThat(snapshot.get().documents()).isNotEmpty();
  }

  /**
   * QA5 export-long-cell: a text longer than a workbook cell holds (32,767 characters) had failed
   * the briefing (exit 70). The briefing is made and carries the data format's CSV files, whole.
   */
  @Test
  void aTextTooLongForAWorkbookIsCarriedWholeInTheCsvFiles() throws Exception {
    Path data = Fixtures.copy(Fixtures.MINIMAL, temp.resolve("long-data"));
    String text = "长".repeat(40_000);
    Fixtures.edit(data.resolve("measures.csv"), "推广电动汽车。", text);
    String[] args = {"generate", "--data", data.toString(), "--date", "2026-11-30", "--lang", "en",
        "--pdfa", "--out", temp.resolve("long").toString()};

    Cli.Result result = Cli.run(args);

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err()).contains(data.resolve("measures.csv") + ":3:46: warning[xlsx.cell-too-long]:"
        + " summary_zh is 40,000 characters long, more than the 32,767 an Excel cell holds: the"
        + " briefing carries the dataset as CSV files instead of a workbook");
    Path pdf = Path.of(result.out().strip());
    assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_3_U)).isEmpty();
    Path snapshot = Files.createDirectories(temp.resolve("long-snapshot"));
    try (PDDocument document = PdfReader.open(pdf)) {
      Map<String, PDComplexFileSpecification> files = document.getDocumentCatalog().getNames()
          .getEmbeddedFiles().getNames();
      assertThat(files).containsOnlyKeys("documents.csv", "measures.csv", "categories.csv", "countries.csv");
      for (var file : files.entrySet()) {
        assertThat(file.getValue().getCOSObject().getNameAsString(COSName.getPDFName("AFRelationship")))
            .isEqualTo("Data");
        assertThat(file.getValue().getEmbeddedFile().getSubtype()).isEqualTo("text/csv");
        Files.write(snapshot.resolve(file.getKey()), file.getValue().getEmbeddedFile().toByteArray());
      }
    }
    Diagnostics diagnostics = new Diagnostics();
    Optional<Dataset> back = new CsvDatasetReader(DatasetSource.folder(snapshot)).read(diagnostics);
    assertThat(back).as(diagnostics.sorted().toString()).isPresent();
    assertThat(back.get().measures()).extracting(m -> m.summary().zh()).contains(text);
    assertThat(DatasetContent.of(back.get())).isEqualTo(DatasetContent.of(
        new CsvDatasetReader(DatasetSource.folder(data)).read(new Diagnostics()).orElseThrow()));

    args[args.length - 1] = temp.resolve("long-again").toString();
    assertThat(Files.readAllBytes(Path.of(Cli.run(args).out().strip())))
        .as("same data, same bytes").isEqualTo(Files.readAllBytes(pdf));
  }

  @Test
  void theSameDataAndDateGiveTheSameArchivalBytes() throws Exception {
    Cli.Result again = Cli.run("generate", "--data", Fixtures.SAMPLE.toString(), "--date", "2026-11-30",
        "--pdfa", "--out", temp.resolve("again").toString());
    assertThat(Files.readAllBytes(Path.of(again.out().strip()))).isEqualTo(Files.readAllBytes(archival));
  }

  @Test
  void plainAccessibleAndArchivalFilesOfOneBriefingHaveDifferentIds() throws Exception {
    // all three had the id of the page markup they share, claiming to be one file
    List<String> ids = new ArrayList<>();
    for (String mode : List.of("", "--pdfua", "--pdfa")) {
      List<String> args = new ArrayList<>(List.of("generate", "--data", Fixtures.SAMPLE.toString(), "--date",
          "2026-11-30", "--out", temp.resolve("id" + mode).toString()));
      if (!mode.isEmpty()) {
        args.add(mode);
      }
      Cli.Result result = Cli.run(args.toArray(String[]::new));
      assertThat(result.exitCode()).as(result.err()).isZero();
      try (PDDocument document = Loader.loadPDF(Path.of(result.out().strip()).toFile())) {
        ids.add(HexFormat.of().formatHex(document.getDocument().getDocumentID().getString(0).getBytes()));
      }
    }
    assertThat(ids).doesNotHaveDuplicates();
  }

  /**
   * The output intent's profile is the JDK's sRGB file as shipped, on every JDK: JDK 17 handed out
   * a copy rewritten by LittleCMS (primary platform APPL, not MSFT), so {@code java -jar} on JDK 17
   * and the launcher on JDK 25 wrote different bytes for the same briefing.
   */
  @Test
  void theOutputIntentProfileIsTheJdksOwnSrgbFileOnEveryJdk() throws Exception {
    byte[] shipped = Files.readAllBytes(java.nio.file.FileSystems.getFileSystem(java.net.URI.create("jrt:/"))
        .getPath("/modules/java.desktop/sun/java2d/cmm/profiles/sRGB.pf"));
    try (PDDocument document = PdfReader.open(archival)) {
      List<PDOutputIntent> intents = document.getDocumentCatalog().getOutputIntents();
      assertThat(intents).hasSize(1);
      try (var in = intents.get(0).getDestOutputIntent().createInputStream()) {
        assertThat(in.readAllBytes()).isEqualTo(shipped);
      }
    }
  }

  @Test
  void figuresStateTheirDataAndTheWindowShowsTheTitle() throws Exception {
    try (PDDocument document = PdfReader.open(plain)) {
      assertThat(document.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
      List<String> alts = new ArrayList<>();
      figureAlts(document.getDocumentCatalog().getStructureTreeRoot().getKids(), alts);
      assertThat(alts).hasSize(4).allSatisfy(alt -> assertThat(alt).contains(". Data: ")
          .containsPattern("[A-Za-z ]+ \\d+"));
    }
  }

  private static void figureAlts(List<Object> kids, List<String> alts) {
    for (Object kid : kids) {
      if (kid instanceof PDStructureElement element) {
        if (element.getStructureType().equals("Figure")) {
          alts.add(element.getAlternateDescription());
        }
        figureAlts(element.getKids(), alts);
      }
    }
  }
}

package org.policybrief.data.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.policybrief.data.BrokenCases;
import org.policybrief.data.CsvDatasetReader;
import org.policybrief.data.DatasetContent;
import org.policybrief.data.DatasetSource;
import org.policybrief.diag.Diagnostic;
import org.policybrief.diag.Diagnostics;
import org.policybrief.model.Dataset;

class XlsxDatasetReaderTest {

  private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
      (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

  @TempDir Path temp;

  @Test
  void shippedSampleWorkbookHasTheSampleContent() throws IOException {
    Dataset csv = new CsvDatasetReader(DatasetSource.folder(BrokenCases.SAMPLE))
        .read(new Diagnostics()).orElseThrow();
    Diagnostics diagnostics = new Diagnostics();
    Optional<Dataset> xlsx = new XlsxDatasetReader(Path.of("data/sample.xlsx")).read(diagnostics);

    assertThat(diagnostics.sorted()).isEmpty();
    assertThat(DatasetContent.of(xlsx.orElseThrow())).isEqualTo(DatasetContent.of(csv));
  }

  @Test
  void exportedWorkbookReadsBackToTheSameDataset() throws IOException {
    Dataset csv = new CsvDatasetReader(DatasetSource.folder(BrokenCases.SAMPLE))
        .read(new Diagnostics()).orElseThrow();
    Path book = Files.write(temp.resolve("export.xlsx"), XlsxDatasetWriter.write(csv));

    Dataset back = new XlsxDatasetReader(book).read(new Diagnostics()).orElseThrow();

    assertThat(DatasetContent.of(back)).isEqualTo(DatasetContent.of(csv));
  }

  @Test
  void readsDateCellsTextDatesNumbersAndCachedFormulaValues() throws IOException {
    Path book = temp.resolve("typed.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      CellStyle dateStyle = wb.createCellStyle();
      dateStyle.setDataFormat(wb.createDataFormat().getFormat("m/d/yy"));
      XSSFSheet documents = wb.createSheet("documents");
      header(documents, "id", "country", "title_en", "date");
      XSSFRow d1 = documents.createRow(1);
      d1.createCell(0).setCellValue(2024);                  // a number as id
      d1.createCell(1).setCellValue("CN");
      d1.createCell(2).setCellValue("Plan");
      d1.createCell(3).setCellValue(LocalDate.of(2025, 7, 26));
      d1.getCell(3).setCellStyle(dateStyle);               // a real date cell, US format
      XSSFRow d2 = documents.createRow(2);
      d2.createCell(0).setCellValue("B");
      d2.createCell(1).setCellValue("US");
      d2.createCell(2).setCellFormula("\"Evaluated\"&\" title\"");
      d2.getCell(2).setCellValue("Cached title");          // cached result, never re-evaluated
      d2.createCell(3).setCellValue("2025-07-23");          // a date typed as text
      XSSFSheet measures = wb.createSheet("measures");
      header(measures, "id", "document", "category", "title_en");
      XSSFRow m = measures.createRow(1);
      m.createCell(0).setCellValue("m1");
      m.createCell(1).setCellValue("2024");                  // the number's id typed as text
      m.createCell(2).setCellValue(7);
      m.createCell(3).setCellValue("Measure");
      XSSFSheet categories = wb.createSheet("categories");
      header(categories, "id", "name_en");
      categories.createRow(1).createCell(0).setCellValue("7");
      categories.getRow(1).createCell(1).setCellValue("Seven");
      try (OutputStream out = Files.newOutputStream(book)) {
        wb.write(out);
      }
    }
    Diagnostics diagnostics = new Diagnostics();
    Dataset dataset = new XlsxDatasetReader(book).read(diagnostics).orElseThrow();

    assertThat(diagnostics.sorted()).isEmpty();
    assertThat(dataset.documents().get(0).id()).isEqualTo("2024");
    assertThat(dataset.documents().get(0).date()).isEqualTo(LocalDate.of(2025, 7, 26));
    assertThat(dataset.documents().get(1).date()).isEqualTo(LocalDate.of(2025, 7, 23));
    assertThat(dataset.documents().get(1).title().en()).isEqualTo("Cached title");
    assertThat(dataset.measures().get(0).documentId()).isEqualTo("2024");
    assertThat(dataset.measures().get(0).categoryId()).isEqualTo("7");
  }

  /**
   * QA7: a workbook in the 1904 date system (old Mac Excel, or the option ticked) stores each date
   * as a number 1,462 smaller; its dates read four years and a day early (2025-07-26 as 2021-07-25),
   * and validate said ok.
   */
  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void dateCellsCountFromTheWorkbooksDateSystem(boolean date1904) throws IOException {
    Path book = temp.resolve("dates.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.getCTWorkbook().getWorkbookPr().setDate1904(date1904);
      CellStyle dateStyle = wb.createCellStyle();
      dateStyle.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
      XSSFSheet documents = wb.createSheet("documents");
      header(documents, "id", "country", "title_en", "date");
      XSSFRow d = documents.createRow(1);
      d.createCell(0).setCellValue("D");
      d.createCell(1).setCellValue("CN");
      d.createCell(2).setCellValue("Plan");
      d.createCell(3).setCellValue(LocalDate.of(2025, 7, 26)); // POI stores it in the book's system
      d.getCell(3).setCellStyle(dateStyle);
      XSSFSheet measures = wb.createSheet("measures");
      header(measures, "id", "document", "category", "title_en", "date");
      XSSFRow m = measures.createRow(1);
      m.createCell(0).setCellValue("m1");
      m.createCell(1).setCellValue("D");
      m.createCell(2).setCellValue("c");
      m.createCell(3).setCellValue("Measure");
      m.createCell(4).setCellValue(LocalDate.of(2026, 1, 1));
      m.getCell(4).setCellStyle(dateStyle);
      XSSFSheet categories = wb.createSheet("categories");
      header(categories, "id", "name_en");
      categories.createRow(1).createCell(0).setCellValue("c");
      categories.getRow(1).createCell(1).setCellValue("Category");
      try (OutputStream out = Files.newOutputStream(book)) {
        wb.write(out);
      }
    }
    Diagnostics diagnostics = new Diagnostics();
    Dataset dataset = new XlsxDatasetReader(book).read(diagnostics).orElseThrow();

    assertThat(diagnostics.sorted()).isEmpty();
    assertThat(dataset.documents().get(0).date()).isEqualTo(LocalDate.of(2025, 7, 26));
    assertThat(dataset.measures().get(0).date()).isEqualTo(LocalDate.of(2026, 1, 1));
  }

  /** QA8 b4: 123456789012 had read as Excel shows it, "1.23457E+11", and two ids as one. */
  @Test
  void wholeNumbersReadAsAllTheirDigitsInEveryTextColumn() throws IOException {
    Path book = CsvToWorkbook.convert(BrokenCases.SAMPLE, temp.resolve("numbers.xlsx"));
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(book))) {
      XSSFSheet measures = wb.getSheet("measures");
      measures.getRow(1).getCell(0).setCellValue(123456789012d);
      measures.getRow(2).getCell(0).setCellValue(123456789013d);
      measures.getRow(3).getCell(0).setCellValue(123456789012345d);     // Excel keeps 15 digits
      measures.getRow(1).getCell(4).setCellValue(98765432109876d);       // a text column
      measures.getRow(2).getCell(4).setCellValue(0.25);                  // not whole: as shown
      CellStyle thousands = wb.createCellStyle();
      thousands.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
      measures.getRow(3).getCell(4).setCellValue(1234567);
      measures.getRow(3).getCell(4).setCellStyle(thousands);           // formatted: as shown
      try (OutputStream out = Files.newOutputStream(book)) {
        wb.write(out);
      }
    }
    Diagnostics diagnostics = new Diagnostics();
    Dataset dataset = new XlsxDatasetReader(book).read(diagnostics).orElseThrow();

    assertThat(diagnostics.sorted()).isEmpty();
    assertThat(dataset.measures().subList(0, 3)).extracting(m -> m.id())
        .containsExactly("123456789012", "123456789013", "123456789012345");
    assertThat(dataset.measures().subList(0, 3)).extracting(m -> m.title().en())
        .containsExactly("98765432109876", "0.25", "1,234,567");
  }

  @Test
  void locatesBadCellsBySheetRowAndColumnLetter() throws IOException {
    Path folder = BrokenCases.all().get(1).write(temp);   // unknown-category, measures line 2
    Path book = CsvToWorkbook.convert(folder, temp.resolve("book.xlsx"));
    Diagnostics diagnostics = new Diagnostics();

    assertThat(new XlsxDatasetReader(book).read(diagnostics)).isEmpty();

    assertThat(diagnostics.sorted()).extracting(Diagnostic::format).containsExactly(book
        + "[measures]:2:C: error[measure.unknown-category]: unknown category \"nope\":"
        + " no row of sheet categories has this id");
  }

  @Test
  void aFormulaWhoseCachedResultIsAnErrorIsReported() throws IOException {
    Path folder = BrokenCases.SAMPLE;
    Path book = CsvToWorkbook.convert(folder, temp.resolve("errors.xlsx"));
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(book))) {
      var title = wb.getSheet("documents").getRow(1).getCell(2);
      title.setCellFormula("VLOOKUP(\"x\",A1:B2,2,FALSE)");
      title.setCellErrorValue(FormulaError.NA);
      try (OutputStream out = Files.newOutputStream(book)) {
        wb.write(out);
      }
    }
    Diagnostics diagnostics = new Diagnostics();

    assertThat(new XlsxDatasetReader(book).read(diagnostics)).isEmpty();

    assertThat(diagnostics.sorted()).extracting(Diagnostic::format).containsExactly(book
        + "[documents]:2:C: error[xlsx.error-value]: the cell holds the Excel error #N/A"
        + " instead of a value: correct it in Excel");
  }

  @Test
  void missingSheetAndEmptySheetAreReported() throws IOException {
    Path book = temp.resolve("partial.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.createSheet("documents");
      wb.createSheet("notes");
      try (OutputStream out = Files.newOutputStream(book)) {
        wb.write(out);
      }
    }
    Diagnostics diagnostics = new Diagnostics();

    assertThat(new XlsxDatasetReader(book).read(diagnostics)).isEmpty();

    assertThat(diagnostics.sorted()).extracting(Diagnostic::code).containsExactlyInAnyOrder(
        "xlsx.missing-sheet", "xlsx.missing-sheet", "xlsx.empty", "xlsx.unknown-sheet");
  }

  @Test
  void passwordProtectedWorkbookIsAClearError() throws Exception {
    Path locked = encrypted(CsvToWorkbook.convert(BrokenCases.SAMPLE, temp.resolve("plain.xlsx")));
    Diagnostics diagnostics = new Diagnostics();

    assertThat(new XlsxDatasetReader(locked).read(diagnostics)).isEmpty();

    assertThat(diagnostics.sorted()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("xlsx.encrypted");
      assertThat(d.format()).startsWith(locked + ": error[xlsx.encrypted]: the workbook is"
          + " password-protected");
    });
  }

  @Test
  void truncatedWorkbookIsACorruptError() throws IOException {
    byte[] whole = Files.readAllBytes(Path.of("data/sample.xlsx"));
    Path cut = Files.write(temp.resolve("cut.xlsx"), Arrays.copyOf(whole, whole.length / 2));
    Diagnostics diagnostics = new Diagnostics();

    assertThat(new XlsxDatasetReader(cut).read(diagnostics)).isEmpty();

    assertThat(diagnostics.sorted()).extracting(Diagnostic::code).containsExactly("xlsx.corrupt");
  }

  @Test
  void aZipArchiveThatIsNoWorkbookIsSaidToBeOne() throws IOException {
    Path zip = temp.resolve("photos.xlsx");
    try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new java.util.zip.ZipEntry("photo.txt"));
      out.write("not a workbook".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      out.closeEntry();
    }
    Diagnostics diagnostics = new Diagnostics();

    assertThat(new XlsxDatasetReader(zip).read(diagnostics)).isEmpty();

    // "unreadable workbook (Package should contain a content type part [M1.13])"
    assertThat(diagnostics.sorted()).extracting(Diagnostic::format).containsExactly(zip
        + ": error[xlsx.corrupt]: not an Excel workbook: the file is a ZIP archive without a"
        + " workbook's parts (another kind of file named .xlsx?)");
  }

  @ParameterizedTest
  @ValueSource(ints = {512, 4008, 20_000})
  void aDamagedOfficeContainerIsACorruptErrorInTheUsersTerms(int length) throws IOException {
    byte[] bytes = new byte[length];
    System.arraycopy(OLE2_MAGIC, 0, bytes, 0, OLE2_MAGIC.length);
    Path fake = Files.write(temp.resolve("fake.xlsx"), bytes);
    Diagnostics diagnostics = new Diagnostics();

    assertThat(new XlsxDatasetReader(fake).read(diagnostics)).isEmpty();

    assertThat(diagnostics.sorted()).extracting(Diagnostic::format).containsExactly(fake
        + ": error[xlsx.corrupt]: not a readable Excel workbook (.xlsx): the file starts like an"
        + " Office document but its contents are damaged; save it again from Excel as .xlsx");
  }

  @Test
  void aCutPasswordProtectedWorkbookIsACorruptError() throws Exception {
    Path locked = encrypted(CsvToWorkbook.convert(BrokenCases.SAMPLE, temp.resolve("plain.xlsx")));
    for (int length : new int[] {600, 1500, 5000}) {
      Path cut = Files.write(temp.resolve("cut.xlsx"),
          Arrays.copyOf(Files.readAllBytes(locked), length));
      Diagnostics diagnostics = new Diagnostics();

      assertThat(new XlsxDatasetReader(cut).read(diagnostics)).isEmpty();

      assertThat(diagnostics.sorted()).extracting(Diagnostic::code).as("cut at %d", length)
          .containsExactly("xlsx.corrupt");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"xl/worksheets/sheet2.xml", "xl/sharedStrings.xml", "xl/workbook.xml",
      "xl/styles.xml", "[Content_Types].xml"})
  void aPartThatExpandsFarBeyondItsSizeIsRefusedAsHostile(String part) throws IOException {
    Path plain = CsvToWorkbook.convert(BrokenCases.SAMPLE, temp.resolve("plain.xlsx"));
    Path bomb = WorkbookParts.edit(plain, part, WorkbookParts::zipBomb, temp.resolve("bomb.xlsx"));
    Diagnostics diagnostics = new Diagnostics();

    assertThat(new XlsxDatasetReader(bomb).read(diagnostics)).isEmpty();

    assertThat(diagnostics.sorted()).extracting(Diagnostic::format).containsExactly(bomb
        + ": error[xlsx.zip-bomb]: the workbook expands to more than 100 times its size (or 4 GB)"
        + " when unpacked, which looks like a damaged or hostile file; if it came from Excel,"
        + " save it again from Excel as .xlsx");
  }

  /** QA7: in the styles part it was an input/output error (exit 74) in the XML parser's words. */
  @ParameterizedTest
  @ValueSource(strings = {"xl/worksheets/sheet3.xml", "xl/sharedStrings.xml", "xl/workbook.xml",
      "xl/styles.xml"})
  void aPartDeclaringExternalEntitiesIsRefused(String part) throws IOException {
    Path plain = CsvToWorkbook.convert(BrokenCases.SAMPLE, temp.resolve("plain.xlsx"));
    Path xxe = WorkbookParts.edit(plain, part, WorkbookParts::externalEntity,
        temp.resolve("xxe.xlsx"));
    Diagnostics diagnostics = new Diagnostics();

    assertThat(new XlsxDatasetReader(xxe).read(diagnostics)).isEmpty();

    assertThat(diagnostics.sorted()).extracting(Diagnostic::format).containsExactly(xxe
        + ": error[xlsx.corrupt]: the workbook's XML declares a document type (<!DOCTYPE …>), which"
        + " Excel never writes and which could make a reader open other files or network addresses;"
        + " it is refused. If it came from Excel, save it again from Excel as .xlsx");
  }

  /** QA7: a styles part that is not well-formed was an input/output error (exit 74). */
  @Test
  void aDamagedStylesPartIsACorruptWorkbook() throws IOException {
    Path plain = CsvToWorkbook.convert(BrokenCases.SAMPLE, temp.resolve("plain.xlsx"));
    Path cut = WorkbookParts.edit(plain, "xl/styles.xml",
        xml -> xml.substring(0, xml.lastIndexOf('<')), temp.resolve("cut.xlsx"));
    Diagnostics diagnostics = new Diagnostics();

    assertThat(new XlsxDatasetReader(cut).read(diagnostics)).isEmpty();

    assertThat(diagnostics.sorted()).extracting(Diagnostic::format).containsExactly(cut
        + ": error[xlsx.corrupt]: unreadable workbook (the styles part (xl/styles.xml) cannot be"
        + " read: XML document structures must start and end within the same entity.); open it in"
        + " Excel and save it again");
  }

  /**
   * QA7: a cell value Excel never writes stopped the run as an internal error (exit 70) from POI's
   * handler; the one of a missing shared text printed every text of the workbook.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "<c r=\"B3\" t=\"b\"><v></v></c>|type \"b\", value \"\"",
      "<c r=\"B3\" t=\"s\"><v>99999</v></c>|type \"s\", value \"99999\""})
  void aCellValueExcelNeverWritesIsALocatedCorruptError(String cell, String what)
      throws IOException {
    Path plain = CsvToWorkbook.convert(BrokenCases.SAMPLE, temp.resolve("plain.xlsx"));
    Path damaged = WorkbookParts.edit(plain, "xl/worksheets/sheet2.xml",
        xml -> xml.replaceFirst("<c r=\"B3\"[^>]*>.*?</c>", cell), temp.resolve("damaged.xlsx"));
    Diagnostics diagnostics = new Diagnostics();

    assertThat(new XlsxDatasetReader(damaged).read(diagnostics)).isEmpty();

    assertThat(diagnostics.sorted()).extracting(Diagnostic::format).containsExactly(damaged
        + "[measures]:3:B: error[xlsx.corrupt]: the cell's stored value cannot be read (" + what
        + "), so the workbook is damaged: open it in Excel and save it again");
  }

  /** The workbook as Excel stores it with a password: an encrypted OLE2 container. */
  private Path encrypted(Path plain) throws Exception {
    Path locked = temp.resolve("locked.xlsx");
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      encryptor.confirmPassword("secret");
      try (OutputStream data = encryptor.getDataStream(fs)) {
        Files.copy(plain, data);
      }
      try (OutputStream out = Files.newOutputStream(locked)) {
        fs.writeFilesystem(out);
      }
    }
    return locked;
  }

  private static void header(XSSFSheet sheet, String... names) {
    XSSFRow row = sheet.createRow(0);
    for (int i = 0; i < names.length; i++) {
      row.createCell(i).setCellValue(names[i]);
    }
  }
}

package org.policybrief.data.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policybrief.data.BrokenCases;
import org.policybrief.diag.Diagnostic;
import org.policybrief.diag.Diagnostics;
import org.policybrief.model.Dataset;
import org.policybrief.testing.Fixtures;
import org.policybrief.testing.Golden;

/**
 * Every case of golden/xlsx is the sample as a workbook ({@link CsvToWorkbook}) with the edits of
 * its {@code Edit} below, as Excel or a script leaves them; its expected.txt holds the diagnostics,
 * one per line, the workbook named {@code book.xlsx}. {@code -Dgolden.update=true} rewrites them.
 */
class XlsxDatasetReaderGoldenTest {

  private static final Path GOLDEN = Fixtures.RESOURCES.resolve("golden/xlsx");

  interface Edit {
    Path apply(Path book, Path temp) throws IOException;
  }

  private static final Map<String, Edit> CASES = new TreeMap<>(Map.of(
      // QA8 b3: openpyxl writes a formula without its value, as <f>…</f><v/> or <f>…</f> alone
      "formula-not-stored", (book, temp) -> {
        Path once = WorkbookParts.edit(book, "xl/worksheets/sheet1.xml", xml -> cell(xml, "D5",
            "<c r=\"D5\"><f>CONCATENATE(\"Formula\",\"Title\")</f><v/></c>"), temp.resolve("1.xlsx"));
        Path twice = WorkbookParts.edit(once, "xl/worksheets/sheet2.xml", xml -> cell(xml, "C3",
            "<c r=\"C3\"><f>categories!A2</f></c>"), temp.resolve("2.xlsx"));
        // a formula whose stored value is the empty text reads as empty, as it shows in Excel
        return WorkbookParts.edit(twice, "xl/worksheets/sheet1.xml", xml -> cell(xml, "E2",
            "<c r=\"E2\" t=\"str\"><f>\"\"</f><v></v></c>"), temp.resolve("3.xlsx"));
      },
      // QA7: a row or cell may leave out its reference (r is optional in the format, and some
      // writers leave it out); a cell without one was an internal error (exit 70)
      "cells-without-reference", (book, temp) -> WorkbookParts.edit(book,
          "xl/worksheets/sheet2.xml", xml -> cell(xml, "C2", "<c r=\"C2\" t=\"inlineStr\"><is>"
              + "<t>nope</t></is></c>").replaceAll("<c r=\"[A-Z]+[0-9]+\"", "<c")
              .replaceAll("<row r=\"[0-9]+\"", "<row"), temp.resolve("1.xlsx")),
      // QA8 b5: Excel keeps a merged range's first value and clears the other cells
      "merged-cells", (book, temp) -> merge(book, "measures", "C2:C4", "E7:E8", "F9:G9"),
      "merged-header", (book, temp) -> merge(book, "categories", "B1:C1"),
      // QA18: a cell right of the header was dropped without a word, where a CSV field past the
      // header is an error (a row of nothing else, a total beside the table, is no row, as a ragged
      // CSV row is none); a cell under an empty header cell stays the header's warning
      "outside-header", (book, temp) -> WorkbookParts.edit(book, "xl/worksheets/sheet2.xml",
          xml -> appendToRow(appendToRow(appendToRow(xml, 2, "<c r=\"Z2\" t=\"inlineStr\"><is>"
              + "<t>stray</t></is></c>"), 3, "<c r=\"J3\" t=\"inlineStr\"><is><t>"
              + "这是一段写在表头之外的很长的备注文字，它超过了四十个字符，所以在消息里只显示前四十个字符</t></is></c>"
              + "<c r=\"K3\"><v>7</v></c><c r=\"L3\" t=\"inlineStr\"><is><t> </t></is></c>"),
              4, "<c r=\"J4\" t=\"inlineStr\"><is><t>  </t></is></c>").replace("</sheetData>",
              "<row r=\"60\"><c r=\"K60\" t=\"inlineStr\"><is><t>total</t></is></c></row></sheetData>"),
          temp.resolve("1.xlsx")),
      // QA18: a sheet named in other letters was missing and unknown, without saying it was the same name
      "sheet-name-case", (book, temp) -> WorkbookParts.edit(book, "xl/workbook.xml", xml -> xml
          .replace("name=\"measures\"", "name=\"Measures\"")
          .replace("name=\"countries\"", "name=\"COUNTRIES\""), temp.resolve("1.xlsx")),
      // QA17: a control character (as Excel escapes it), a bidi override and a noncharacter in a
      // cell were read into the briefing, where a CSV file with them is refused
      "unprintable-characters", (book, temp) -> WorkbookParts.edit(book,
          "xl/worksheets/sheet2.xml", xml -> cell(xml, "D2", "<c r=\"D2\" t=\"inlineStr\"><is><t>"
              + "共同_x0007_把握\u202E人工智能_xFFFF_机遇</t></is></c>"), temp.resolve("1.xlsx"))));

  @TempDir Path temp;

  static Stream<String> cases() {
    return CASES.keySet().stream();
  }

  @Test
  void everyGoldenFolderHasItsCase() throws IOException {
    try (Stream<Path> dirs = Files.list(GOLDEN)) {
      assertThat(dirs.map(d -> d.getFileName().toString())).containsExactlyInAnyOrderElementsOf(
          CASES.keySet());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void diagnosticsMatchTheGoldenFile(String name) throws IOException {
    Path sample = CsvToWorkbook.convert(BrokenCases.SAMPLE, temp.resolve("sample.xlsx"));
    Path book = Files.move(CASES.get(name).apply(sample, temp), temp.resolve("book.xlsx"));
    Diagnostics diagnostics = new Diagnostics();

    Optional<Dataset> result = new XlsxDatasetReader(book).read(diagnostics);

    String actual = diagnostics.sorted().stream().map(Diagnostic::format)
        .map(line -> line.replace(temp + java.io.File.separator, ""))
        .collect(Collectors.joining("\n", "", "\n"));
    Golden.assertMatches(actual, GOLDEN.resolve(name).resolve("expected.txt"));
    assertThat(result.isPresent()).isEqualTo(!diagnostics.hasErrors());
  }

  private static String cell(String xml, String reference, String replacement) {
    String edited = xml.replaceFirst("<c r=\"" + reference + "\"[^>]*>.*?</c>", replacement);
    if (edited.equals(xml)) {
      throw new IllegalStateException("no cell " + reference);
    }
    return edited;
  }

  private static String appendToRow(String xml, int row, String cells) {
    String edited = xml.replaceFirst("(?s)(<row r=\"" + row + "\"[^>]*>.*?)(</row>)", "$1" + cells + "$2");
    if (edited.equals(xml)) {
      throw new IllegalStateException("no row " + row);
    }
    return edited;
  }

  private static Path merge(Path book, String sheetName, String... ranges) throws IOException {
    try (InputStream in = Files.newInputStream(book); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      XSSFSheet sheet = wb.getSheet(sheetName);
      for (String range : ranges) {
        CellRangeAddress cells = CellRangeAddress.valueOf(range);
        cells.forEach(address -> {
          boolean first = address.getRow() == cells.getFirstRow()
              && address.getColumn() == cells.getFirstColumn();
          var row = sheet.getRow(address.getRow());
          if (!first && row != null && row.getCell(address.getColumn()) != null) {
            row.removeCell(row.getCell(address.getColumn()));
          }
        });
        sheet.addMergedRegion(cells);
      }
      try (OutputStream out = Files.newOutputStream(book)) {
        wb.write(out);
      }
    }
    return book;
  }
}

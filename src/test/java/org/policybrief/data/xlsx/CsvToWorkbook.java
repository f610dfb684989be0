package org.policybrief.data.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Test helper: a CSV dataset folder as a workbook, every cell text, rows on the same lines. */
public final class CsvToWorkbook {

  private CsvToWorkbook() {}

  public static Path convert(Path folder, Path workbook) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      for (String table : List.of("documents", "measures", "categories", "countries")) {
        XSSFSheet sheet = book.createSheet(table);
        String text = Files.readString(folder.resolve(table + ".csv"), StandardCharsets.UTF_8);
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180)) {
          int r = 0;
          for (CSVRecord record : parser) {
            XSSFRow row = sheet.createRow(r++);
            for (int c = 0; c < record.size(); c++) {
              if (!record.get(c).isEmpty()) {
                row.createCell(c).setCellValue(excelEscaped(record.get(c)));
              }
            }
          }
        }
      }
      try (OutputStream out = Files.newOutputStream(workbook)) {
        book.write(out);
      }
    }
    return workbook;
  }

  /**
   * The text with each character XML cannot hold (a control character, U+FFFE, U+FFFF) written
   * {@code _xHHHH_}, as Excel stores it; POI would write it as "?".
   */
  private static String excelEscaped(String text) {
    StringBuilder escaped = new StringBuilder();
    text.codePoints().forEach(cp -> {
      boolean xmlCannot = (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r')
          || cp == 0xFFFE || cp == 0xFFFF;
      if (xmlCannot) {
        escaped.append(String.format(java.util.Locale.ROOT, "_x%04X_", cp));
      } else {
        escaped.appendCodePoint(cp);
      }
    });
    return escaped.toString();
  }
}

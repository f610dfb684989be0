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
                row.createCell(c).setCellValue(record.get(c));
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
}

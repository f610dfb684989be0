package org.policybrief.data.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybrief.data.BrokenCases;
import org.policybrief.data.CsvDatasetReader;
import org.policybrief.data.DatasetContent;
import org.policybrief.data.DatasetSource;
import org.policybrief.diag.Diagnostics;
import org.policybrief.model.Dataset;
import org.policybrief.testing.Fixtures;

class XlsxDatasetWriterTest {

  @TempDir Path temp;

  /**
   * QA7: a text holding {@code _xHHHH_}, which a workbook reads as one character, came back from
   * export changed ({@code _x0041_} as {@code A}); formula-looking texts stay texts.
   */
  @Test
  void textsThatLookLikeExcelEscapesOrFormulasReadBackAsWritten() throws IOException {
    Path folder = Fixtures.copy(BrokenCases.SAMPLE, temp.resolve("data"));
    String[] titles = {"Jointly seizing the opportunities of AI",
        "Promoting the innovative development of AI", "Empowering all industries with AI",
        "Accelerating digital infrastructure", "Promoting the supply of high-quality data",
        "Addressing energy and environmental issues", "Building consensus on standards and norms",
        "Conducting AI safety governance"};
    String[] odd = {"_x0041_", "a_x0041_x0042_b", "_x005F_", "_X00e9_ and _x12_", "=1+1",
        "@SUM(A1:A2)", "+cmd", "-2"};
    for (int i = 0; i < odd.length; i++) {
      Fixtures.edit(folder.resolve("measures.csv"), "," + titles[i] + ",", "," + odd[i] + ",");
    }
    Dataset data = new CsvDatasetReader(DatasetSource.folder(folder)).read(new Diagnostics())
        .orElseThrow();
    assertThat(data.measures()).extracting(m -> m.title().en()).contains(odd);
    Path book = Files.write(temp.resolve("export.xlsx"), XlsxDatasetWriter.write(data));

    Dataset back = new XlsxDatasetReader(book).read(new Diagnostics()).orElseThrow();

    assertThat(DatasetContent.of(back)).isEqualTo(DatasetContent.of(data));
    try (ZipFile zip = new ZipFile(book.toFile())) {
      String sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet2.xml"))
          .readAllBytes(), StandardCharsets.UTF_8);
      assertThat(sheet).contains(">=1+1<").doesNotContain("<f>");
    }
  }
}

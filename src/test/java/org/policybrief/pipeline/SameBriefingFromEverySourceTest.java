package org.policybrief.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybrief.data.BrokenCases;
import org.policybrief.data.CsvDatasetReader;
import org.policybrief.data.DatasetReader;
import org.policybrief.data.DatasetSource;
import org.policybrief.data.sql.DatabaseLoader;
import org.policybrief.data.sql.JdbcDatasetReader;
import org.policybrief.data.sql.TestDatabase;
import org.policybrief.data.xlsx.XlsxDatasetReader;
import org.policybrief.diag.Diagnostics;
import org.policybrief.model.BriefingSpec;

/** The sample as CSV, as the shipped workbook and loaded into PostgreSQL: the same PDF bytes. */
class SameBriefingFromEverySourceTest {

  private static final BriefingSpec SPEC =
      new BriefingSpec(LocalDate.of(2026, 11, 30), BriefingSpec.SIMPLIFIED_CHINESE, null);
  private static final BriefingPipeline PIPELINE = new BriefingPipeline();
  private static byte[] fromCsv;

  @BeforeAll
  static void renderCsv() throws Exception {
    fromCsv = render(new CsvDatasetReader(DatasetSource.folder(BrokenCases.SAMPLE)));
  }

  @Test
  void workbookGivesTheCsvBriefingByteForByte() throws Exception {
    assertThat(render(new XlsxDatasetReader(Path.of("data/sample.xlsx")))).isEqualTo(fromCsv);
  }

  @Test
  void databaseGivesTheCsvBriefingByteForByte() throws Exception {
    String url = TestDatabase.url();
    String schema = "same_briefing";
    var sample = new CsvDatasetReader(DatasetSource.folder(BrokenCases.SAMPLE))
        .read(new Diagnostics()).orElseThrow();
    TestDatabase.dropSchema(schema);
    new DatabaseLoader(url, Map.of(), schema).load(sample);

    assertThat(render(new JdbcDatasetReader(url, Map.of(), schema))).isEqualTo(fromCsv);
  }

  private static byte[] render(DatasetReader reader) throws Exception {
    Diagnostics diagnostics = new Diagnostics();
    byte[] pdf = PIPELINE.render(reader, SPEC, diagnostics).orElseThrow();
    assertThat(diagnostics.errors()).isEmpty();
    return pdf;
  }
}

package org.policybrief.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybrief.data.sql.DatabaseLoader;
import org.policybrief.data.sql.TestDatabase;
import org.policybrief.data.xlsx.XlsxDatasetWriter;
import org.policybrief.diag.Diagnostics;
import org.policybrief.model.Dataset;
import org.policybrief.model.Measure;

/**
 * A 20,000-measure dataset loads from a workbook and from a table in a JVM whose heap is capped
 * at {@link #HEAP}: the readers stream (POI's SAX event API, JDBC fetches in batches), so memory
 * grows with the dataset model, not with the workbook's XML or the whole result set.
 */
class LargeDatasetMemoryTest {

  static final int MEASURES = 20_000;
  static final String HEAP = "-Xmx64m";

  @TempDir static Path temp;
  static Dataset large;

  @BeforeAll
  static void buildLargeDataset() throws IOException {
    Dataset sample = new CsvDatasetReader(DatasetSource.folder(BrokenCases.SAMPLE))
        .read(new Diagnostics()).orElseThrow();
    List<Measure> measures = new ArrayList<>();
    for (int i = 0; i < MEASURES; i++) {
      Measure m = sample.measures().get(i % sample.measures().size());
      measures.add(new Measure(String.format("M%05d", i), m.documentId(), m.categoryId(),
          m.country(), m.title(), m.summary(), m.tags(), m.date(), m.at()));
    }
    large = new Dataset(sample.documents(), measures, sample.categories(),
        sample.countryNames(), "large");
  }

  @Test
  void largeWorkbookValidatesInACappedHeap() throws Exception {
    Path book = Files.write(temp.resolve("large.xlsx"), XlsxDatasetWriter.write(large));

    assertThat(validateInChildJvm("--data", book.toString()))
        .contains("ok: 6 documents, 20000 measures");
  }

  @Test
  void largeTableValidatesInACappedHeap() throws Exception {
    String url = TestDatabase.url();
    TestDatabase.dropSchema("large");
    new DatabaseLoader(url, Map.of(), "large").load(large);

    assertThat(validateInChildJvm("--data", url, "--db-schema", "large"))
        .contains("ok: 6 documents, 20000 measures");
  }

  /** Runs {@code policybrief validate} in a new JVM with the capped heap; its output. */
  private static String validateInChildJvm(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
        "-cp", System.getProperty("java.class.path"), "org.policybrief.cli.Main", "validate"));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(output).isZero();
    return output;
  }
}

package org.policybrief.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybrief.diag.Diagnostics;
import org.policybrief.model.Dataset;

class CsvDatasetWriterTest {

  @TempDir Path temp;

  @Test
  void theWrittenFilesReadBackToTheSameDatasetWithoutAWarning() throws Exception {
    Dataset sample = new CsvDatasetReader(DatasetSource.folder(BrokenCases.SAMPLE))
        .read(new Diagnostics()).orElseThrow();

    Map<String, byte[]> files = CsvDatasetWriter.write(sample);
    for (var file : files.entrySet()) {
      Files.write(temp.resolve(file.getKey()), file.getValue());
    }

    assertThat(files).containsOnlyKeys("documents.csv", "measures.csv", "categories.csv", "countries.csv");
    Diagnostics diagnostics = new Diagnostics();
    Dataset back = new CsvDatasetReader(DatasetSource.folder(temp)).read(diagnostics).orElseThrow();
    assertThat(diagnostics.sorted()).isEmpty();
    assertThat(DatasetContent.of(back)).isEqualTo(DatasetContent.of(sample));
    assertThat(CsvDatasetWriter.write(back).get("measures.csv")).isEqualTo(files.get("measures.csv"));
  }
}

package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.policybrief.analysis.Aggregates;
import org.policybrief.analysis.Analyzer;
import org.policybrief.data.CsvDatasetReader;
import org.policybrief.data.DatasetSource;
import org.policybrief.diag.Diagnostics;
import org.policybrief.model.BriefingSpec;
import org.policybrief.model.Dataset;

/** One renderer shared by several threads gives the same bytes as rendering one at a time. */
class ConcurrentRenderTest {

  private static final int BRIEFINGS = 6;

  @Test
  void parallelRendersAreByteIdenticalToSequentialOnes() throws Exception {
    Dataset dataset = new CsvDatasetReader(DatasetSource.folder(Path.of("src/test/resources/weekly/data"))).read(new Diagnostics()).orElseThrow();
    Aggregates aggregates = Analyzer.analyze(dataset);
    BriefingRenderer renderer = new BriefingRenderer();
    List<BriefingSpec> specs = new ArrayList<>();
    for (int i = 0; i < BRIEFINGS; i++) {
      specs.add(new BriefingSpec(LocalDate.of(2026, 11, 23 + i), "zh-Hans", "简报 " + i));
    }
    List<byte[]> sequential = new ArrayList<>();
    for (BriefingSpec spec : specs) {
      sequential.add(renderer.render(dataset, aggregates, spec).pdf());
    }

    ExecutorService pool = Executors.newFixedThreadPool(BRIEFINGS);
    try {
      List<Future<byte[]>> parallel = new ArrayList<>();
      for (BriefingSpec spec : specs) {
        parallel.add(pool.submit(() -> renderer.render(dataset, aggregates, spec).pdf()));
      }
      for (int i = 0; i < BRIEFINGS; i++) {
        assertThat(parallel.get(i).get()).as("briefing %d", i).isEqualTo(sequential.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}

package org.policybrief.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybrief.data.DatasetSource;
import org.policybrief.diag.Diagnostics;
import org.policybrief.model.Dataset;

/** The portal's reads of the current data: parsed again only when its files change. */
class OnDemandBriefingsTest {

  @TempDir Path data;

  @Test
  void unchangedFilesAreNotParsedAgainAndChangedOnesAre() throws Exception {
    for (String name : List.of("documents.csv", "measures.csv", "categories.csv", "countries.csv")) {
      Files.copy(Path.of("data/sample").resolve(name), data.resolve(name));
    }
    OnDemandBriefings briefings = new OnDemandBriefings();
    DatasetSource source = DatasetSource.folder(data);
    Dataset first = read(briefings, source);
    assertThat(read(briefings, source)).isSameAs(first);

    // views at the same time share one parse
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Dataset>> views = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        views.add(pool.submit((Callable<Dataset>) () -> read(briefings, source)));
      }
      for (Future<Dataset> view : views) {
        assertThat(view.get()).isSameAs(first);
      }
    } finally {
      pool.shutdown();
    }

    Path categories = data.resolve("categories.csv");
    String taxonomy = Files.readString(categories);
    Files.writeString(categories, taxonomy.replaceFirst("\n([^,\n]+),", "\n$1,renamed "));
    Dataset changed = read(briefings, source);
    assertThat(changed).isNotSameAs(first);
    assertThat(changed.categories().get(0).name().preferZh()).startsWith("renamed ");

    Files.writeString(categories, "id,name_zh\n"); // no category: the measures' references break
    Diagnostics broken = new Diagnostics();
    assertThat(briefings.read(source, broken)).isEmpty();
    assertThat(broken.errors()).isNotEmpty();

    Files.writeString(categories, taxonomy);
    assertThat(read(briefings, source).categories()).isEqualTo(first.categories());
  }

  private static Dataset read(OnDemandBriefings briefings, DatasetSource source) throws Exception {
    Diagnostics diagnostics = new Diagnostics();
    Dataset dataset = briefings.read(source, diagnostics).orElseThrow().dataset();
    assertThat(diagnostics.errors()).isEmpty();
    return dataset;
  }
}

package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybrief.TestData;
import org.policybrief.TestDatasets;
import org.policybrief.model.BriefingSpec;
import org.policybrief.model.Dataset;

/** The 英 tag after a category name in English (English-only data in a Chinese edition) stays beside the name. */
class FallbackTagTest {

  @TempDir Path folder;

  @Test
  void theTagOfACategoryNameIsNeverAloneOnALine() throws Exception {
    StringBuilder documents = new StringBuilder("id,country,title_en,date\n");
    StringBuilder measures = new StringBuilder("id,document,category,title_en\n");
    String[] countries = {"FR", "DE", "BR", "KE", "NZ"};
    for (String c : countries) {
      documents.append(c).append("-D,").append(c).append(",Strategy of ").append(c).append(",2025-03-01\n");
      measures.append(c).append("-M1,").append(c).append("-D,water,Measure one\n");
      measures.append(c).append("-M2,").append(c).append("-D,health,Measure two\n");
    }
    Files.writeString(folder.resolve("documents.csv"), documents);
    Files.writeString(folder.resolve("measures.csv"), measures);
    Files.writeString(folder.resolve("categories.csv"),
        "id,name_en\nwater,Water & sanitation\nhealth,Public health\nenergy,Energy transition\n");
    Dataset dataset = TestDatasets.read(folder);

    for (String lang : new String[] {"zh-Hans", "zh-Hant"}) {
      String text = TestData.text(new BriefingRenderer().render(dataset, TestDatasets.analyze(dataset),
          new BriefingSpec(LocalDate.of(2026, 11, 30), lang, "")).pdf());
      // the category × country table's column took "Water & sanitation" whole and put 英 below it
      assertThat(Arrays.stream(text.split("\n")).map(String::strip))
          .as(lang).isNotEmpty().noneMatch(line -> line.equals("英"));
    }
  }
}

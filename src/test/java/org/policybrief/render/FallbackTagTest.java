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

  @Test
  void theTagOfAChineseSummaryInTheEnglishEditionIsNeverAloneOnALine() throws Exception {
    // summaries of 60 to 99 characters end their last lines at every point of a line: where the
    // last line was full, ZH went alone onto the next line, its box against the tags line below
    StringBuilder measures = new StringBuilder("id,document,category,title_en,summary_zh\n");
    String han = "国际合作与能力建设完善治理框架和标准规范体系促进各国共同把握人工智能发展机遇";
    for (int length = 60; length < 100; length++) {
      String summary = (han + han + han).substring(0, length - 1) + "。";
      measures.append("M").append(length).append(",D1,water,Measure ").append(length).append(',').append(summary)
          .append('\n');
    }
    Files.writeString(folder.resolve("documents.csv"), "id,country,title_en,date\nD1,FR,Strategy,2025-03-01\n");
    Files.writeString(folder.resolve("measures.csv"), measures);
    Files.writeString(folder.resolve("categories.csv"), "id,name_en\nwater,Water\n");
    Dataset dataset = TestDatasets.read(folder);

    String text = TestData.text(new BriefingRenderer().render(dataset, TestDatasets.analyze(dataset),
        new BriefingSpec(LocalDate.of(2026, 11, 30), "en", "")).pdf());
    assertThat(text).contains("ZH");
    assertThat(Arrays.stream(text.split("\n")).map(String::strip)).noneMatch(line -> line.equals("ZH"));
  }
}

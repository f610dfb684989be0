package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybrief.TestData;
import org.policybrief.TestDatasets;
import org.policybrief.model.BriefingSpec;
import org.policybrief.model.Dataset;

/** A dataset of one measure in one country, as its English reader meets the briefing. */
class OneMeasureTest {

  @TempDir Path folder;

  @Test
  void aLoneCountryWithOneMeasureIsSaidInTheSingular() throws Exception {
    Files.writeString(folder.resolve("documents.csv"),
        "id,country,title_en,date\nD1,FR,Document one,2025-03-01\n");
    Files.writeString(folder.resolve("measures.csv"),
        "id,document,category,title_en\nM1,D1,a,Measure one\n");
    Files.writeString(folder.resolve("categories.csv"), "id,name_en\na,Governance\nb,Industry\n");
    Dataset dataset = TestDatasets.read(folder);

    String text = TestData.text(new BriefingRenderer().render(dataset, TestDatasets.analyze(dataset),
        new BriefingSpec(LocalDate.of(2026, 11, 30), "en", "")).pdf()).replaceAll("\\s+", " ");

    // the cover said "1 policy documents", "1 measures", "1 countries and bodies", and Figures
    // 1 and 3 "France: 1 measures" and "France had 1 measures"
    assertThat(text).contains("1 policy document 1 measure 1 country or body 2 policy categories")
        .contains("France: 1 measure;").contains("France had 1 measure")
        .doesNotContain("1 measures").doesNotContain("1 policy documents").doesNotContain("1 countries");
  }
}

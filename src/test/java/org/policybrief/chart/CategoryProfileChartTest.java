package org.policybrief.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybrief.TestDatasets;

class CategoryProfileChartTest {

  @TempDir Path dir;

  @Test
  void tiedLeadersShareInTheCaptionIsTheOneTheirSegmentsAreLabelledWith() throws Exception {
    // QA qa3 scripts: 4 of 17 measures in each of two categories is 23.5 %; largest remainder
    // labels both segments 23 % (equal counts, equal shares), where the caption said "24% each"
    int[] counts = {4, 4, 1, 2, 3, 3};
    StringBuilder categories = new StringBuilder("id,name_en\n");
    StringBuilder measures = new StringBuilder("id,document,category,title_en\n");
    for (int c = 0; c < counts.length; c++) {
      categories.append("c").append(c).append(",Category ").append(c).append('\n');
      for (int m = 0; m < counts[c]; m++) {
        measures.append("M").append(c).append('-').append(m).append(",D1,c").append(c).append(",M\n");
      }
    }
    Figure profile = new CategoryProfileChart().figure(input(categories, measures)).orElseThrow();

    assertThat(ShareBars.percents(Arrays.stream(counts).boxed().toList())).startsWith(23, 23);
    assertThat(profile.findings()).startsWith("IL", "2", "Category 0", "Category 1", "23", "two");
    assertThat(profile.texts().strings()).contains("23%").doesNotContain("24%");
  }

  @Test
  void measuresAllOfOneCategoryHaveNoProfile() throws Exception {
    // QA qa3 cat1-c40: forty bars of one colour, each 100 %, said nothing the caption did not
    StringBuilder measures = new StringBuilder("id,document,category,title_en\n");
    for (int m = 0; m < 3; m++) {
      measures.append("M").append(m).append(",D1,c0,M\n");
    }
    String categories = "id,name_en\nc0,Only\nc1,Unused\n";

    assertThat(new CategoryProfileChart().figure(input(categories, measures))).isEmpty();
  }

  private ChartInput input(CharSequence categories, CharSequence measures) throws Exception {
    Files.writeString(dir.resolve("categories.csv"), categories);
    Files.writeString(dir.resolve("measures.csv"), measures);
    Files.writeString(dir.resolve("documents.csv"), "id,country,title_en,date\nD1,IL,One,2025-03-01\n");
    var aggregates = TestDatasets.analyze(TestDatasets.read(dir));
    return new ChartInput(aggregates, c -> c.name().preferZh(), c -> Color.GRAY,
        Function.identity(), m -> m.toString(), "Other", "Other categories", names -> String.join(", ", names),
        new Font(Font.SANS_SERIF, Font.PLAIN, 1));
  }
}

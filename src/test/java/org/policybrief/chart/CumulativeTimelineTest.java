package org.policybrief.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybrief.TestDatasets;
import org.policybrief.analysis.Aggregates;

class CumulativeTimelineTest {

  private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 1);

  @TempDir Path dir;

  @Test
  void endLabelsTakeAtMostFortyPercentOfThePlotAndTellAlikeNamesApart() {
    // QA c_3_5_longnames: the top end label took 56 % of the plot
    Aggregates aggregates = TestDatasets.analyze(TestDatasets.read(TestDatasets.write(dir, 3, 3, 5, false)));
    List<String> codes = aggregates.countries().stream().map(c -> c.code()).toList();
    List<String> middles = List.of("Office", "Working Group", "Committee");
    ChartInput input = new ChartInput(aggregates, c -> c.name().preferZh(), c -> Color.GRAY,
        code -> "French Republic National Assembly and Senate Joint " + middles.get(codes.indexOf(code))
            + " on Artificial Intelligence",
        m -> m.toString(), "其他", "其他", names -> String.join(", ", names), FONT);

    Figure figure = new CumulativeTimeline().figure(input).orElseThrow();

    Font labelFont = ChartStyle.labelFont(input);
    List<String> labels = figure.abbreviations().stream().map(Figure.Abbreviation::label).toList();
    assertThat(labels).hasSize(3).doesNotHaveDuplicates();
    for (int i = 0; i < 3; i++) {
      assertThat(LabelFit.width(labels.get(i), labelFont)).isLessThanOrEqualTo(0.4 * ChartStyle.axisUnits());
      assertThat(labels.get(i)).contains(middles.get(i).split(" ")[0]);
    }
  }

  @Test
  void measuresAllOfOneMonthGiveNoTimeline() throws Exception {
    // QA one-cat: every measure in May 2024 drew one dot, "May 2024 to May 2024"
    Path folder = TestDatasets.write(dir, 2, 3, 1, false);
    assertThat(new CumulativeTimeline().figure(input(folder, null))).isEmpty();
    Files.writeString(folder.resolve("measures.csv"), Files.readString(folder.resolve("measures.csv"))
        .replaceFirst("2024-01-15\n", "2024-02-01\n"));
    assertThat(new CumulativeTimeline().figure(input(folder, null))).isPresent();
  }

  @Test
  void measuresAfterTheCutoffAreSaidToBeScheduled() {
    // QA dup-names-future: "By Dec 2030, … had" under a cover saying "data as of 30 November 2026"
    Path folder = TestDatasets.write(dir, 4, 3, 6, false); // January to May 2024
    List<String> findings = new CumulativeTimeline().figure(input(folder, LocalDate.of(2024, 3, 31)))
        .orElseThrow().findings();
    assertThat(findings.get(0)).isEqualTo("2024-05");
    assertThat(findings.get(8)).isEqualTo("2024-03");
    assertThat(new CumulativeTimeline().figure(input(folder, LocalDate.of(2024, 5, 31))).orElseThrow()
        .findings().get(8)).isEmpty();
    assertThat(new CumulativeTimeline().figure(input(folder, null)).orElseThrow().findings().get(8)).isEmpty();
  }

  private static ChartInput input(Path folder, LocalDate cutoff) {
    Aggregates aggregates = TestDatasets.analyze(TestDatasets.read(folder));
    return new ChartInput(aggregates, c -> c.name().preferZh(), c -> Color.GRAY, code -> code,
        m -> m.toString(), "其他", "其他", names -> String.join(", ", names), FONT, LabelFit.in(FONT),
        ChartInput.Fallbacks.NONE, cutoff);
  }
}

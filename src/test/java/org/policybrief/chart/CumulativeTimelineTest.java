package org.policybrief.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.nio.file.Path;
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
}

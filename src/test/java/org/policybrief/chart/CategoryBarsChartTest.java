package org.policybrief.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybrief.TestDatasets;
import org.policybrief.analysis.Aggregates;

class CategoryBarsChartTest {

  private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

  @TempDir Path dir;

  @Test
  void valuesAreSetOnlyWhenTheyFitTheirBars() {
    double axis = ChartStyle.axisUnits() * ChartStyle.PLOT_CONTENT;
    assertThat(ValueLabelledBars.fit("8", FONT, axis, 12, 2, 0.8)).isTrue();
    assertThat(ValueLabelledBars.fit("123", FONT, axis, 12, 7, 0.8)).isFalse();
  }

  @Test
  void valuesOfNeighbouringBarsStayASpaceApart() {
    double digit = LabelFit.width("3", FONT);
    // bars a little wider than a value: "3" and "3" of neighbouring bars touched, reading as 33
    assertThat(ValueLabelledBars.fit("3", FONT, 1.05 * digit * 9 * 7 / 0.8, 9, 7, 0.8)).isFalse();
    assertThat(ValueLabelledBars.fit("3", FONT, 2 * digit * 9 * 7 / 0.8, 9, 7, 0.8)).isTrue();
  }

  @Test
  void fewCountriesGetTheirCountsAtTheBarsEndsAndRoomAboveTheLongest() {
    Figure bars = figure(TestDatasets.write(dir, 2, 9, 3, false));
    assertThat(bars.chart()).isInstanceOf(ValueLabelledBars.class);
    CategoryChartCounts counts = CategoryChartCounts.of(bars);
    assertThat(bars.texts().strings()).containsAll(counts.labels());
    assertThat(((org.knowm.xchart.CategoryChart) bars.chart()).getStyler().getYAxisMax())
        .isGreaterThan(counts.max());
    // painting draws each count (the drawer later finds them as text)
    Graphics2D g = new BufferedImage(800, 400, BufferedImage.TYPE_INT_RGB).createGraphics();
    bars.chart().paint(g, 800, 400);
  }

  @Test
  void categoriesGoMostFirst() {
    Figure bars = figure(TestDatasets.write(dir, 2, 9, 3, false));
    List<Integer> totals = List.copyOf(((org.knowm.xchart.CategoryChart) bars.chart()).getSeriesMap().values()
        .stream().map(s -> s.getYData().stream().map(Number::intValue).toList())
        .reduce((x, y) -> java.util.stream.IntStream.range(0, x.size()).mapToObj(i -> x.get(i) + y.get(i)).toList())
        .orElseThrow());
    assertThat(totals).isSortedAccordingTo(java.util.Comparator.reverseOrder());
  }

  private Figure figure(Path data) {
    Aggregates aggregates = TestDatasets.analyze(TestDatasets.read(data));
    ChartInput input = new ChartInput(aggregates, c -> c.name().preferZh(), c -> Color.GRAY,
        Function.identity(), m -> m.toString(), "其他", "其他", names -> String.join(", ", names),
        new Font(Font.SANS_SERIF, Font.PLAIN, 1));
    return Charts.figures(input).stream().filter(f -> f.type().equals("category-bars")).findFirst().orElseThrow();
  }

  /** The counts a bar chart draws. */
  private record CategoryChartCounts(List<String> labels, int max) {
    static CategoryChartCounts of(Figure bars) {
      List<Integer> values = ((org.knowm.xchart.CategoryChart) bars.chart()).getSeriesMap().values().stream()
          .flatMap(s -> s.getYData().stream()).map(Number::intValue).toList();
      return new CategoryChartCounts(values.stream().map(String::valueOf).distinct().toList(),
          values.stream().mapToInt(Integer::intValue).max().orElse(0));
    }
  }
}

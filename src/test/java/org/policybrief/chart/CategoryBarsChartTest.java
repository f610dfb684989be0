package org.policybrief.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybrief.TestDatasets;
import org.policybrief.analysis.Aggregates;

class CategoryBarsChartTest {

  private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

  @TempDir Path dir;

  @Test
  void countsSitBesideBarsOnlyWhenADigitFits() {
    double digit = new java.awt.font.TextLayout("0", FONT, new java.awt.font.FontRenderContext(null, true, true))
        .getOutline(null).getBounds2D().getHeight();
    assertThat(HorizontalBars.valuesFit(digit + 2, FONT)).isTrue();
    assertThat(HorizontalBars.valuesFit(digit, FONT)).isFalse();
  }

  @Test
  void fewCountriesGetTheirCountsAtTheBarsEnds() {
    Figure bars = figure(TestDatasets.write(dir, 2, 9, 3, false));
    assertThat(bars.chart()).isInstanceOf(HorizontalBars.class);
    CategoryChartCounts counts = CategoryChartCounts.of(bars);
    assertThat(bars.texts().strings()).containsAll(counts.labels());
    // bars of the usual thickness: the chart is as high as they need, within the design guide's 95 mm
    assertThat(bars.heightMm()).isLessThan(95);
    paint(bars);
  }

  @Test
  void upToThreeCountriesAreNamedBesideTheirBarsAndMoreInALegend() {
    Figure three = figure(TestDatasets.write(dir.resolve("three"), 3, 4, 3, false));
    assertThat(three.legend()).isEmpty();
    List<String> names = ((org.knowm.xchart.CategoryChart) three.chart()).getSeriesMap().keySet().stream().toList();
    assertThat(three.texts().strings()).containsAll(names);
    paint(three);

    Figure four = figure(TestDatasets.write(dir.resolve("four"), 4, 4, 3, false));
    assertThat(four.legend()).hasSize(4);
  }

  @Test
  void oneCountryWhoseNameWouldSqueezeTheBarsGetsNoLegend() {
    String name = "United Kingdom of Great Britain and Northern Ireland and its Overseas Territories";
    Aggregates aggregates = TestDatasets.analyze(TestDatasets.read(TestDatasets.write(dir, 1, 4, 3, false)));
    ChartInput input = new ChartInput(aggregates, c -> c.name().preferZh(), c -> Color.GRAY,
        code -> name, m -> m.toString(), "其他", "其他", names -> String.join(", ", names),
        new Font(Font.SANS_SERIF, Font.PLAIN, 1));
    Figure bars = Charts.figures(input).stream().filter(f -> f.type().equals("category-bars")).findFirst().orElseThrow();
    // too long to follow the bars, and the caption names the one country: neither name nor legend
    assertThat(bars.texts().strings()).doesNotContain(name);
    assertThat(bars.legend()).isEmpty();
  }

  @Test
  void namesThatWouldSqueezeTheBarsGoToALegend() {
    List<List<Integer>> counts = List.of(List.of(9, 3), List.of(8, 2));
    List<String> labels = List.of("Health", "Data");
    ToDoubleFunction<String> width = text -> LabelFit.width(text, FONT);
    assertThat(HorizontalBars.namesFit(560, labels, counts, List.of("France", "Japan"), width, Long::toString)).isTrue();
    assertThat(HorizontalBars.namesFit(560, labels, counts,
        List.of("The United Kingdom of Great Britain and Northern Ireland", "Japan"), width, Long::toString)).isFalse();
  }

  @Test
  void manyBarsGetAValueAxisInsteadOfCounts() {
    Figure bars = figure(TestDatasets.write(dir, 12, 12, 5, false));
    assertThat(bars.heightMm()).isCloseTo(95, org.assertj.core.api.Assertions.within(0.1));
    // the value axis's ticks, 0 up to at least the longest bar
    assertThat(bars.texts().strings()).contains("0");
    paint(bars);
  }

  private static void paint(Figure bars) {
    Graphics2D g = new BufferedImage(800, 400, BufferedImage.TYPE_INT_RGB).createGraphics();
    bars.chart().paint(g, 800, 400);
    g.dispose();
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

package org.policybrief.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybrief.TestDatasets;
import org.policybrief.analysis.Aggregates;

/**
 * QA chart-legend-overflow: a category or country named by a 300-character URL or by 60 Han
 * characters ran off the page in the legends of Figures 1, 3 and 4, its swatch alone on the
 * line above. A legend entry now never takes more than a line of the chart's width.
 */
class LegendTest {

  static final String URL = "https://example.org/"
      + String.join("/", java.util.stream.IntStream.range(0, 9)
          .mapToObj(i -> "averyveryverylongpathsegment0" + i).toList())
      + "?q=" + "x".repeat(30);
  static final String HAN = "人工智能".repeat(15);
  /** The zh-Hans editions' face, in which a Han character is 1 em wide. */
  private static final Font FONT = font("fonts/NotoSansSC-Regular.ttf");
  /** The chart's width in points: the text block's. */
  private static final double CHART_PT = ChartStyle.WIDTH_MM * 72 / 25.4;
  private static final double SWATCH_PT = 7 + 3;

  @TempDir Path dir;

  private static Font font(String file) {
    try {
      return Font.createFont(Font.TRUETYPE_FONT, new java.io.File(file)).deriveFont(1f);
    } catch (java.awt.FontFormatException | java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Categories and countries named {@code URL}, {@code HAN} and a short name. */
  private ChartInput input(ToDoubleFunction<String> pageTextWidth) throws Exception {
    Files.writeString(dir.resolve("categories.csv"),
        "id,name_en,color\nc0," + URL + ",\nc1," + HAN + ",\nc2,Data,\n");
    Files.writeString(dir.resolve("documents.csv"), "id,country,title_en,date\n"
        + "D0,CN,A,2025-01-10\nD1,US,B,2025-02-10\nD2,FR,C,2025-02-10\n");
    Files.writeString(dir.resolve("measures.csv"), "id,document,category,title_en\n"
        + "M0,D0,c0,a\nM1,D0,c1,b\nM2,D0,c2,c\nM3,D1,c1,d\nM4,D1,c2,e\nM5,D1,c0,f\nM6,D2,c2,g\n");
    Aggregates aggregates = TestDatasets.analyze(TestDatasets.read(dir));
    Map<String, String> countries = Map.of("CN", HAN, "US", URL, "FR", "France");
    return new ChartInput(aggregates, c -> c.name().preferEn(), c -> Color.GRAY, countries::get,
        m -> m.toString(), "Other", "Other categories", names -> String.join(", ", names), FONT,
        pageTextWidth);
  }

  private static ToDoubleFunction<String> chartFont() {
    return text -> LabelFit.width(text, FONT);
  }

  private static Figure figure(List<Figure> figures, String type) {
    return figures.stream().filter(f -> f.type().equals(type)).findFirst().orElseThrow();
  }

  @Test
  void everyLegendEntryStaysInsideTheChartsWidthAndItsFullNameIsInTheNote() throws Exception {
    ChartInput input = input(chartFont());
    List<Figure> figures = Charts.figures(input);

    for (String type : List.of("category-bars", "category-profile")) {
      Figure f = figure(figures, type);
      assertThat(f.legend()).as(type).hasSize(3).allSatisfy(e -> assertThat(
          SWATCH_PT + Legend.SIZE_PT * input.pageTextWidth().applyAsDouble(e.name()))
          .as("%s: %s", type, e.name())
          .isLessThanOrEqualTo(CHART_PT));
      assertThat(f.legend()).extracting(Figure.LegendEntry::name)
          .doesNotContain(URL, HAN)
          .contains(type.equals("category-profile") ? "Data" : "France");
      for (Figure.LegendEntry e : f.legend()) {
        if (e.name().contains("…")) {
          assertThat(f.abbreviations()).as(type).contains(
              new Figure.Abbreviation(e.name(), e.name().startsWith("http") ? URL : HAN));
        }
      }
    }
  }

  @Test
  void threeLinesAreNamedWhereTheyEndNotInALegend() throws Exception {
    Figure timeline = figure(Charts.figures(input(chartFont())), "cumulative-timeline");
    assertThat(timeline.chart()).isInstanceOf(EndLabelledLines.class);
    assertThat(timeline.legend()).isEmpty();
    // the long names are shortened to 40 % of the plot, drawn as chart text, and given in the note
    assertThat(timeline.abbreviations()).extracting(Figure.Abbreviation::name).containsExactlyInAnyOrder(URL, HAN);
    for (Figure.Abbreviation a : timeline.abbreviations()) {
      assertThat(timeline.texts().strings()).contains(a.label());
      assertThat(LabelFit.width(a.label(), ChartStyle.labelFont(input(chartFont()))))
          .isLessThanOrEqualTo(0.4 * ChartStyle.axisUnits());
    }
    assertThat(timeline.texts().strings()).contains("France");
  }

  @Test
  void theLegendIsMeasuredAsThePageSetsIt() throws Exception {
    // A page face twice as wide as the chart's: a name that fits the line in the chart's
    // face does not fit it on the page.
    String name = "Measures on " + "M".repeat(30) + " and more";
    double inChart = Legend.SIZE_PT * LabelFit.width(name, FONT);
    assertThat(inChart).isLessThan(Legend.ROOM_PT).isGreaterThan(Legend.ROOM_PT / 2);

    Legend asChart = Legend.of(input(chartFont()), List.of(name), List.of(Color.GRAY));
    Legend asPage = Legend.of(input(text -> 2 * LabelFit.width(text, FONT)), List.of(name), List.of(Color.GRAY));

    assertThat(asChart.entries()).extracting(Figure.LegendEntry::name).containsExactly(name);
    assertThat(asChart.abbreviations()).isEmpty();
    String label = asPage.entries().get(0).name();
    assertThat(label).endsWith("…").startsWith("Measures on");
    assertThat(2 * Legend.SIZE_PT * LabelFit.width(label, FONT)).isLessThanOrEqualTo(Legend.ROOM_PT);
    assertThat(asPage.abbreviations()).containsExactly(new Figure.Abbreviation(label, name));
    assertThat(asPage.entries().get(0).color()).isEqualTo(Color.GRAY);
  }

  @Test
  void namesThatFitALineStayWholeAndAlikeLongNamesStayApart() throws Exception {
    ChartInput input = input(chartFont());
    List<String> names = List.of("Health", HAN + "一", HAN + "二", URL);
    Legend legend = Legend.of(input, names, List.of(Color.RED, Color.GREEN, Color.BLUE, Color.GRAY));

    List<String> labels = legend.entries().stream().map(Figure.LegendEntry::name).toList();
    assertThat(labels.get(0)).isEqualTo("Health");
    assertThat(labels).doesNotHaveDuplicates()
        .allSatisfy(l -> assertThat(Legend.SIZE_PT * LabelFit.width(l, FONT)).isLessThanOrEqualTo(Legend.ROOM_PT));
    assertThat(legend.entries()).extracting(Figure.LegendEntry::color)
        .containsExactly(Color.RED, Color.GREEN, Color.BLUE, Color.GRAY);
    assertThat(legend.abbreviations()).extracting(Figure.Abbreviation::name).containsExactly(names.subList(1, 4)
        .toArray(String[]::new));
  }
}

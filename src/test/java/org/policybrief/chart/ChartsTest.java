package org.policybrief.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.HeatMapChart;
import org.policybrief.TestDatasets;
import org.policybrief.analysis.Aggregates;
import org.policybrief.model.Category;
import org.policybrief.model.Dataset;

class ChartsTest {

  @TempDir Path dir;

  private static ChartInput input(Dataset dataset) {
    Aggregates aggregates = TestDatasets.analyze(dataset);
    Map<String, Color> colors = aggregates.categories().stream()
        .collect(Collectors.toMap(Category::id, c -> new Color(c.id().hashCode() & 0xFFFFFF)));
    return new ChartInput(aggregates, c -> c.name().preferZh(), c -> colors.get(c.id()),
        Function.identity(), m -> m.toString(), "其他", "其他", names -> String.join(", ", names),
        new Font(Font.SANS_SERIF, Font.PLAIN, 1));
  }

  private static Figure figure(List<Figure> figures, String type) {
    return figures.stream().filter(f -> f.type().equals(type)).findFirst().orElseThrow();
  }

  @Test
  void oneCountryGivesEveryChartWithoutOther() {
    List<Figure> figures = Charts.figures(input(TestDatasets.read(TestDatasets.write(dir, 1, 3, 2, false))));

    assertThat(figures).extracting(Figure::type)
        .containsExactly("category-bars", "category-heatmap", "cumulative-timeline", "category-profile");
    // the one country is named beside its first bar, not in a legend
    assertThat(figure(figures, "category-bars").legend()).isEmpty();
    assertThat(figures).allSatisfy(f -> assertThat(f.texts().strings()).doesNotContain("其他"));
    // a lone country leads no other: its captions say what it has, not that it has the most
    assertThat(figure(figures, "category-bars").findings().get(0)).isEqualTo("alone");
    assertThat(figure(figures, "cumulative-timeline").findings().get(1)).isEqualTo("alone");
    assertThat(figure(figures, "category-heatmap").findings().get(0)).startsWith("alone");
  }

  @Test
  void countriesOfOneNameGiveEveryChartAndEachItsOwnSeries() {
    // countries.csv may name two codes alike: XChart refused the second series of the same name,
    // and the briefing stopped with an internal error
    Dataset dataset = TestDatasets.read(TestDatasets.write(dir, 3, 3, 6, false));
    ChartInput named = input(dataset);
    ChartInput alike = new ChartInput(named.aggregates(), c -> c.name().preferZh(), named.categoryColor(),
        code -> "同名", m -> m.toString(), "其他", "其他", names -> String.join(", ", names),
        new Font(Font.SANS_SERIF, Font.PLAIN, 1));
    List<Figure> figures = Charts.figures(alike);

    assertThat(figures).extracting(Figure::type)
        .containsExactly("category-bars", "category-heatmap", "cumulative-timeline", "category-profile");
    assertThat(((CategoryChart) figure(figures, "category-bars").chart()).getSeriesMap()).hasSize(3);
    assertThat(((CategoryChart) figure(figures, "cumulative-timeline").chart()).getSeriesMap()).hasSize(3);
    for (Figure f : figures) {
      Graphics2D g = new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB).createGraphics();
      f.chart().paint(g, 600, 400);
      g.dispose();
    }
  }

  @Test
  void theProfilesLegendNamesOnlyCategoriesThatHaveMeasures() {
    // one country with 2 measures in a taxonomy of 12 categories
    Figure profile = figure(Charts.figures(input(TestDatasets.read(TestDatasets.write(dir, 1, 3, 12, false)))),
        "category-profile");
    assertThat(profile.legend()).hasSizeBetween(1, 2);
  }

  @Test
  void manyCountriesAreCappedAndTheRestSummedAsOther() {
    Dataset dataset = TestDatasets.read(TestDatasets.write(dir, 40, 12, 30, false));
    List<Figure> figures = Charts.figures(input(dataset));

    CategoryChart bars = (CategoryChart) figure(figures, "category-bars").chart();
    assertThat(bars.getSeriesMap()).hasSize(CategoryBarsChart.MAX_GROUPS).containsKey("其他");
    double total = bars.getSeriesMap().values().stream()
        .flatMap(s -> s.getYData().stream()).mapToDouble(Number::doubleValue).sum();
    assertThat(total).isEqualTo(dataset.measures().size());
    assertThat(figure(figures, "category-heatmap").texts().strings()).contains("其他");
    assertThat(figure(figures, "category-profile").texts().strings()).contains("其他");
  }

  @Test
  void heatMapCaptionNeverNamesTheSummedOtherColumn() {
    // 40 countries: the "other" column sums 29 of them and holds the largest cells.
    Figure heatMap = figure(Charts.figures(input(TestDatasets.read(TestDatasets.write(dir, 40, 12, 30, false)))),
        "category-heatmap");
    assertThat(heatMap.texts().strings()).contains("其他");
    assertThat(heatMap.findings()).doesNotContain("其他");
  }

  @Test
  void heatMapShadesSpanTheRealCellsNotTheSummedOnes() {
    // QA qa3 cat40-c2: an "other categories" row of 125 set the darkest shade, and the drawn
    // cells of 2 to 9 measures all took the palest two
    Dataset dataset = TestDatasets.read(TestDatasets.write(dir, 40, 14, 30, false));
    HeatMapChart chart = (HeatMapChart) figure(Charts.figures(input(dataset)), "category-heatmap").chart();

    List<Number[]> cells = List.copyOf(chart.getHeatMapSeries().getHeatData());
    int columns = chart.getHeatMapSeries().getXData().size();
    int rows = chart.getHeatMapSeries().getYData().size();
    // the last column sums the other countries; the first row (drawn at the bottom) the other categories
    double real = cells.stream().filter(c -> c[0].intValue() < columns - 1 && c[1].intValue() > 0)
        .mapToDouble(c -> c[2].doubleValue()).max().orElseThrow();
    double summed = cells.stream().filter(c -> c[0].intValue() == columns - 1 || c[1].intValue() == 0)
        .mapToDouble(c -> c[2].doubleValue()).max().orElseThrow();
    assertThat(rows).isEqualTo(CategoryGroups.MAX);
    assertThat(summed).isGreaterThan(real);
    assertThat(chart.getStyler().getMax()).isEqualTo(real);
  }

  @Test
  void heatMapCaptionCountsTiesAmongEveryCountryNotOnlyTheDrawnOnes() throws Exception {
    // 20 countries with one finance measure each: 20 pairs tie, though 11 columns are drawn
    StringBuilder documents = new StringBuilder("id,country,title_en,date\n");
    StringBuilder measures = new StringBuilder("id,document,category,title_en\n");
    List<String> codes = List.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR",
        "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT");
    for (String code : codes) {
      documents.append(code).append("-1,").append(code).append(",A,2024-03-01\n");
      measures.append(code).append("-1-01,").append(code).append("-1,finance,a\n");
    }
    Files.writeString(dir.resolve("categories.csv"), "id,name_en\nhealth,Health\nfinance,Finance\n");
    Files.writeString(dir.resolve("documents.csv"), documents);
    Files.writeString(dir.resolve("measures.csv"), measures);

    Figure heatMap = figure(Charts.figures(input(TestDatasets.read(dir))), "category-heatmap");
    assertThat(heatMap.findings()).startsWith("other", "20");
  }

  @Test
  void categoryHasItsOwnColourInTheProfileAndItsLegend() {
    ChartInput input = input(TestDatasets.sample());
    Figure profile = figure(Charts.figures(input), "category-profile");
    CategoryChart chart = (CategoryChart) profile.chart();
    List<Category> categories = input.aggregates().categories();

    List<Color> seriesColors = List.of(chart.getStyler().getSeriesColors()).subList(0, categories.size());
    assertThat(seriesColors).isEqualTo(categories.stream().map(input::categoryColor).toList());
    assertThat(profile.legend()).extracting(Figure.LegendEntry::color).isEqualTo(seriesColors);
    assertThat(profile.legend()).extracting(Figure.LegendEntry::name)
        .isEqualTo(categories.stream().map(input::categoryName).toList());
  }

  @Test
  void profileSharesAddUpToOneHundredPercent() {
    Figure profile = figure(Charts.figures(input(TestDatasets.sample())), "category-profile");
    CategoryChart chart = (CategoryChart) profile.chart();
    List<List<Number>> series = chart.getSeriesMap().values().stream()
        .map(s -> List.<Number>copyOf(s.getYData())).toList();
    for (int i = 0; i < series.get(0).size(); i++) {
      int column = i;
      double sum = series.stream().mapToDouble(s -> s.get(column).doubleValue()).sum();
      assertThat(sum).isCloseTo(100.0, org.assertj.core.data.Offset.offset(1e-9));
    }
  }

  @Test
  void zeroCountsAreWrittenInTheHeatMap() {
    Figure heatMap = figure(Charts.figures(input(TestDatasets.read(TestDatasets.write(dir, 2, 6, 1, false)))),
        "category-heatmap");
    assertThat(heatMap.texts().strings()).contains("0");
  }

  @Test
  void heatMapCellsAreWrittenAsTheEditionWritesCounts() throws Exception {
    // QA qa3 bigcounts: the Chinese editions' cells read 12000 and 10001 where Figure 1 and the
    // captions write 12,000 and 10,001 (commas from five digits, GB/T 15835)
    Files.writeString(dir.resolve("categories.csv"), "id,name_zh\ndata,数据\nsafety,安全\n");
    Files.writeString(dir.resolve("documents.csv"), "id,country,title_zh,date\nD1,CN,计划,2025-03-01\n");
    StringBuilder measures = new StringBuilder("id,document,category,title_zh\n");
    for (int m = 0; m < 12_000 + 9_999; m++) {
      measures.append('M').append(m).append(",D1,").append(m < 12_000 ? "data" : "safety").append(",措施\n");
    }
    Files.writeString(dir.resolve("measures.csv"), measures);
    Aggregates aggregates = TestDatasets.analyze(TestDatasets.read(dir));
    ChartInput input = new ChartInput(aggregates, c -> c.name().preferZh(), c -> Color.GRAY,
        Function.identity(), m -> m.toString(), "其他", "其他", names -> String.join(", ", names),
        new Font(Font.SANS_SERIF, Font.PLAIN, 1), LabelFit.in(new Font(Font.SANS_SERIF, Font.PLAIN, 1)),
        ChartInput.Fallbacks.NONE, null, n -> n >= 10_000 ? String.format(Locale.ROOT, "%,d", n) : Long.toString(n));

    Figure heatMap = new CategoryHeatMap().figure(input).orElseThrow();
    BufferedImage image = new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    heatMap.chart().paint(g, 600, 400);
    g.dispose();

    assertThat(heatMap.texts().strings()).contains("12,000", "9999").doesNotContain("12000");
    assertThat(((HeatMapChart) heatMap.chart()).getStyler().isShowValue()).isFalse();
  }

  @Test
  void longEnglishNamesGoOnTwoLinesBesideTheBarsAndWholeInTheLegend() {
    ChartInput input = input(TestDatasets.read(TestDatasets.write(dir, 3, 4, 2, true)));
    List<Figure> figures = Charts.figures(input);
    String full = input.categoryName(input.aggregates().categories().get(0));

    assertThat(figure(figures, "category-bars").texts().strings())
        .doesNotContain(full)
        .contains("International cooperation", "and capacity building part 0");
    assertThat(figure(figures, "category-bars").abbreviations()).isEmpty();
    assertThat(figure(figures, "category-profile").legend()).extracting(Figure.LegendEntry::name).contains(full);
  }

  @Test
  void namesLongerThanTwoLinesAreShortenedBesideTheBarsAndNoted() throws Exception {
    String full = "Measures for the international cooperation, capacity building and technology transfer "
        + "of the developing countries of the Global South";
    Files.writeString(dir.resolve("categories.csv"), "id,name_en\nlong,\"" + full + "\"\nshort,Data\n");
    Files.writeString(dir.resolve("documents.csv"), "id,country,title_en,date\nD1,EU,A,2024-03-01\n");
    Files.writeString(dir.resolve("measures.csv"), "id,document,category,title_en\nM1,D1,long,a\nM2,D1,short,b\n");
    ChartInput input = new ChartInput(TestDatasets.analyze(TestDatasets.read(dir)), c -> c.name().preferEn(),
        c -> Color.GRAY, code -> code, m -> m.toString(), "Other", "Other", names -> String.join(", ", names),
        new Font(Font.SANS_SERIF, Font.PLAIN, 1));

    Figure bars = figure(Charts.figures(input), "category-bars");
    assertThat(bars.abbreviations()).extracting(Figure.Abbreviation::name).containsExactly(full);
    assertThat(bars.texts().strings()).contains("Data", bars.abbreviations().get(0).label());
  }

  @Test
  void aCountryWithoutMeasuresGivesZeroSeriesThatStillPaint() throws Exception {
    Path folder = TestDatasets.write(dir, 2, 3, 2, false);
    Files.writeString(folder.resolve("documents.csv"), "DX,FR,无措施的文件,,2024-03-01\n",
        StandardOpenOption.APPEND);
    List<Figure> figures = Charts.figures(input(TestDatasets.read(folder)));

    assertThat(figures).hasSize(4);
    CategoryChart bars = (CategoryChart) figure(figures, "category-bars").chart();
    assertThat(bars.getSeriesMap().get("FR").getYData()).allMatch(n -> n.intValue() == 0);
    for (Figure f : figures) {
      BufferedImage image = new BufferedImage(600, 400,
          BufferedImage.TYPE_INT_RGB);
      Graphics2D g = image.createGraphics();
      f.chart().paint(g, 600, 400);
      g.dispose();
    }
  }

  @Test
  void aPlaceholderDateKeepsTheTimelineSmall() throws Exception {
    Path folder = TestDatasets.write(dir, 2, 2, 3, false);
    Files.writeString(folder.resolve("documents.csv"), "DX,FR,占位日期的文件,,9999-12-31\n", StandardOpenOption.APPEND);
    Files.writeString(folder.resolve("measures.csv"), "MX,DX,cat0,占位,9999-12-31\n", StandardOpenOption.APPEND);
    Figure timeline = figure(Charts.figures(input(TestDatasets.read(folder))), "cumulative-timeline");

    CategoryChart chart = (CategoryChart) timeline.chart();
    assertThat(chart.getSeriesMap().values().iterator().next().getXData()).hasSizeLessThanOrEqualTo(TimeSteps.MAX_POINTS);
    assertThat(timeline.findings()).containsSubsequence("9999-12", "2024-01").contains("years", "100");
    BufferedImage image = new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    chart.paint(g, 600, 400);
    g.dispose();
  }

  /** QA case06: DE has health and finance, BR finance, FR transport, JP a document only. */
  private Dataset tiedDataset() throws Exception {
    Files.writeString(dir.resolve("categories.csv"),
        "id,name_en,color\nhealth,Health,\ntransport,Transport,\nfinance,Finance & banking,\n");
    Files.writeString(dir.resolve("documents.csv"), "id,country,title_en,date\n"
        + "DE-1,DE,A,2024-03-01\nFR-1,FR,B,2024-05-10\nBR-1,BR,C,2023-12-01\nJP-1,JP,D,2024-01-01\n");
    Files.writeString(dir.resolve("measures.csv"), "id,document,category,title_en\n"
        + "DE-1-01,DE-1,health,a\nDE-1-02,DE-1,finance,b\nFR-1-01,FR-1,transport,c\nBR-1-01,BR-1,finance,d\n");
    return TestDatasets.read(dir);
  }

  @Test
  void tiedLeadersAreNamedTogetherInTheSameOrderInEveryFigure() throws Exception {
    List<Figure> figures = Charts.figures(input(tiedDataset()));

    assertThat(figure(figures, "category-bars").findings())
        .containsExactly("1", "DE", "", "2", "1", "Finance & banking", "", "2", "one", "", "one", "", "none", "0");
    assertThat(figure(figures, "category-heatmap").findings())
        .containsExactly("other", "4", "DE", "Health", "DE", "Finance & banking", "1", "none", "0");
    assertThat(figure(figures, "category-profile").findings())
        .containsExactly("DE", "2", "Health", "Finance & banking", "50", "two", "", "none", "0");
    assertThat(figure(figures, "cumulative-timeline").findings()).containsSequence("1", "DE", "", "2");
  }

  @Test
  void twoCountriesTiedInOneCategoryAreBothNamed() throws Exception {
    tiedDataset();
    Files.writeString(dir.resolve("measures.csv"), "id,document,category,title_en\n"
        + "DE-1-01,DE-1,finance,a\nDE-1-02,DE-1,finance,b\nBR-1-01,BR-1,finance,c\nBR-1-02,BR-1,finance,d\n"
        + "FR-1-01,FR-1,transport,e\n");
    List<Figure> figures = Charts.figures(input(TestDatasets.read(dir)));

    assertThat(figure(figures, "category-heatmap").findings())
        .containsExactly("countries", "2", "BR", "Finance & banking", "DE", "Finance & banking", "2",
            "none", "0");
    assertThat(figure(figures, "category-bars").findings()).startsWith("2", "BR", "DE", "2");
    assertThat(figure(figures, "cumulative-timeline").findings()).containsSequence("2", "BR", "DE", "2");
  }

  @Test
  void namesWithRoomAreNeitherShortenedNorInTheNote() throws Exception {
    // QA case21: two bodies in the heat map's columns; QA case06: three categories on the bars.
    Files.writeString(dir.resolve("categories.csv"), "id,name_en\nhealth,Health\ntransport,Transport\n"
        + "finance,Finance & banking\nexport,Export controls & technology protection\n");
    Files.writeString(dir.resolve("documents.csv"), "id,country,title_en,date\nD1,EU,A,2024-03-01\nD2,UN,B,2024-05-10\n");
    Files.writeString(dir.resolve("measures.csv"), "id,document,category,title_en\n"
        + "M1,D1,health,a\nM2,D1,finance,b\nM3,D2,transport,c\nM4,D2,export,d\n");
    Aggregates aggregates = TestDatasets.analyze(TestDatasets.read(dir));
    Map<String, String> countries = Map.of("EU", "European Union", "UN", "United Nations");
    ChartInput input = new ChartInput(aggregates, c -> c.name().preferEn(), c -> Color.GRAY,
        countries::get, m -> m.toString(), "Other", "Other", names -> String.join(", ", names),
        new Font(Font.SANS_SERIF, Font.PLAIN, 1));
    List<Figure> figures = Charts.figures(input);

    assertThat(figure(figures, "category-heatmap").abbreviations()).isEmpty();
    assertThat(figure(figures, "category-heatmap").texts().strings())
        .contains("European Union", "United Nations", "Export controls & technology protection");
    assertThat(figure(figures, "category-profile").abbreviations()).isEmpty();
    // Beside the bars, the one name longer than its room goes on two lines, whole.
    assertThat(figure(figures, "category-bars").texts().strings())
        .contains("Finance & banking", "Export controls &", "technology protection");
    assertThat(figure(figures, "category-bars").abbreviations()).isEmpty();
  }

  @Test
  void valueAxisEndsAtARoundNumberAboveTheLargestValue() {
    assertThat(ChartStyle.niceCeiling(0)).isEqualTo(1);
    assertThat(ChartStyle.niceCeiling(8)).isEqualTo(8);
    assertThat(ChartStyle.niceCeiling(27)).isEqualTo(30);
    assertThat(ChartStyle.niceCeiling(151)).isEqualTo(160);
  }

  @Test
  void labelsAreMeasuredInTheFontsThatDrawThem() throws Exception {
    // QA rtl, zh-Hans: Arabic names measured as Noto Sans SC's missing-glyph boxes were cut
    // ("مصر…") and set upright, where the en edition drew them whole and level.
    Font chinese = bundled("NotoSansSC-Regular.ttf");
    Font arabic = bundled("NotoSansArabic-Regular.ttf");
    Aggregates aggregates = TestDatasets.analyze(TestDatasets.read(TestDatasets.write(dir, 3, 3, 2, false)));
    List<String> codes = aggregates.countries().stream().map(c -> c.code()).toList();
    List<String> countries = List.of("مصر العربية", "沙特", "الإمارات العربية المتحدة 2030");
    List<String> categories = List.of("الذكاء الاصطناعي (AI) 2025", "数据治理", "حوكمة البيانات");
    ChartInput input = new ChartInput(aggregates, c -> categories.get(Integer.parseInt(c.id().substring(3))),
        c -> Color.GRAY, code -> countries.get(codes.indexOf(code)), m -> m.toString(), "其他", "其他类别",
        names -> String.join(", ", names), chinese, LabelFit.in(chinese.deriveFont(1f)),
        (codePoint, like) -> arabic.canDisplay(codePoint) ? arabic.deriveFont(like.getStyle(), like.getSize2D()) : null);

    for (Figure f : Charts.figures(input)) {
      // whole and level as in the en edition; the heat map's columns share what its rows leave,
      // and upright labels fit the room XChart lays them out in (missing-glyph boxes)
      assertThat(f.abbreviations()).as(f.type()).extracting(Figure.Abbreviation::name)
          .doesNotContain(categories.get(0), categories.get(2));
      if (!f.type().equals("category-heatmap")) {
        assertThat(f.abbreviations()).as(f.type()).extracting(Figure.Abbreviation::name).doesNotContain(countries.get(0));
        assertThat(f.texts().rotations()).as(f.type()).allMatch(r -> r == 0);
      }
    }
  }

  private static Font bundled(String file) throws Exception {
    try (var in = ChartsTest.class.getResourceAsStream("/fonts/" + file)) {
      return Font.createFont(Font.TRUETYPE_FONT, in);
    }
  }
}

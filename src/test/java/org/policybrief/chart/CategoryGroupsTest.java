package org.policybrief.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.CategoryChart;
import org.policybrief.TestDatasets;
import org.policybrief.analysis.Aggregates;
import org.policybrief.model.Category;
import org.policybrief.model.Dataset;

/** QA case13 (60 categories) and stress (20): charts draw at most 12 categories, the rest summed. */
class CategoryGroupsTest {

  private static final String OTHER_CATEGORIES = "其他类别";

  @TempDir Path dir;

  /** Colours as the briefing gives them: a palette by taxonomy position, repeating. */
  private static ChartInput input(Dataset dataset, List<Color> palette) {
    Aggregates aggregates = TestDatasets.analyze(dataset);
    List<Category> taxonomy = aggregates.categories();
    return new ChartInput(aggregates, c -> c.name().preferZh(),
        c -> palette.get(taxonomy.indexOf(c) % palette.size()), Function.identity(), m -> m.toString(),
        "其他", OTHER_CATEGORIES, names -> String.join("、", names), new Font(Font.SANS_SERIF, Font.PLAIN, 1));
  }

  private static List<Color> palette(int size) {
    return java.util.stream.IntStream.range(0, size).mapToObj(i -> new Color(0x100000 * (i + 1))).toList();
  }

  private static Figure figure(List<Figure> figures, String type) {
    return figures.stream().filter(f -> f.type().equals(type)).findFirst().orElseThrow();
  }

  @Test
  void manyCategoriesAreCappedAndTheRestSummedInPaleGrey() {
    Dataset dataset = TestDatasets.read(TestDatasets.write(dir, 40, 30, 30, false));
    List<Figure> figures = Charts.figures(input(dataset, palette(16)));

    CategoryChart bars = (CategoryChart) figure(figures, "category-bars").chart();
    bars.getSeriesMap().values().forEach(s -> assertThat(s.getXData()).hasSize(CategoryGroups.MAX));
    double total = bars.getSeriesMap().values().stream()
        .flatMap(s -> s.getYData().stream()).mapToDouble(Number::doubleValue).sum();
    assertThat(total).isEqualTo(dataset.measures().size());
    assertThat(figure(figures, "category-bars").texts().strings()).contains(OTHER_CATEGORIES);
    assertThat(figure(figures, "category-heatmap").texts().strings()).contains(OTHER_CATEGORIES);

    Figure profile = figure(figures, "category-profile");
    assertThat(profile.legend()).hasSize(CategoryGroups.MAX);
    assertThat(profile.legend().get(CategoryGroups.MAX - 1))
        .isEqualTo(new Figure.LegendEntry(OTHER_CATEGORIES, new Color(0xDDDDDD)));
    // The note says what the group holds: 30 - 11 categories.
    assertThat(profile.abbreviations()).filteredOn(a -> a.label().equals(OTHER_CATEGORIES))
        .singleElement().satisfies(a -> assertThat(a.name().split("、")).hasSize(30 - CategoryGroups.MAX + 1));
  }

  @Test
  void theCategoriesWithMostMeasuresAreDrawnInTaxonomyOrder() {
    Dataset dataset = TestDatasets.read(TestDatasets.write(dir, 40, 30, 30, false));
    ChartInput input = input(dataset, palette(16));
    Aggregates a = input.aggregates();
    List<CategoryGroups.Group> groups = CategoryGroups.of(input);

    List<Category> drawn = groups.stream().filter(g -> !g.other()).map(g -> g.members().get(0)).toList();
    List<Category> rest = groups.get(groups.size() - 1).members();
    int leastDrawn = drawn.stream().mapToInt(c -> a.categoryTotal(c.id())).min().orElseThrow();
    assertThat(rest).allSatisfy(c -> assertThat(a.categoryTotal(c.id())).isLessThanOrEqualTo(leastDrawn));
    assertThat(drawn).isSortedAccordingTo(java.util.Comparator.comparingInt(a.categories()::indexOf));
  }

  @Test
  void drawnCategoriesKeepTheirOwnColourAndNoTwoLookAlike() {
    // Four colours for 30 categories: only four can be told apart, the rest join "other".
    ChartInput input = input(TestDatasets.read(TestDatasets.write(dir, 40, 30, 30, false)), palette(4));
    Figure profile = figure(Charts.figures(input), "category-profile");

    List<Figure.LegendEntry> legend = profile.legend();
    assertThat(legend).extracting(Figure.LegendEntry::color).doesNotHaveDuplicates();
    for (Category c : input.aggregates().categories()) {
      legend.stream().filter(e -> e.name().equals(input.categoryName(c)))
          .forEach(e -> assertThat(e.color()).isEqualTo(input.categoryColor(c)));
    }
    assertThat(legend).hasSize(5);
  }

  @Test
  void twelveCategoriesAreAllDrawn() {
    // 12 countries: the first one's 13 measures fall in every category
    ChartInput input = input(TestDatasets.read(TestDatasets.write(dir, 12, CategoryGroups.MAX, 2, false)), palette(16));
    List<Figure> figures = Charts.figures(input);

    assertThat(figure(figures, "category-profile").legend()).extracting(Figure.LegendEntry::name)
        .isEqualTo(input.aggregates().categories().stream().map(input::categoryName).toList());
    assertThat(figures).allSatisfy(f -> assertThat(f.texts().strings()).doesNotContain(OTHER_CATEGORIES));
  }

  @Test
  void captionsNameOnlyRealCountriesAndCategories() {
    // 40 countries: the heat map's summed "other" column holds the largest cells.
    ChartInput input = input(TestDatasets.read(TestDatasets.write(dir, 40, 30, 30, false)), palette(16));
    List<Figure> figures = Charts.figures(input);

    assertThat(figures).allSatisfy(f ->
        assertThat(f.findings()).doesNotContain("其他", OTHER_CATEGORIES));
  }

  /** QA qa22 manycats: the caption said "13 categories share the largest count" beside 11 bars of 2. */
  @Test
  void captionsSayHowManyOfTheTiedLeadersAreSummedAsOtherCategories() throws Exception {
    ChartInput input = input(TestDatasets.read(TestDatasets.tiedLeaders(dir)), palette(16));
    List<Figure> figures = Charts.figures(input);
    assertThat(CategoryGroups.of(input)).filteredOn(g -> !g.other()).hasSize(CategoryGroups.MAX - 1);

    // 13 categories share the largest count; c11 and c12 are summed
    assertThat(figure(figures, "category-bars").findings()).containsSequence("13", "类别0", "类别1", "2")
        .endsWith("many", "", "some", "2");
    // 27 cells of 1 (13 of Germany, 14 of France); the row of other categories holds 5 of them
    assertThat(figure(figures, "category-heatmap").findings()).startsWith("other", "27").endsWith("some", "5");
    // France: all 14 categories have equal shares; 3 of them are summed
    assertThat(figure(figures, "category-profile").findings()).contains("allSame").endsWith("some", "3");
  }
}

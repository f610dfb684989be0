package org.policybrief.chart;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.style.CategoryStyler;
import org.policybrief.analysis.Aggregates;

/**
 * Measures per category (at most {@link CategoryGroups#MAX}, the rest summed), most first, one
 * bar per country (the six with most, the rest as "other"), each bar's count at its end when the counts
 * fit the bars ({@link ValueLabelledBars}).
 */
final class CategoryBarsChart implements ChartType {

  static final int MAX_GROUPS = 7;
  /** The bars' share of a category's step. */
  private static final double FILL = 0.8;
  /** The value axis reaches this much past the longest bar when values are set at the ends. */
  private static final double VALUE_ROOM = 1.1;

  @Override
  public String id() {
    return "category-bars";
  }

  @Override
  public Optional<Figure> figure(ChartInput input) {
    Aggregates a = input.aggregates();
    if (a.measureCount() == 0) {
      return Optional.empty();
    }
    ChartTexts texts = new ChartTexts();
    // sorted, most measures first (design guide §9), the summed rest last; ties in taxonomy order
    List<CategoryGroups.Group> categories = new ArrayList<>(CategoryGroups.of(input));
    categories.sort(Comparator.comparing(CategoryGroups.Group::other)
        .thenComparing(Comparator.comparingInt((CategoryGroups.Group c) -> c.total(a)).reversed()));
    List<String> names = categories.stream().map(CategoryGroups.Group::name).toList();
    Font font = ChartStyle.labelFont(input);
    LabelFit.Axis axis = LabelFit.along(names, ChartStyle.axisUnits() * ChartStyle.PLOT_CONTENT,
        ChartStyle.labelWidth(input), ChartStyle.labelRoom(input));
    List<String> labels = texts.addAll(axis.labels());
    int rotation = axis.rotation();
    double heightMm = rotation == 0 ? 75 : 90;

    List<CountryGroups.Group> groups = CountryGroups.of(input, MAX_GROUPS);
    int max = groups.stream().flatMapToInt(g -> categories.stream().mapToInt(c -> c.count(g))).max().orElse(0);
    boolean values = ValueLabelledBars.fit(Integer.toString(max), font,
        ChartStyle.axisUnits() * ChartStyle.PLOT_CONTENT, categories.size(), groups.size(), FILL);
    int width = ChartStyle.widthUnits();
    int height = ChartStyle.heightUnits(heightMm);
    CategoryChart chart = values ? new ValueLabelledBars(width, height, font) : new CategoryChart(width, height);
    CategoryStyler styler = chart.getStyler();
    ChartStyle.apply(styler, input, texts);
    // with values at the bars' ends, room above the longest for its value
    ChartStyle.countAxis(styler, texts, values ? (int) Math.ceil(max * VALUE_ROOM) : max);
    if (values) {
      groups.forEach(g -> categories.forEach(c -> texts.add(Integer.toString(c.count(g)))));
    }
    ChartStyle.categoryLabels(styler, input, texts, labels, rotation);
    styler.setAvailableSpaceFill(FILL);
    styler.setOverlapped(false);
    styler.setSeriesColors(groups.stream().map(CountryGroups.Group::color).toArray(Color[]::new));
    List<String> series = CountryGroups.seriesNames(groups);
    for (int i = 0; i < groups.size(); i++) {
      CountryGroups.Group g = groups.get(i);
      chart.addSeries(series.get(i), labels, categories.stream().map(c -> c.count(g)).toList());
    }

    Leaders countries = Leaders.of(a.countries(), c -> c.measures().size(), c -> input.countryName().apply(c.code()));
    // The leading category is a real one, among all of them, never the summed rest.
    Leaders leading = Leaders.of(a.categories(), c -> a.categoryTotal(c.id()), input::categoryName);
    List<String> findings = new ArrayList<>(countries.findings());
    findings.addAll(leading.findings());
    findings.addAll(countries.tie());
    findings.addAll(leading.tie());
    findings.addAll(CategoryGroups.leadersInOther(categories,
        Leaders.top(a.categories(), c -> a.categoryTotal(c.id()))));
    Legend legend = Legend.of(input, groups.stream().map(CountryGroups.Group::name).toList(),
        groups.stream().map(CountryGroups.Group::color).toList());
    List<Figure.Abbreviation> notes = new ArrayList<>(LabelFit.abbreviations(names, labels));
    notes.addAll(legend.abbreviations());
    notes.addAll(CategoryGroups.note(input, categories));
    return Optional.of(new Figure(id(), chart, texts, legend.entries(), findings, notes, heightMm));
  }
}

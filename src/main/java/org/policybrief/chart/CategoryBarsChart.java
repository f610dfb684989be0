package org.policybrief.chart;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.style.CategoryStyler;
import org.policybrief.analysis.Aggregates;

/**
 * Measures per category (at most {@link CategoryGroups#MAX}, the rest summed), one bar per
 * country (the six with most, the rest as "other").
 */
final class CategoryBarsChart implements ChartType {

  static final int MAX_GROUPS = 7;

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
    List<CategoryGroups.Group> categories = CategoryGroups.of(input);
    List<String> names = categories.stream().map(CategoryGroups.Group::name).toList();
    Font font = ChartStyle.labelFont(input);
    LabelFit.Axis axis = LabelFit.along(names, ChartStyle.axisUnits() * ChartStyle.PLOT_CONTENT, font);
    List<String> labels = texts.addAll(axis.labels());
    int rotation = axis.rotation();
    double heightMm = rotation == 0 ? 75 : 90;

    CategoryChart chart = new CategoryChart(ChartStyle.widthUnits(), ChartStyle.heightUnits(heightMm));
    CategoryStyler styler = chart.getStyler();
    ChartStyle.apply(styler, input, texts);
    List<CountryGroups.Group> groups = CountryGroups.of(input, MAX_GROUPS);
    ChartStyle.countAxis(styler, texts, groups.stream()
        .flatMapToInt(g -> categories.stream().mapToInt(c -> c.count(g))).max().orElse(0));
    ChartStyle.categoryLabels(styler, texts, labels, rotation);
    styler.setAvailableSpaceFill(0.8);
    styler.setOverlapped(false);
    styler.setSeriesColors(groups.stream().map(CountryGroups.Group::color).toArray(Color[]::new));
    for (CountryGroups.Group g : groups) {
      chart.addSeries(g.name(), labels, categories.stream().map(c -> c.count(g)).toList());
    }

    List<String> findings = new ArrayList<>(Leaders.of(a.countries(), c -> c.measures().size(),
        c -> input.countryName().apply(c.code())).findings());
    // The leading category is a real one, among all of them, never the summed rest.
    findings.addAll(Leaders.of(a.categories(), c -> a.categoryTotal(c.id()), input::categoryName).findings());
    Legend legend = Legend.of(input, groups.stream().map(CountryGroups.Group::name).toList(),
        groups.stream().map(CountryGroups.Group::color).toList());
    List<Figure.Abbreviation> notes = new ArrayList<>(LabelFit.abbreviations(names, labels));
    notes.addAll(legend.abbreviations());
    notes.addAll(CategoryGroups.note(input, categories));
    return Optional.of(new Figure(id(), chart, texts, legend.entries(), findings, notes, heightMm));
  }
}

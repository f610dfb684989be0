package org.policybrief.chart;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.style.CategoryStyler;
import org.policybrief.analysis.Aggregates;
import org.policybrief.model.Category;

/** Measures per category, one bar per country (the six with most, the rest as "other"). */
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
    List<Category> categories = a.categories();
    List<String> names = categories.stream().map(input::categoryName).toList();
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
        .flatMapToInt(g -> categories.stream().mapToInt(g::count)).max().orElse(0));
    ChartStyle.categoryLabels(styler, texts, labels, rotation);
    styler.setAvailableSpaceFill(0.8);
    styler.setOverlapped(false);
    styler.setSeriesColors(groups.stream().map(CountryGroups.Group::color).toArray(Color[]::new));
    for (CountryGroups.Group g : groups) {
      chart.addSeries(g.name(), labels, categories.stream().map(g::count).toList());
    }

    List<String> findings = new ArrayList<>(Leaders.of(a.countries(), c -> c.measures().size(),
        c -> input.countryName().apply(c.code())).findings());
    findings.addAll(Leaders.of(categories, c -> a.categoryTotal(c.id()), input::categoryName).findings());
    return Optional.of(new Figure(id(), chart, texts,
        groups.stream().map(g -> new Figure.LegendEntry(g.name(), g.color())).toList(),
        findings,
        LabelFit.abbreviations(names, labels), heightMm));
  }
}

package org.policybrief.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries.CategorySeriesRenderStyle;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.policybrief.model.Measure;

/**
 * Measures taken so far, month by month, one line per country. A measure counts from its own
 * date, which is its document's date when the data gives none.
 */
final class CumulativeTimeline implements ChartType {

  static final int MAX_GROUPS = 7;
  private static final int MAX_MONTH_LABELS = 8;
  private static final int MAX_MONTHS_WITH_MARKERS = 24;

  @Override
  public String id() {
    return "cumulative-timeline";
  }

  @Override
  public Optional<Figure> figure(ChartInput input) {
    List<Measure> all = input.aggregates().countries().stream().flatMap(c -> c.measures().stream()).toList();
    if (all.isEmpty()) {
      return Optional.empty();
    }
    YearMonth first = all.stream().map(m -> YearMonth.from(m.date())).min(Comparator.naturalOrder()).orElseThrow();
    YearMonth last = all.stream().map(m -> YearMonth.from(m.date())).max(Comparator.naturalOrder()).orElseThrow();
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      months.add(m);
    }
    ChartTexts texts = new ChartTexts();
    List<String> labels = texts.addAll(months.stream().map(input.monthName()).toList());
    double heightMm = 75;

    CategoryChart chart = new CategoryChart(ChartStyle.widthUnits(), ChartStyle.heightUnits(heightMm));
    CategoryStyler styler = chart.getStyler();
    ChartStyle.apply(styler, input, texts);
    styler.setDefaultSeriesRenderStyle(CategorySeriesRenderStyle.Line);
    styler.setOverlapped(true);
    styler.setXAxisMaxLabelCount(MAX_MONTH_LABELS);
    styler.setMarkerSize(5);

    List<CountryGroups.Group> groups = CountryGroups.of(input, MAX_GROUPS);
    ChartStyle.countAxis(styler, texts, groups.stream().mapToInt(CountryGroups.Group::total).max().orElse(0));
    styler.setSeriesColors(groups.stream().map(CountryGroups.Group::color).toArray(Color[]::new));
    Marker marker = months.size() <= MAX_MONTHS_WITH_MARKERS ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE;
    styler.setSeriesMarkers(groups.stream().map(g -> marker).toArray(Marker[]::new));
    styler.setSeriesLines(groups.stream().map(g -> new BasicStroke(1.5f)).toArray(BasicStroke[]::new));
    for (CountryGroups.Group g : groups) {
      chart.addSeries(g.name(), labels, cumulative(g.measures(), first, months.size()));
    }
    CountryGroups.Group top = groups.get(0);
    return Optional.of(new Figure(id(), chart, texts,
        groups.stream().map(g -> new Figure.LegendEntry(g.name(), g.color())).toList(),
        List.of(input.monthName().apply(last), top.name(), Integer.toString(top.total()),
            input.monthName().apply(first)),
        List.of(), heightMm));
  }

  private static List<Integer> cumulative(List<Measure> measures, YearMonth first, int months) {
    int[] perMonth = new int[months];
    for (Measure m : measures) {
      perMonth[(int) first.until(YearMonth.from(m.date()), ChronoUnit.MONTHS)]++;
    }
    List<Integer> running = new ArrayList<>();
    int sum = 0;
    for (int n : perMonth) {
      sum += n;
      running.add(sum);
    }
    return running;
  }
}

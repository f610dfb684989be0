package org.policybrief.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.time.YearMonth;
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
 * Measures taken so far, period by period (see {@link TimeSteps}), one line per country. A
 * measure counts from its own date, which is its document's date when the data gives none. Up to
 * three lines are named where they end ({@link EndLabelledLines}), more in a legend. Measures all
 * of one month give no figure: a point per country, one above the other, is no timeline, and
 * Figure 1 already compares those counts. Measures dated after the data's cut-off (scheduled to
 * take effect later) are drawn where they fall, and the texts say so.
 */
final class CumulativeTimeline implements ChartType {

  static final int MAX_GROUPS = 7;
  private static final int MAX_POINTS_WITH_MARKERS = 24;
  /** The points' share of the axis: the rest, at both ends, holds half of an end label. */
  private static final double PLOT_CONTENT = 0.9;
  /** The widest a line's name may be where it ends, as a share of the plot's width: never more. */
  private static final double END_LABEL_ROOM = 0.4;

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
    if (first.equals(last)) {
      return Optional.empty();
    }
    TimeSteps steps = TimeSteps.of(first, last);
    ChartTexts texts = new ChartTexts();
    TimeTicks ticks = TimeTicks.of(steps, input.monthName(), ChartStyle.labelFont(input),
        ChartStyle.axisUnits() * PLOT_CONTENT);
    texts.addAll(ticks.shown());
    double heightMm = 75;

    List<CountryGroups.Group> groups = CountryGroups.of(input, MAX_GROUPS);
    List<String> names = groups.stream().map(CountryGroups.Group::name).toList();
    boolean endLabels = groups.size() <= EndLabelledLines.MAX_SERIES;
    Font font = ChartStyle.labelFont(input);
    List<String> labels = endLabels
        ? texts.addAll(LabelFit.fitStrictly(names, END_LABEL_ROOM * ChartStyle.axisUnits(),
            ChartStyle.labelRoom(input)))
        : List.of();
    int width = ChartStyle.widthUnits();
    int height = ChartStyle.heightUnits(heightMm);
    CategoryChart chart = endLabels ? new EndLabelledLines(width, height, labels, font)
        : new CategoryChart(width, height);
    CategoryStyler styler = chart.getStyler();
    ChartStyle.apply(styler, input, texts);
    styler.setDefaultSeriesRenderStyle(CategorySeriesRenderStyle.Line);
    styler.setOverlapped(true);
    // Every point a category and a tick; XChart's own label thinning would misplace them.
    styler.setXAxisMaxLabelCount(0);
    styler.setPlotContentSize(PLOT_CONTENT);
    ChartStyle.categoryLabels(styler, input, texts, ticks.shown(), 0);
    styler.setMarkerSize(5);

    ChartStyle.countAxis(styler, texts, groups.stream().mapToInt(CountryGroups.Group::total).max().orElse(0),
        input.count());
    styler.setSeriesColors(groups.stream().map(CountryGroups.Group::color).toArray(Color[]::new));
    Marker marker = steps.count() <= MAX_POINTS_WITH_MARKERS ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE;
    styler.setSeriesMarkers(groups.stream().map(g -> marker).toArray(Marker[]::new));
    styler.setSeriesLines(groups.stream().map(g -> new BasicStroke(1.5f)).toArray(BasicStroke[]::new));
    List<String> series = CountryGroups.seriesNames(groups);
    for (int i = 0; i < groups.size(); i++) {
      chart.addSeries(series.get(i), ticks.labels(), cumulative(groups.get(i).measures(), steps));
    }
    Leaders leaders = Leaders.of(input.aggregates().countries(), c -> c.measures().size(),
        c -> input.countryName().apply(c.code()));
    List<String> findings = new ArrayList<>(List.of(input.monthName().apply(last)));
    findings.addAll(leaders.findings(input.count()));
    findings.addAll(List.of(input.monthName().apply(first), unit(steps), Long.toString(steps.yearsPerPoint())));
    YearMonth cutoff = input.cutoff() == null ? last : YearMonth.from(input.cutoff());
    findings.add(last.isAfter(cutoff) ? input.monthName().apply(cutoff) : "");
    findings.addAll(leaders.tie());
    Legend legend = endLabels ? new Legend(List.of(), LabelFit.abbreviations(names, labels))
        : Legend.of(input, names, groups.stream().map(CountryGroups.Group::color).toList());
    return Optional.of(new Figure(id(), chart, texts, legend.entries(), findings, legend.abbreviations(),
        heightMm));
  }

  /** The subtitle's name of the period a point counts: "month", "year" or "years" (several). */
  static String unit(TimeSteps steps) {
    return steps.monthly() ? "month" : steps.yearsPerPoint() == 1 ? "year" : "years";
  }

  /** Each point: the measures dated up to the end of its period. */
  private static List<Integer> cumulative(List<Measure> measures, TimeSteps steps) {
    int[] perPoint = new int[steps.count()];
    for (Measure m : measures) {
      perPoint[steps.index(YearMonth.from(m.date()))]++;
    }
    List<Integer> running = new ArrayList<>();
    int sum = 0;
    for (int n : perPoint) {
      sum += n;
      running.add(sum);
    }
    return running;
  }
}

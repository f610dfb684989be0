package org.policybrief.chart;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.knowm.xchart.style.CategoryStyler;
import org.policybrief.analysis.Aggregates;

/**
 * Measures per category (at most {@link CategoryGroups#MAX}, the rest summed), most first from
 * the top, one horizontal bar per country (the six with most, the rest as "other"), each bar's
 * count at its end when a digit fits beside the bars ({@link HorizontalBars}).
 */
final class CategoryBarsChart implements ChartType {

  static final int MAX_GROUPS = 7;
  private static final int NAMED_SERIES = 3;
  /** The category names may take this share of the width before they are shortened. */
  private static final double LABEL_ROOM = 0.3;
  /**
   * Design guide §9: charts 60–95 mm high. Fewer bars keep their thickness in a lower chart, as
   * high as they need: a bar chart of two bars 60 mm high has bars 23 mm thick.
   */
  private static final double MAX_HEIGHT_MM = 95;

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
    List<CountryGroups.Group> groups = CountryGroups.of(input, MAX_GROUPS);
    // by country, then category
    List<List<Integer>> counts = groups.stream().map(g -> categories.stream().map(c -> c.count(g)).toList()).toList();
    int max = counts.stream().flatMap(List::stream).mapToInt(Integer::intValue).max().orElse(0);
    int bars = categories.size() * groups.size();
    // Bars of one thickness from chart to chart; in a chart too tall for that, thinner bars, each
    // with its count while a digit fits beside it, else a value axis.
    double maxHeight = ChartStyle.heightUnits(MAX_HEIGHT_MM);
    double bar = Math.min(HorizontalBars.BAR,
        (maxHeight - HorizontalBars.frameHeight(font, false)) * HorizontalBars.FILL / bars);
    boolean values = HorizontalBars.valuesFit(bar, font);
    boolean twoLines = bar * groups.size() / HorizontalBars.FILL >= 2 * HorizontalBars.linePitch(font);
    Labels labels = Labels.of(names, input, twoLines);
    labels.lines().forEach(texts::addAll);
    List<Integer> ticks = values ? List.of() : ChartStyle.countTicks(max);
    double height = values
        ? HorizontalBars.plotHeight(bars, bar) + HorizontalBars.frameHeight(font, false)
        : maxHeight;
    double heightMm = height / ChartStyle.UNITS_PER_MM;
    if (values) {
      counts.stream().flatMap(List::stream).forEach(n -> texts.add(input.count().apply(n)));
    }
    ticks.forEach(t -> texts.add(input.count().apply(t)));
    List<String> countryNames = groups.stream().map(CountryGroups.Group::name).toList();
    List<Color> colors = groups.stream().map(CountryGroups.Group::color).toList();
    // direct labels, not a legend, for up to three series (design guide §9), when they leave the bars room
    List<String> named = values && groups.size() <= NAMED_SERIES
        && HorizontalBars.namesFit(ChartStyle.widthUnits(), labels.joined(), counts, countryNames,
            ChartStyle.labelWidth(input), input.count()) ? countryNames : List.of();
    texts.addAll(named);
    HorizontalBars chart = new HorizontalBars(ChartStyle.widthUnits(), ChartStyle.heightUnits(heightMm), font,
        ChartStyle.labelWidth(input), ticks, named, input.count());
    CategoryStyler styler = chart.getStyler();
    ChartStyle.apply(styler, input, texts);
    styler.setSeriesColors(colors.toArray(Color[]::new));
    List<String> series = CountryGroups.seriesNames(groups);
    for (int i = 0; i < groups.size(); i++) {
      chart.addSeries(series.get(i), labels.joined(), counts.get(i));
    }

    Leaders countries = Leaders.of(a.countries(), c -> c.measures().size(), c -> input.countryName().apply(c.code()));
    // The leading category is a real one, among all of them, never the summed rest.
    Leaders leading = Leaders.of(a.categories(), c -> a.categoryTotal(c.id()), input::categoryName);
    List<String> findings = new ArrayList<>(countries.findings(input.count()));
    findings.addAll(leading.findings(input.count()));
    findings.addAll(countries.tie());
    findings.addAll(leading.tie());
    findings.addAll(CategoryGroups.leadersInOther(categories,
        Leaders.top(a.categories(), c -> a.categoryTotal(c.id())), input.count()));
    // One country needs no legend: the caption names it ("China: 9 measures").
    Legend legend = named.isEmpty() && groups.size() > 1
        ? Legend.of(input, countryNames, colors)
        : Legend.of(input, List.of(), List.of());
    List<Figure.Abbreviation> notes = new ArrayList<>(LabelFit.abbreviations(names, labels.shortened()));
    notes.addAll(legend.abbreviations());
    notes.addAll(CategoryGroups.note(input, categories));
    return Optional.of(new Figure(id(), chart, texts, legend.entries(), findings, notes, heightMm));
  }

  /**
   * The category names beside the bars, each on one line or, when it is too long for its room and
   * the bars leave room for two ({@code twoLines}), whole on two; else shortened on one.
   * {@code shortened}: the name or the one-line label that stands for it, for the note.
   */
  private record Labels(List<List<String>> lines, List<String> shortened) {

    static Labels of(List<String> names, ChartInput input, boolean twoLines) {
      double room = LABEL_ROOM * ChartStyle.widthUnits();
      // Measured as drawn: the bars set their labels themselves, so XChart never lays out the
      // missing-glyph boxes of characters the font lacks (ChartStyle.labelRoom), which are wider
      // than the glyphs drawn for them (a Han character's width for each Devanagari letter).
      ToDoubleFunction<String> drawn = ChartStyle.labelWidth(input);
      List<String> oneLine = LabelFit.fit(names, room, drawn);
      List<List<String>> lines = new ArrayList<>();
      List<String> shortened = new ArrayList<>();
      for (int i = 0; i < names.size(); i++) {
        List<String> wrapped = oneLine.get(i).equals(names.get(i)) || !twoLines ? List.of()
            : LabelFit.twoLines(names.get(i), room, drawn);
        lines.add(wrapped.isEmpty() ? List.of(oneLine.get(i)) : wrapped);
        shortened.add(wrapped.isEmpty() ? oneLine.get(i) : names.get(i));
      }
      return new Labels(lines, shortened);
    }

    /** The labels as XChart's category values, their lines joined by {@link HorizontalBars#LINE_BREAK}. */
    List<String> joined() {
      return lines.stream().map(l -> String.join(HorizontalBars.LINE_BREAK, l)).toList();
    }
  }
}

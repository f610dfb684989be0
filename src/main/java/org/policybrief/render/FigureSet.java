package org.policybrief.render;

import java.awt.Color;
import java.awt.Font;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.policybrief.analysis.Aggregates;
import org.policybrief.chart.ChartInput;
import org.policybrief.chart.Charts;
import org.policybrief.chart.Figure;
import org.policybrief.model.Category;
import org.policybrief.model.Dataset;

/**
 * The figures of one briefing: the charts the data supports, numbered in order, as the
 * template sees them and as the chart drawer paints them (by the same id).
 */
final class FigureSet {

  /** Up to this many categories summed as "other" are named in the note; more are counted. */
  static final int NOTE_LIST_MAX = 6;

  private final Map<String, Figure> figures = new LinkedHashMap<>();
  private final List<FigureView> views = new ArrayList<>();

  /** {@code pageTextWidth}, {@code fallbacks}: see {@link ChartInput}. */
  FigureSet(Dataset dataset, Aggregates aggregates, EditionLanguage language, LocalDate editionDate, Font font,
      ToDoubleFunction<String> pageTextWidth, ChartInput.Fallbacks fallbacks) {
    BriefingViewBuilder names = new BriefingViewBuilder(dataset, aggregates, language);
    Messages t = language.messages();
    ChartInput input = new ChartInput(
        aggregates,
        c -> fallbacks.printable(BriefingViewBuilder.clean(language.text(c.name())), font),
        c -> Color.decode(CategoryColors.colorOf(c, dataset.categories())),
        code -> fallbacks.printable(names.countryName(code), font),
        month -> t.get("chart.month", String.valueOf(month.getYear()), String.valueOf(month.getMonthValue())),
        t.get("chart.other"),
        t.get("chart.otherCategories"),
        members -> members.size() <= NOTE_LIST_MAX
            ? ListText.join(t, members)
            : t.get("chart.otherCategories.many", members.size()),
        font,
        pageTextWidth,
        fallbacks,
        names.dataCutoff(editionDate),
        language::number);
    for (Figure figure : Charts.figures(input)) {
      String id = "figure-" + (figures.size() + 1);
      figures.put(id, figure);
      views.add(new FigureView(id, figure.type(), figures.size(),
          figure.findings().stream().map(BriefingViewBuilder::clean).toList(),
          figure.legend().stream()
              .map(e -> new FigureView.LegendView(BriefingViewBuilder.clean(e.name()), hex(e.color())))
              .toList(),
          figure.abbreviations().stream()
              .map(a -> new FigureView.AbbreviationView(BriefingViewBuilder.clean(a.label()), BriefingViewBuilder.clean(a.name())))
              .toList(),
          String.format(Locale.ROOT, "%.1fmm", figure.heightMm())));
    }
  }

  List<FigureView> views() {
    return views;
  }

  Map<String, Figure> byId() {
    return figures;
  }

  private static String hex(Color color) {
    return String.format(Locale.ROOT, "#%06X", color.getRGB() & 0xFFFFFF);
  }
}

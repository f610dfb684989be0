package org.policybrief.chart;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.style.CategoryStyler;
import org.policybrief.analysis.Aggregates;
import org.policybrief.model.Category;

/**
 * Each country's measures as 100 %: the share of every category, stacked in taxonomy order, in
 * the category's own colour, segments of 8 % or more labelled with their share
 * ({@link ShareBars}), with the category names in the legend (whole unless wider than a line,
 * see {@link Legend}); beyond {@link CategoryGroups#MAX} categories the rest are one grey
 * "other categories" share.
 */
final class CategoryProfileChart implements ChartType {

  static final int MAX_COLUMNS = 12;

  @Override
  public String id() {
    return "category-profile";
  }

  /** None when the measures are all of one category: every bar would be that category's 100 %. */
  @Override
  public Optional<Figure> figure(ChartInput input) {
    Aggregates aggregates = input.aggregates();
    if (aggregates.categories().stream().filter(c -> aggregates.categoryTotal(c.id()) > 0).count() < 2) {
      return Optional.empty();
    }
    ChartTexts texts = new ChartTexts();
    List<CountryGroups.Group> groups = CountryGroups.of(input, MAX_COLUMNS).stream()
        .filter(g -> g.total() > 0)
        .toList();
    List<String> columnNames = groups.stream().map(CountryGroups.Group::name).toList();
    Font font = ChartStyle.labelFont(input);
    LabelFit.Axis axis = LabelFit.along(columnNames, ChartStyle.axisUnits() * ChartStyle.PLOT_CONTENT,
        ChartStyle.labelWidth(input), ChartStyle.labelRoom(input));
    List<String> columns = texts.addAll(axis.labels());
    int rotation = axis.rotation();
    double heightMm = rotation == 0 ? 75 : 87;

    ShareBars chart = new ShareBars(ChartStyle.widthUnits(), ChartStyle.heightUnits(heightMm), font);
    CategoryStyler styler = chart.getStyler();
    ChartStyle.apply(styler, input, texts);
    styler.setStacked(true);
    styler.setOverlapped(false);
    styler.setAvailableSpaceFill(0.7);
    ChartStyle.categoryLabels(styler, input, texts, columns, rotation);
    styler.setYAxisMin(0.0);
    styler.setYAxisMax(100.0);
    styler.setyAxisTickLabelsFormattingFunction(v -> texts.add(Math.round(v) + "%"));

    List<CategoryGroups.Group> categories = CategoryGroups.of(input);
    styler.setSeriesColors(categories.stream().map(CategoryGroups.Group::color).toArray(Color[]::new));
    List<Integer> totals = groups.stream().map(CountryGroups.Group::total).toList();
    // each bar's labels add up to 100 %
    List<List<Integer>> percents = groups.stream()
        .map(g -> ShareBars.percents(categories.stream().map(c -> c.count(g)).toList()))
        .toList();
    for (int k = 0; k < categories.size(); k++) {
      CategoryGroups.Group c = categories.get(k);
      int row = k;
      // Series names are never drawn (the legend is text in the page) but must be unique: an id
      // never starts with '#'.
      chart.addShares(c.other() ? "#other" : c.members().get(0).id(), columns,
          groups.stream().map(c::count).toList(), totals, percents.stream().map(p -> p.get(row)).toList(), texts);
    }
    // The first country's largest categories, among all real ones (never the summed rest);
    // equal counts are equal shares, named together.
    CountryGroups.Group first = groups.get(0);
    Leaders top = Leaders.of(input.aggregates().categories(), first::count, input::categoryName);
    List<String> findings = new ArrayList<>(List.of(first.name()));
    findings.addAll(top.findings(input.count()).subList(0, 3));
    List<String> tie = new ArrayList<>(top.tie());
    if (first.total() > 0 && top.value() == first.total()) {
      // all of its measures in one category: "all are in", not "has the largest share (100%)"
      findings.set(1, "alone");
      tie.set(0, "alone");
    }
    List<Category> leaders = Leaders.top(input.aggregates().categories(), first::count);
    findings.add(Integer.toString(leadingPercent(categories, percents.get(0), leaders, top.value(), first.total())));
    findings.addAll(tie);
    findings.addAll(CategoryGroups.leadersInOther(categories, leaders, input.count()));
    // The legend names the categories that have a share somewhere, not the whole taxonomy.
    List<CategoryGroups.Group> shown = categories.stream()
        .filter(c -> groups.stream().anyMatch(g -> c.count(g) > 0))
        .toList();
    Legend legend = Legend.of(input, shown.stream().map(CategoryGroups.Group::name).toList(),
        shown.stream().map(CategoryGroups.Group::color).toList());
    List<Figure.Abbreviation> notes = new ArrayList<>(LabelFit.abbreviations(columnNames, columns));
    notes.addAll(legend.abbreviations());
    notes.addAll(CategoryGroups.note(input, categories));
    return Optional.of(new Figure(id(), chart, texts, legend.entries(), findings, notes, heightMm));
  }

  /**
   * The caption's share of the first country's leading categories: the label of a leader's
   * segment, which tied leaders share, since equal counts get equal labels ({@link
   * ShareBars#percents}); rounded only when every leader is summed into "other categories" and has
   * no segment of its own.
   */
  private static int leadingPercent(List<CategoryGroups.Group> categories, List<Integer> percents,
      List<Category> leaders, long value, int total) {
    for (int k = 0; k < categories.size(); k++) {
      CategoryGroups.Group c = categories.get(k);
      if (!c.other() && leaders.contains(c.members().get(0))) {
        return percents.get(k);
      }
    }
    return (int) Math.round(100.0 * value / total);
  }
}

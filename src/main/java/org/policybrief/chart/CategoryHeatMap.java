package org.policybrief.chart;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.style.HeatMapStyler;
import org.policybrief.model.Category;

/**
 * Category × country counts, each cell shaded and carrying its count (0 included), written as the
 * edition writes counts ({@link CountedHeatMap}); at most
 * {@link CategoryGroups#MAX} rows and {@link #MAX_COLUMNS} columns, the rest summed.
 */
final class CategoryHeatMap implements ChartType {

  static final int MAX_COLUMNS = 12;
  /** The narrowest cell that still holds a count comfortably, in chart units (about 13 mm). */
  private static final double MIN_CELL = 50;
  /** Tol's YlOrBr from white (zero) up to the fifth step: black text stays legible on all. */
  private static final Color[] SHADES = {
      Color.WHITE, new Color(0xFFF7BC), new Color(0xFEE391), new Color(0xFEC44F), new Color(0xFB9A29)};

  @Override
  public String id() {
    return "category-heatmap";
  }

  @Override
  public Optional<Figure> figure(ChartInput input) {
    if (input.aggregates().measureCount() == 0) {
      return Optional.empty();
    }
    ChartTexts texts = new ChartTexts();
    List<CountryGroups.Group> groups = CountryGroups.of(input, MAX_COLUMNS);
    List<String> columnNames = groups.stream().map(CountryGroups.Group::name).toList();
    // XChart draws the first row at the bottom: reversed, the taxonomy reads top down.
    List<CategoryGroups.Group> categories = new ArrayList<>(CategoryGroups.of(input));
    Collections.reverse(categories);
    List<String> rowNames = categories.stream().map(CategoryGroups.Group::name).toList();
    Font font = ChartStyle.labelFont(input);
    ToDoubleFunction<String> room = ChartStyle.labelRoom(input);
    List<String> rows = texts.addAll(LabelFit.fit(rowNames, rowRoom(groups.size()), room));
    // The cells take what the row labels leave.
    double rowLabels = rows.stream().mapToDouble(room).max().orElse(0);
    LabelFit.Axis axis = LabelFit.along(columnNames,
        (ChartStyle.widthUnits() - rowLabels - 20) * ChartStyle.PLOT_CONTENT, ChartStyle.labelWidth(input), room);
    List<String> columns = texts.addAll(axis.labels());
    int rotation = axis.rotation();
    double heightMm = Math.min(95, Math.max(40, 10 + 6.5 * rows.size())) + (rotation == 0 ? 0 : 12);

    CountedHeatMap chart = new CountedHeatMap(new HeatMapChartBuilder()
        .width(ChartStyle.widthUnits()).height(ChartStyle.heightUnits(heightMm)), input.count());
    HeatMapStyler styler = chart.getStyler();
    ChartStyle.apply(styler, input, texts);
    styler.setPlotGridLinesVisible(false);
    ChartStyle.categoryLabels(styler, input, texts, columns, rotation);
    styler.setValueFont(font);
    styler.setValueFontColor(ChartStyle.TEXT);
    styler.setRangeColors(SHADES);
    styler.setDrawBorder(true);
    styler.setAxisTicksMarksVisible(false);
    // XChart still drew the value axis's line, as a dot below the first column's labels.
    styler.setAxisTicksLineVisible(false);
    styler.setHeatMapDecimalValueFormatter(v -> Long.toString(Math.round(v)));

    List<Number[]> cells = new ArrayList<>();
    // The shades span the cells of a real country and category: a summed "other" cell, larger than
    // any of them, takes the darkest shade rather than leave them all in the palest two.
    int max = 0;
    for (int x = 0; x < groups.size(); x++) {
      for (int y = 0; y < categories.size(); y++) {
        int n = categories.get(y).count(groups.get(x));
        cells.add(new Number[] {x, y, n});
        texts.add(input.count().apply(n));
        if (!groups.get(x).other() && !categories.get(y).other()) {
          max = Math.max(max, n);
        }
      }
    }
    styler.setMin(0);
    styler.setMax(max);
    chart.addSeries("counts", columns, rows, cells);
    List<Figure.Abbreviation> abbreviations = new ArrayList<>(LabelFit.abbreviations(columnNames, columns));
    List<Figure.Abbreviation> rowAbbreviations = new ArrayList<>(LabelFit.abbreviations(rowNames, rows));
    Collections.reverse(rowAbbreviations);
    abbreviations.addAll(rowAbbreviations);
    abbreviations.addAll(CategoryGroups.note(input, categories));
    return Optional.of(new Figure(id(), chart, texts, List.of(), largestCells(input, categories), abbreviations, heightMm));
  }

  /** Row labels take what the cells leave, between 30 % and half of the width. */
  static double rowRoom(int columns) {
    double width = ChartStyle.widthUnits();
    return Math.max(0.3 * width, Math.min(0.5 * width, width - columns * MIN_CELL - 20));
  }

  private record Cell(CountryGroups.Group group, Category category) {}

  /**
   * The caption's facts about the largest cells: how they are tied ("one"; "countries", two
   * sharing a category; "categories", two of one country; "all", every cell alike, which leads
   * nothing; else "other"; with a single country "alone", "aloneCategories", "aloneAll" or
   * "aloneOther", as it leads no other), how many, the first
   * two cells' country and category, and the count. Every country is compared, also those the
   * summed "other" column draws (which is no country to name): with 120 countries of one measure
   * each, the caption said 11 pairs shared the largest count. Then, of the cells drawn as
   * {@code categories} (the rows), how many are summed in "other categories" ({@link
   * CategoryGroups#leadersInOther}).
   */
  static List<String> largestCells(ChartInput input, List<CategoryGroups.Group> categories) {
    List<CountryGroups.Group> groups = CountryGroups.of(input, Integer.MAX_VALUE);
    List<Cell> cells = new ArrayList<>();
    for (CountryGroups.Group g : groups) {
      for (Category c : input.aggregates().categories()) {
        cells.add(new Cell(g, c));
      }
    }
    int max = cells.stream().mapToInt(c -> c.group().count(c.category())).max().orElse(0);
    List<Cell> top = cells.stream().filter(c -> c.group().count(c.category()) == max).toList();
    Cell a = top.get(0);
    Cell b = top.size() > 1 ? top.get(1) : a;
    boolean allSame = top.size() > 1 && top.size() == cells.size();
    String kind = top.size() == 1 ? "one"
        : allSame ? "all"
        : top.size() > 2 ? "other"
        : a.category().equals(b.category()) ? "countries"
        : a.group().equals(b.group()) ? "categories" : "other";
    if (groups.size() == 1) {
      // one country: its categories compared, not countries
      kind = top.size() == 1 ? "alone" : allSame ? "aloneAll" : top.size() == 2 ? "aloneCategories" : "aloneOther";
    }
    List<String> findings = new ArrayList<>(List.of(kind, input.count().apply(top.size()), a.group().name(),
        input.categoryName(a.category()), b.group().name(), input.categoryName(b.category()),
        input.count().apply(max)));
    // every cell alike ("the same number in every category") counts no cells to place
    findings.addAll(CategoryGroups.leadersInOther(categories,
        allSame ? List.of() : top.stream().map(Cell::category).toList(), input.count()));
    return findings;
  }
}

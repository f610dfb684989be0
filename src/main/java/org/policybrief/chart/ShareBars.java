package org.policybrief.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;

/**
 * A 100 % stacked bar chart whose segments of {@link #MIN_LABELLED} % or more carry their share
 * ("24%", rounded so that a bar's shares add up to 100: {@link #percents}), centred, when the label fits the segment's height and the bar's width (design guide §9):
 * white on dark colours, #1A1A1A on light ones (§10). XChart's own bar labels would label every
 * segment in one colour, so this chart draws them itself once XChart has painted the bars, as
 * glyph outlines in the chart's label font, which the drawer writes as text like any other label.
 */
final class ShareBars extends CategoryChart {

  static final int MIN_LABELLED = 8;
  /** Room kept between a label's ink and its segment's edges, in chart units (about 0.5 mm). */
  private static final double PAD = 2;

  private final Font font;
  /** Each series' labels by column, empty for segments too small to label. */
  private final Map<String, List<String>> labels = new HashMap<>();

  ShareBars(int width, int height, Font font) {
    super(width, height);
    this.font = font;
  }

  /**
   * A bar's shares in whole percent by largest remainder, so that they add up to 100: each count's
   * share rounded down, then one point more to the largest remainders (of equal remainders, the
   * first in the given order). Equal counts always get equal shares: when the points left cannot
   * go to every segment of one count, none of them gets one, and the bar adds up to a little less
   * (three equal parts are 33 % each, not 34, 33 and 33 under a caption saying "33 % each").
   * All zero when the bar is empty.
   */
  static List<Integer> percents(List<Integer> counts) {
    long total = counts.stream().mapToLong(Integer::longValue).sum();
    int[] percents = new int[counts.size()];
    if (total == 0) {
      return Arrays.stream(percents).boxed().toList();
    }
    int left = 100;
    List<Integer> byRemainder = new ArrayList<>();
    for (int i = 0; i < counts.size(); i++) {
      percents[i] = (int) (100L * counts.get(i) / total);
      left -= percents[i];
      byRemainder.add(i);
    }
    // remainders compared exactly, as numerators over the total
    byRemainder.sort(Comparator.comparingLong((Integer i) -> 100L * counts.get(i) % total).reversed());
    Map<Integer, List<Integer>> byCount = new LinkedHashMap<>(); // largest remainder first
    byRemainder.forEach(i -> byCount.computeIfAbsent(counts.get(i), count -> new ArrayList<>()).add(i));
    for (List<Integer> same : byCount.values()) {
      if (same.size() > left) {
        break;
      }
      same.forEach(i -> percents[i]++);
      left -= same.size();
    }
    return Arrays.stream(percents).boxed().toList();
  }

  /** A segment's label: its share as {@link #percents} gives it; empty below {@link #MIN_LABELLED} %. */
  static String label(int count, int total, int percent) {
    return 100L * count >= (long) MIN_LABELLED * total ? percent + "%" : "";
  }

  /**
   * Adds one category's series: {@code counts[i]} of column {@code i}'s {@code totals[i]}, as
   * shares, labelled with {@code percents[i]}; {@code texts} learns the labels its segments may carry.
   */
  void addShares(String name, List<String> columns, List<Integer> counts, List<Integer> totals,
      List<Integer> percents, ChartTexts texts) {
    List<Double> shares = new ArrayList<>();
    List<String> segmentLabels = new ArrayList<>();
    for (int i = 0; i < counts.size(); i++) {
      shares.add(100.0 * counts.get(i) / totals.get(i));
      String label = label(counts.get(i), totals.get(i), percents.get(i));
      segmentLabels.add(label.isEmpty() ? label : texts.add(label));
    }
    labels.put(name, segmentLabels);
    addSeries(name, columns, shares);
  }

  @Override
  public void paint(Graphics2D g, int width, int height) {
    super.paint(g, width, height);
    // The bars' geometry, as XChart's PlotContent_Category_Bar lays it out in the plot.
    Rectangle2D plotBounds = plot.getBounds();
    double content = getStyler().getPlotContentSize() * plotBounds.getWidth();
    int columns = getSeriesMap().values().iterator().next().getXData().size();
    double step = content / columns;
    double barWidth = step * getStyler().getAvailableSpaceFill();
    double left = plotBounds.getX() + (plotBounds.getWidth() - content) / 2;
    double[] base = new double[columns];
    for (CategorySeries series : getSeriesMap().values()) {
      List<? extends Number> shares = List.copyOf(series.getYData());
      List<String> texts = labels.get(series.getName());
      for (int i = 0; i < columns; i++) {
        double from = base[i];
        double to = from + shares.get(i).doubleValue();
        base[i] = to;
        String text = texts.get(i);
        if (text.isEmpty()) {
          continue;
        }
        double bottom = getScreenYFromChart(from);
        double top = getScreenYFromChart(to);
        double centreX = left + step * (i + 0.5);
        drawLabel(g, text, series.getFillColor(), centreX, (top + bottom) / 2, barWidth, bottom - top);
      }
    }
  }

  private void drawLabel(Graphics2D g, String text, Color fill, double x, double y, double room, double height) {
    TextLayout layout = new TextLayout(text, font, g.getFontRenderContext());
    Rectangle2D ink = layout.getBounds();
    if (LabelFit.width(text, font) > room - 2 * PAD || ink.getHeight() > height - 2 * PAD) {
      return;
    }
    Shape outline = layout.getOutline(null);
    AffineTransform saved = g.getTransform();
    g.setColor(ChartStyle.textOn(fill));
    g.translate(x - ink.getCenterX(), y - ink.getCenterY());
    g.fill(outline);
    g.setTransform(saved);
  }
}

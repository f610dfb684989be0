package org.policybrief.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;

/**
 * Grouped bars with each bar's value at its end (design guide §9), when every value fits the
 * width of its bar; XChart's own bar labels sit inside the bar and in a font context of their
 * own. The values are filled as glyph outlines after the chart is painted, as XChart fills its
 * text, so the drawer writes them as text.
 */
final class ValueLabelledBars extends CategoryChart {

  /** Space between a bar's end and its value, in chart units. */
  private static final double GAP = 3;

  private final Font font;

  ValueLabelledBars(int width, int height, Font font) {
    super(width, height);
    this.font = font;
  }

  /**
   * Whether values of up to {@code widest} fit bars of {@code categories} groups of {@code series}
   * bars along an axis of {@code axisUnits}, the groups taking {@code fill} of their step, with
   * a space to spare: the values of neighbouring bars as wide as they are touched ("3" and "3"
   * read as 33, "2", "2" and "2" as 222).
   */
  static boolean fit(String widest, Font font, double axisUnits, int categories, int series, double fill) {
    return LabelFit.width(widest, font) + LabelFit.width(" ", font) <= axisUnits / categories * fill / series;
  }

  @Override
  public void paint(Graphics2D g, int width, int height) {
    super.paint(g, width, height);
    List<CategorySeries> series = new ArrayList<>(getSeriesMap().values());
    int categories = series.get(0).getXData().size();
    // XChart centres a category in its step and spreads its bars over `fill` of the step
    double step = categories > 1 ? getScreenXFromChart(1.5) - getScreenXFromChart(0.5)
        : 2 * (getScreenXFromChart(0.5) - getScreenXFromChart(0));
    double barWidth = step * getStyler().getAvailableSpaceFill() / series.size();
    g.setColor(getStyler().getChartFontColor());
    for (int s = 0; s < series.size(); s++) {
      List<? extends Number> values = List.copyOf(series.get(s).getYData());
      for (int c = 0; c < values.size(); c++) {
        String value = Long.toString(Math.round(values.get(c).doubleValue()));
        Shape outline = new TextLayout(value, font, g.getFontRenderContext()).getOutline(null);
        Rectangle2D ink = outline.getBounds2D();
        double centre = getScreenXFromChart(c + 0.5) - step * getStyler().getAvailableSpaceFill() / 2
            + (s + 0.5) * barWidth;
        double end = getScreenYFromChart(values.get(c).doubleValue());
        ChartTexts.fill(g, outline, centre - ink.getCenterX(), end - GAP - ink.getMaxY());
      }
    }
  }
}

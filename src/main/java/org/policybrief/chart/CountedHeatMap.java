package org.policybrief.chart;

import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.util.function.LongFunction;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.HeatMapSeries;
import org.knowm.xchart.internal.Utils;
import org.knowm.xchart.style.HeatMapStyler;

/**
 * A heat map whose cells carry their counts as the edition writes them ({@link ChartInput#count}:
 * 12,000 in English; 12,000 but 9999 in Chinese). XChart writes a cell's value through a
 * DecimalFormat of the JVM's locale, which cannot group as the Chinese editions do, so this chart
 * leaves its cells bare and, once XChart has painted them, fills each count where XChart centres
 * its own values, as glyph outlines in the styler's value font and colour, which the drawer writes
 * as text like any other label (so {@code count}'s strings must be registered as chart texts).
 */
final class CountedHeatMap extends HeatMapChart {

  /** As XChart lays out its cells' values. */
  private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, false);

  private final LongFunction<String> count;

  /** The builder, unlike the plain constructor, gives the styler its theme (plot size, fonts). */
  CountedHeatMap(HeatMapChartBuilder builder, LongFunction<String> count) {
    super(builder);
    this.count = count;
    getStyler().setShowValue(false);
  }

  @Override
  public void paint(Graphics2D g, int width, int height) {
    super.paint(g, width, height);
    // The cells' geometry, as XChart's PlotContent_HeatMap lays them out in the plot.
    HeatMapStyler styler = getStyler();
    HeatMapSeries series = getHeatMapSeries();
    Rectangle2D bounds = plot.getBounds();
    double left = bounds.getX() + Utils.getTickStartOffset((int) bounds.getWidth(),
        styler.getPlotContentSize() * bounds.getWidth());
    double offsetY = Utils.getTickStartOffset((int) bounds.getHeight(),
        styler.getPlotContentSize() * bounds.getHeight());
    int rows = series.getYData().size();
    double cellWidth = (bounds.getWidth() - 2 * (left - bounds.getX())) / series.getXData().size();
    double cellHeight = (bounds.getHeight() - 2 * offsetY) / rows;
    g.setColor(styler.getValueFontColor());
    for (Number[] cell : series.getHeatData()) {
      double centreX = left + cellWidth * (cell[0].intValue() + 0.5);
      double centreY = bounds.getY() + offsetY + cellHeight * (rows - 1 - cell[1].intValue() + 0.5);
      TextLayout layout = new TextLayout(count.apply(cell[2].longValue()), styler.getValueFont(), CONTEXT);
      Rectangle2D ink = layout.getBounds();
      ChartTexts.fill(g, layout.getOutline(null), centreX - ink.getWidth() / 2, centreY + ink.getHeight() / 2);
    }
  }
}

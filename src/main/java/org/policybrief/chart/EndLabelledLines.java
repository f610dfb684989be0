package org.policybrief.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;

/**
 * A line chart whose few lines are named where they end, not in a legend (design guide §9: direct
 * labels for up to three series). Each name is set left of its line's last point, above it, or
 * below it when the plot has no room above, on a ground of the plot's colour; names that would
 * touch are moved apart. XChart has no such labels: they are filled as glyph outlines after the
 * chart is painted, as XChart fills its own text, so the drawer writes them as text like every
 * other label.
 */
final class EndLabelledLines extends CategoryChart {

  static final int MAX_SERIES = 3;

  /** Space between a label and its line's last point, and between two labels, in chart units. */
  private static final double GAP = 4;

  private final List<String> labels;
  private final Font font;

  EndLabelledLines(int width, int height, List<String> labels, Font font) {
    super(width, height);
    this.labels = List.copyOf(labels);
    this.font = font;
  }

  @Override
  public void paint(Graphics2D g, int width, int height) {
    super.paint(g, width, height);
    List<CategorySeries> series = new ArrayList<>(getSeriesMap().values());
    List<Shape> outlines = new ArrayList<>();
    List<Point2D> ends = new ArrayList<>();
    for (int i = 0; i < series.size() && i < labels.size(); i++) {
      List<? extends Number> values = List.copyOf(series.get(i).getYData());
      int last = values.size() - 1;
      // XChart puts a category's point in the middle of its step
      ends.add(new Point2D.Double(getScreenXFromChart(last + 0.5),
          getScreenYFromChart(values.get(last).doubleValue())));
      outlines.add(new TextLayout(labels.get(i), font, g.getFontRenderContext()).getOutline(null));
    }
    List<Rectangle2D> boxes = place(ends, outlines.stream().map(Shape::getBounds2D).toList(),
        getScreenYFromChart(getStyler().getYAxisMax()));
    for (int i = 0; i < boxes.size(); i++) {
      Rectangle2D box = boxes.get(i);
      Rectangle2D ink = outlines.get(i).getBounds2D();
      // a ground of the plot's colour, so that a line crossing the name does not strike it through
      g.setColor(getStyler().getPlotBackgroundColor());
      g.fill(new Rectangle2D.Double(box.getX() - 1, box.getY() - 1, box.getWidth() + 2,
          box.getHeight() + 2));
      g.setColor(getStyler().getChartFontColor());
      ChartTexts.fill(g, outlines.get(i), box.getX() - ink.getX(), box.getY() - ink.getY());
    }
  }

  /**
   * Where each name goes, given its line's last point and its ink's size: ending {@link #GAP}
   * left of the point, above it, or below it when above would leave the plot (top at
   * {@code plotTop}), and below any name above it.
   */
  static List<Rectangle2D> place(List<Point2D> ends, List<Rectangle2D> sizes, double plotTop) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < ends.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble(i -> ends.get(i).getY()));
    Rectangle2D[] boxes = new Rectangle2D[ends.size()];
    double lowestBottom = Double.NEGATIVE_INFINITY;
    for (int i : order) {
      Point2D end = ends.get(i);
      double width = sizes.get(i).getWidth();
      double height = sizes.get(i).getHeight();
      double top = end.getY() - GAP - height;
      if (top < plotTop) {
        top = end.getY() + GAP;
      }
      top = Math.max(top, lowestBottom + GAP);
      lowestBottom = top + height;
      boxes[i] = new Rectangle2D.Double(end.getX() - GAP - width, top, width, height);
    }
    return List.of(boxes);
  }
}

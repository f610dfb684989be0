package org.policybrief.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.Line2D;
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
 * below it when the plot has no room above, on a ground of the plot's colour that, where the plot
 * has room, covers no part of the name's own line, in the line's colour (darkened to read as
 * text); names that would touch are moved apart. XChart has no such labels: they are filled as glyph outlines after the
 * chart is painted, as XChart fills its own text, so the drawer writes them as text like every
 * other label.
 */
final class EndLabelledLines extends CategoryChart {

  static final int MAX_SERIES = 3;

  /** Space between a label and its line's last point, and between two labels, in chart units. */
  private static final double GAP = 4;
  /** Half the line's marker (5 units), which holds its stroke: less than {@link #GAP}, so a name set
   * {@link #GAP} above or below a level line is clear of it. */
  private static final double MARKER_RADIUS = 2.5;
  /** How far a name that would cover its own line moves at a time, in chart units. */
  private static final double STEP = 2;

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
    List<List<Line2D>> lines = new ArrayList<>();
    for (int i = 0; i < series.size() && i < labels.size(); i++) {
      List<? extends Number> values = List.copyOf(series.get(i).getYData());
      List<Line2D> segments = new ArrayList<>();
      // XChart puts a category's point in the middle of its step
      for (int to = Math.min(1, values.size() - 1); to < values.size(); to++) {
        int from = Math.max(0, to - 1);
        segments.add(new Line2D.Double(
            getScreenXFromChart(from + 0.5), getScreenYFromChart(values.get(from).doubleValue()),
            getScreenXFromChart(to + 0.5), getScreenYFromChart(values.get(to).doubleValue())));
      }
      lines.add(segments);
      outlines.add(new TextLayout(labels.get(i), font, g.getFontRenderContext()).getOutline(null));
    }
    Rectangle2D plotBounds = plot.getBounds();
    double plotTop = getScreenYFromChart(getStyler().getYAxisMax());
    List<Rectangle2D> boxes = placeAlong(lines, outlines.stream().map(Shape::getBounds2D).toList(),
        new Rectangle2D.Double(plotBounds.getX(), plotTop, plotBounds.getWidth(), plotBounds.getMaxY() - plotTop));
    for (int i = 0; i < boxes.size(); i++) {
      Rectangle2D box = boxes.get(i);
      Rectangle2D ink = outlines.get(i).getBounds2D();
      // a ground of the plot's colour, so that a line crossing the name does not strike it through
      g.setColor(getStyler().getPlotBackgroundColor());
      g.fill(new Rectangle2D.Double(box.getX() - 1, box.getY() - 1, box.getWidth() + 2,
          box.getHeight() + 2));
      // in its line's colour: where lines end together or overlap, the colour tells them apart
      g.setColor(ChartStyle.textOf(series.get(i).getLineColor()));
      ChartTexts.fill(g, outlines.get(i), box.getX() - ink.getX(), box.getY() - ink.getY());
    }
  }

  /** As {@link #place(List, List, Rectangle2D)}, for lines of one point, in a plot unbounded but above. */
  static List<Rectangle2D> place(List<Point2D> ends, List<Rectangle2D> sizes, double plotTop) {
    return place(ends.stream().map(e -> (Line2D) new Line2D.Double(e, e)).toList(), sizes,
        new Rectangle2D.Double(-1e6, plotTop, 2e6, 1e6));
  }

  /** As {@link #placeAlong(List, List, Rectangle2D)}, for lines of one segment each. */
  static List<Rectangle2D> place(List<Line2D> lastSegments, List<Rectangle2D> sizes, Rectangle2D plot) {
    return placeAlong(lastSegments.stream().map(List::of).toList(), sizes, plot);
  }

  /**
   * Where each name goes, given its line's segments (left to right, the last ending at its last
   * point) and its ink's size: ending {@link #GAP} left of the last point, above it, or below it
   * when above would leave the plot, and below any name above it. A name whose ground would there
   * cover its own line (a line rising steeply into its last point, or rising under a name set
   * below its end) moves, as little as it can, left, up or down within the plot to where it covers
   * neither its line nor another name; without such a place it stays.
   */
  static List<Rectangle2D> placeAlong(List<List<Line2D>> lines, List<Rectangle2D> sizes, Rectangle2D plot) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble(i -> end(lines.get(i)).getY2()));
    Rectangle2D[] boxes = new Rectangle2D[lines.size()];
    List<Rectangle2D> placed = new ArrayList<>();
    double lowestBottom = Double.NEGATIVE_INFINITY;
    for (int i : order) {
      List<Line2D> line = lines.get(i);
      Line2D segment = end(line);
      double width = sizes.get(i).getWidth();
      double height = sizes.get(i).getHeight();
      double top = segment.getY2() - GAP - height;
      if (top < plot.getY()) {
        top = segment.getY2() + GAP;
      }
      top = Math.max(top, lowestBottom + GAP);
      Rectangle2D box = new Rectangle2D.Double(segment.getX2() - GAP - width, top, width, height);
      if (covers(box, line)) {
        Rectangle2D clear = clearOf(line, width, height, plot, placed);
        box = clear == null ? box : clear;
      }
      lowestBottom = Math.max(lowestBottom, box.getMaxY());
      placed.add(box);
      boxes[i] = box;
    }
    return List.of(boxes);
  }

  private static Line2D end(List<Line2D> line) {
    return line.get(line.size() - 1);
  }

  /** Whether a name's ground (1 unit round its ink) covers the line or a point's marker. */
  private static boolean covers(Rectangle2D box, List<Line2D> line) {
    double margin = 1 + MARKER_RADIUS;
    Rectangle2D ground = new Rectangle2D.Double(box.getX() - margin, box.getY() - margin,
        box.getWidth() + 2 * margin, box.getHeight() + 2 * margin);
    // from the end leftwards, only as far as the ground reaches: the points go left to right
    for (int k = line.size() - 1; k >= 0; k--) {
      Line2D segment = line.get(k);
      if (Math.max(segment.getX1(), segment.getX2()) < ground.getX()) {
        break;
      }
      if (ground.intersectsLine(segment)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The nearest place, left of the line's end and above or below it, that keeps a name clear of
   * its line and {@link #GAP} from the names already placed; null when the plot has none.
   */
  private static Rectangle2D clearOf(List<Line2D> line, double width, double height, Rectangle2D plot,
      List<Rectangle2D> placed) {
    Line2D segment = end(line);
    double reach = plot.getWidth() + plot.getHeight();
    for (double distance = 0; distance <= reach; distance += STEP) {
      for (double dx = 0; dx <= distance; dx += STEP) {
        double dy = distance - dx;
        double x = segment.getX2() - GAP - width - dx;
        for (double top : new double[] {segment.getY2() - GAP - height - dy, segment.getY2() + GAP + dy}) {
          Rectangle2D box = new Rectangle2D.Double(x, top, width, height);
          if (box.getX() >= plot.getX() && box.getY() >= plot.getY() && box.getMaxY() <= plot.getMaxY()
              && !covers(box, line) && placed.stream().noneMatch(p -> near(p, box))) {
            return box;
          }
        }
      }
    }
    return null;
  }

  private static boolean near(Rectangle2D a, Rectangle2D b) {
    return new Rectangle2D.Double(a.getX() - GAP, a.getY() - GAP, a.getWidth() + 2 * GAP,
        a.getHeight() + 2 * GAP).intersects(b);
  }
}

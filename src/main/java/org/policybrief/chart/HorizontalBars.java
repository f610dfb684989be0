package org.policybrief.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import java.util.function.ToDoubleFunction;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;

/**
 * Grouped horizontal bars (design guide §9: horizontal, sorted, from 0, values at the ends): the
 * categories down the left, in the order given, one bar per series in each. XChart draws bars
 * upright only (knowm/XChart#136), so this chart keeps XChart's series and styler and paints
 * them across itself. Its text is filled as glyph outlines, as XChart fills its own, so the drawer
 * writes it as text. When the counts cannot sit at the bars' ends (bars thinner than a digit), a
 * value axis with rules runs below the bars instead. Up to three series are named directly (design
 * guide §9), each name after its count in the first category, in its colour darkened to read.
 */
final class HorizontalBars extends CategoryChart {

  /** The bars' share of a category's band. */
  static final double FILL = 0.8;
  /** A bar as thick as this, in chart units (2.9 mm), when the chart has room for it. */
  static final double BAR = 11;
  /** Between a label and a bar or rule, in chart units. */
  static final double GAP = 4;
  private static final double PADDING = 4;
  /** Bars named directly keep at least this share of the length they have beside a legend. */
  private static final double NAMED_SCALE = 0.75;
  /** Between the lines of a category name on two lines. */
  static final String LINE_BREAK = "\n";
  /** Fractional metrics, as the chart drawer paints. */
  private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

  private final Font font;
  private final ToDoubleFunction<String> drawnWidth;
  /** The value axis's ticks, 0 first, or none when each bar's count is set at its end. */
  private final List<Integer> ticks;
  /** The series' names, set after the counts of the first category's bars, or none (a legend). */
  private final List<String> names;
  /** A count as the edition writes it (1,000 in English). */
  private final LongFunction<String> count;

  HorizontalBars(int width, int height, Font font, ToDoubleFunction<String> drawnWidth, List<Integer> ticks,
      List<String> names, LongFunction<String> count) {
    super(width, height);
    this.count = count;
    this.font = font;
    this.drawnWidth = drawnWidth;
    this.ticks = List.copyOf(ticks);
    this.names = List.copyOf(names);
  }

  /**
   * Whether the series' {@code names} may follow the first category's counts: the bars then keep
   * at least {@link #NAMED_SCALE} of their length.
   */
  static boolean namesFit(int width, List<String> labels, List<List<Integer>> counts, List<String> names,
      ToDoubleFunction<String> drawnWidth, LongFunction<String> count) {
    double room = width - PADDING - left(labels, drawnWidth);
    return perUnit(room, counts, names, drawnWidth, count)
        >= NAMED_SCALE * perUnit(room, counts, List.of(), drawnWidth, count);
  }

  /** Where the bars start: after the widest line of the category labels. */
  static double left(List<String> labels, ToDoubleFunction<String> drawnWidth) {
    double widest = labels.stream().flatMap(c -> lines(c).stream()).mapToDouble(drawnWidth).max().orElse(0);
    return PADDING + widest + GAP;
  }

  /**
   * Chart units per measure when each bar's count, and after the first category's counts the
   * series' {@code names} (none: a legend names them), follow the bar within {@code room}:
   * {@code counts} by series, then category.
   */
  static double perUnit(double room, List<List<Integer>> counts, List<String> names, ToDoubleFunction<String> width,
      LongFunction<String> count) {
    double perUnit = Double.MAX_VALUE;
    for (int s = 0; s < counts.size(); s++) {
      for (int c = 0; c < counts.get(s).size(); c++) {
        int value = counts.get(s).get(c);
        double after = GAP + width.applyAsDouble(count.apply(value))
            + (c == 0 && !names.isEmpty() ? GAP + width.applyAsDouble(names.get(s)) : 0);
        perUnit = Math.min(perUnit, (room - after) / Math.max(1, value));
      }
    }
    return Math.max(0, perUnit == Double.MAX_VALUE ? room : perUnit);
  }

  /** Whether counts fit beside bars {@code bar} units thick: a digit's height with room to spare. */
  static boolean valuesFit(double bar, Font font) {
    return bar >= digitHeight(font) + 2;
  }

  /** The height of the plot's rows: {@code bars} bars in all, each {@code bar} units thick. */
  static double plotHeight(int bars, double bar) {
    return bars * bar / FILL;
  }

  /** What the chart adds to its plot's height: padding and, with a value axis, its labels. */
  static double frameHeight(Font font, boolean axis) {
    return 2 * PADDING + (axis ? GAP + lineHeight(font) : 0);
  }

  /**
   * From one line of a label to the next, in chart units: tight, so that the space between two
   * labels on two lines each, in bands hardly higher than the two lines, is clearly wider than the
   * space inside one (at 1.25 em the labels of the sample's English edition read as one column).
   */
  static double linePitch(Font font) {
    return font.getSize2D() * 1.1;
  }

  private static double digitHeight(Font font) {
    return new TextLayout("0", font, CONTEXT).getOutline(null).getBounds2D().getHeight();
  }

  private static double lineHeight(Font font) {
    TextLayout layout = new TextLayout("0", font, CONTEXT);
    return layout.getAscent() + layout.getDescent();
  }

  @Override
  public void paint(Graphics2D g, int width, int height) {
    List<CategorySeries> series = new ArrayList<>(getSeriesMap().values());
    List<?> categories = series.isEmpty() ? List.of() : List.copyOf(series.get(0).getXData());
    g.setColor(getStyler().getChartBackgroundColor());
    g.fill(new Rectangle2D.Double(0, 0, width, height));
    if (categories.isEmpty()) {
      return;
    }
    double left = left(categories.stream().map(Object::toString).toList(), drawnWidth);
    // by series, then category
    List<List<Integer>> counts = series.stream().map(s -> s.getYData().stream().map(Number::intValue).toList()).toList();
    boolean axis = !ticks.isEmpty();
    double bottom = height - frameHeight(font, axis) + PADDING;
    double perUnit;
    if (axis) {
      int end = ticks.get(ticks.size() - 1);
      perUnit = (width - PADDING - drawnWidth.applyAsDouble(count.apply(end)) / 2 - left) / end;
    } else {
      perUnit = perUnit(width - PADDING - left, counts, names, drawnWidth, count);
    }
    double band = (bottom - PADDING) / categories.size();
    double bar = band * FILL / series.size();
    Shape digit = outline(g, "0");
    double centring = -digit.getBounds2D().getCenterY();

    if (axis) {
      g.setStroke(new BasicStroke(0.75f));
      double tickBaseline = bottom + GAP + new TextLayout("0", font, g.getFontRenderContext()).getAscent();
      for (int tick : ticks) {
        double x = left + tick * perUnit;
        g.setColor(ChartStyle.RULE);
        g.draw(new Line2D.Double(x, PADDING, x, bottom));
        String written = count.apply(tick);
        text(g, written, x - drawnWidth.applyAsDouble(written) / 2, tickBaseline);
      }
    }
    for (int c = 0; c < categories.size(); c++) {
      double top = PADDING + c * band + band * (1 - FILL) / 2;
      List<String> lines = lines(categories.get(c));
      double first = PADDING + (c + 0.5) * band + centring - (lines.size() - 1) * linePitch(font) / 2;
      for (int l = 0; l < lines.size(); l++) {
        String line = lines.get(l);
        text(g, line, left - GAP - drawnWidth.applyAsDouble(line), first + l * linePitch(font));
      }
      for (int s = 0; s < series.size(); s++) {
        g.setColor(color(s));
        g.fill(new Rectangle2D.Double(left, top + s * bar, counts.get(s).get(c) * perUnit, bar));
      }
      // The counts and names after the category's bars, so that no bar is painted over a name
      // that reaches below its own bar.
      for (int s = 0; !axis && s < series.size(); s++) {
        int value = counts.get(s).get(c);
        String written = count.apply(value);
        double after = left + value * perUnit + GAP;
        double middle = top + s * bar + bar / 2;
        if (c == 0 && !names.isEmpty()) {
          String name = names.get(s);
          double baseline = baseline(middle, List.of(outline(g, written), outline(g, name)));
          text(g, written, after, baseline);
          text(g, name, after + drawnWidth.applyAsDouble(written) + GAP, baseline, ChartStyle.textOf(color(s)));
        } else {
          text(g, written, after, middle + centring);
        }
      }
    }
    // the bars' common start, 0, over the bars' edges
    g.setColor(ChartStyle.SECONDARY);
    g.setStroke(new BasicStroke(0.75f));
    g.draw(new Line2D.Double(left, PADDING, left, bottom));
  }

  /**
   * The baseline on which {@code outlines}, set on one line, have their ink centred on
   * {@code middle}: a count followed by a name, whose descenders (g, y) reach further below the
   * baseline than a digit does; centred as a digit alone, "2 Paraguay" had the descenders of its
   * name under the next bar.
   */
  static double baseline(double middle, List<Shape> outlines) {
    Rectangle2D ink = null;
    for (Shape outline : outlines) {
      Rectangle2D bounds = outline.getBounds2D();
      if (!bounds.isEmpty()) {
        ink = ink == null ? bounds : ink.createUnion(bounds);
      }
    }
    return middle - (ink == null ? 0 : ink.getCenterY());
  }

  private Color color(int series) {
    Color[] colors = getStyler().getSeriesColors();
    return colors[series % colors.length];
  }

  private static List<String> lines(Object label) {
    return List.of(label.toString().split(LINE_BREAK));
  }

  private Shape outline(Graphics2D g, String text) {
    return new TextLayout(text, font, g.getFontRenderContext()).getOutline(null);
  }

  /** Fills {@code text}'s outline starting at {@code x} on {@code baseline}, in the chart's text colour. */
  private void text(Graphics2D g, String text, double x, double baseline) {
    text(g, text, x, baseline, ChartStyle.TEXT);
  }

  private void text(Graphics2D g, String text, double x, double baseline, Color color) {
    if (text.isEmpty()) {
      return;
    }
    g.setColor(color);
    ChartTexts.fill(g, outline(g, text), x, baseline);
  }
}

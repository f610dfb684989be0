package org.policybrief.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import java.util.function.ToDoubleFunction;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.AxesChartStyler.TextAlignment;
import org.policybrief.model.Colors;

/**
 * The look all charts share (design guide §9–10): text #1A1A1A at 8 pt in the body face, grid
 * rules #D9D9D9, no chart title or legend (captions and legends are set as text by the
 * template); labels are fitted by {@link LabelFit}.
 */
final class ChartStyle {

  /** Chart drawing units are CSS pixels: 96 per inch, 72 points per inch. */
  static final float UNITS_PER_POINT = 96f / 72f;
  static final double UNITS_PER_MM = 96 / 25.4;
  /** The text block is 148.2 mm wide; charts take all of it. */
  static final double WIDTH_MM = 148.2;
  static final Color TEXT = new Color(0x1A1A1A);
  static final Color SECONDARY = new Color(0x595959);
  static final Color RULE = new Color(0xD9D9D9);

  /** Okabe–Ito, colour-blind safe, for countries by rank; grey for the summed rest. */
  private static final List<Color> COUNTRY_COLORS = List.of(
      new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xCC79A7),
      new Color(0x56B4E9), new Color(0xD55E00), new Color(0x000000));
  static final Color OTHER = new Color(0xBBBBBB);
  /** Tol's pale grey (design guide §10), for the categories summed as "other". */
  static final Color OTHER_CATEGORY = new Color(0xDDDDDD);

  /** Between the tick labels and the plot, in chart units. */
  private static final int TICK_PADDING = 4;
  /** How XChart lays out the tick label it reserves room by: whole-point advances. */
  private static final FontRenderContext WHOLE_POINTS = new FontRenderContext(null, true, false);
  /** How the chart's graphics lay out the labels it draws (see render.ChartDrawer). */
  private static final FontRenderContext DRAWN = new FontRenderContext(null, true, true);

  private ChartStyle() {}

  /** Text on a fill: white on dark colours, #1A1A1A on the rest, by the tables' rule ({@link Colors#isDark}). */
  static Color textOn(Color fill) {
    return Colors.isDark(fill.getRGB()) ? Color.WHITE : TEXT;
  }

  /**
   * A line's colour for the text that names it, darkened until it reads on white as body text
   * must (contrast at least 4.5:1, WCAG AA): the orange of the palette (#E69F00) is 2.3:1.
   */
  static Color textOf(Color line) {
    Color text = line;
    while (Colors.luminance(text.getRGB()) > 0.183) { // 1.05 / (0.183 + 0.05) = 4.5
      text = new Color((int) (text.getRed() * 0.9), (int) (text.getGreen() * 0.9), (int) (text.getBlue() * 0.9));
    }
    return text;
  }

  static Font labelFont(ChartInput input) {
    return input.font().deriveFont(8f * UNITS_PER_POINT);
  }

  /** Label widths in {@link #labelFont}, each character as the drawer sets it (with fallbacks). */
  static ToDoubleFunction<String> labelWidth(ChartInput input) {
    return LabelFit.in(labelFont(input), input.fallbacks());
  }

  /**
   * The room a label takes: XChart lays it out in {@link #labelFont} alone (a character it lacks
   * as a missing-glyph box) and reserves that, the drawer then sets it with fallbacks; the wider.
   */
  static ToDoubleFunction<String> labelRoom(ChartInput input) {
    ToDoubleFunction<String> drawn = labelWidth(input);
    Font font = labelFont(input);
    return text -> Math.max(drawn.applyAsDouble(text), LabelFit.width(text, font));
  }

  static int widthUnits() {
    return (int) Math.round(WIDTH_MM * UNITS_PER_MM);
  }

  /** XChart's share of the plot width that the categories take (its theme's default). */
  static final double PLOT_CONTENT = 0.92;

  /** The width of the plot: the chart's, less the value axis labels and the padding. */
  static double axisUnits() {
    return widthUnits() - 40;
  }

  static int heightUnits(double mm) {
    return (int) Math.round(mm * UNITS_PER_MM);
  }

  static Color countryColor(int rank) {
    return COUNTRY_COLORS.get(rank % COUNTRY_COLORS.size());
  }

  static void apply(AxesChartStyler styler, ChartInput input, ChartTexts texts) {
    Font font = labelFont(input);
    texts.addFont(font);
    styler.setBaseFont(font);
    styler.setAxisTickLabelsFont(font);
    styler.setAxisTitleFont(font);
    styler.setLegendFont(font);
    styler.setAnnotationTextFont(font);
    styler.setChartFontColor(TEXT);
    styler.setAxisTickLabelsColor(TEXT);
    styler.setChartTitleVisible(false);
    styler.setLegendVisible(false);
    styler.setAxisTitlesVisible(false);
    styler.setToolTipsEnabled(false);
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setPlotBackgroundColor(Color.WHITE);
    styler.setPlotBorderVisible(false);
    styler.setPlotGridVerticalLinesVisible(false);
    styler.setPlotGridLinesColor(RULE);
    styler.setPlotGridLinesStroke(new BasicStroke(0.75f));
    styler.setAxisTickMarksColor(SECONDARY);
    styler.setChartPadding(4);
    styler.setPlotMargin(0);
    styler.setAxisTickPadding(TICK_PADDING);
  }

  /**
   * The category-axis labels: level ones bottom-aligned by XChart (the drawer then puts them on
   * one baseline), upright ones flush with the axis.
   */
  static void categoryLabels(AxesChartStyler styler, ChartInput input, ChartTexts texts, List<String> labels,
      int rotation) {
    styler.setXAxisLabelRotation(rotation);
    texts.addRotation(rotation);
    styler.setXAxisLabelAlignmentVertical(rotation == 0 ? TextAlignment.Left : TextAlignment.Right);
    if (rotation == 0) {
      texts.alignOnBaseline(labels);
    } else {
      texts.alignUpright(labels);
      styler.setAxisTickPadding(TICK_PADDING
          + uprightShortfall(styler.getAxisTickLabelsFont(), labelWidth(input), labels, rotation));
    }
  }

  /**
   * How much longer the longest upright label is drawn than the room XChart keeps for them, in
   * whole units. XChart measures the label with the most characters, laid out with whole-point
   * advances, and sets every label flush with the plot: a label of fewer but wider letters
   * ("Sweden and…" beside "Deutschland"), or whole-point advances narrower than the glyphs (JDK
   * 17), ran under the plot, whose background hid its last letters ("Ital" for Italy). A label
   * the drawer sets in fallback fonts ({@code drawn} gives its advance) is longer by as much as
   * its glyphs are wider than the missing-glyph boxes XChart laid out (emoji); the drawer moves
   * the labels up by that (render.OutlineText). The tick padding, which XChart adds to that room,
   * makes up the difference.
   */
  static int uprightShortfall(Font font, ToDoubleFunction<String> drawnAdvance, List<String> labels, int rotation) {
    AffineTransform turn = AffineTransform.getRotateInstance(-Math.toRadians(rotation));
    String measured = "";
    double drawn = 0;
    for (String label : labels) {
      if (label.length() > measured.length()) {
        measured = label;
      }
      if (!label.isEmpty()) {
        TextLayout boxes = new TextLayout(label, font, DRAWN);
        double longer = font.canDisplayUpTo(label) == -1 ? 0 : drawnAdvance.applyAsDouble(label) - boxes.getAdvance();
        drawn = Math.max(drawn, boxes.getOutline(turn).getBounds().getHeight() + Math.max(0, longer));
      }
    }
    if (measured.isEmpty()) {
      return 0;
    }
    double room = new TextLayout(measured, font, WHOLE_POINTS).getOutline(turn).getBounds().getHeight();
    return (int) Math.ceil(Math.max(0, drawn - room));
  }

  /**
   * Counts on the value axis: whole numbers only, each registered as chart text while XChart
   * formats it (XChart picks the tick values itself).
   */
  static void countAxis(AxesChartStyler styler, ChartTexts texts, int max, LongFunction<String> count) {
    styler.setYAxisMin(0.0);
    styler.setYAxisMax(niceCeiling(max));
    styler.setyAxisTickLabelsFormattingFunction(value ->
        value == Math.rint(value) ? texts.add(count.apply(Math.round(value))) : texts.add(""));
  }

  /** The axis end above {@code max}: a multiple of 1, 2 or 5 × 10ⁿ, so no bar touches the top. */
  static double niceCeiling(int max) {
    int step = niceStep(max);
    return Math.ceil(Math.max(max, 1) / (double) step) * step;
  }

  /** The ticks of a count axis from 0 to {@link #niceCeiling} of {@code max}, at most nine. */
  static List<Integer> countTicks(int max) {
    int step = niceStep(max);
    List<Integer> ticks = new ArrayList<>();
    for (int tick = 0; tick <= niceCeiling(max); tick += step) {
      ticks.add(tick);
    }
    return ticks;
  }

  /** A whole step of 1, 2 or 5 × 10ⁿ that divides {@code max} into at most eight. */
  private static int niceStep(int max) {
    double rough = Math.max(max, 1) / 8.0;
    double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
    double step = magnitude;
    for (double factor : new double[] {1, 2, 5, 10}) {
      step = factor * magnitude;
      if (step >= rough) {
        break;
      }
    }
    return (int) Math.max(1, step);
  }
}

package org.policybrief.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.knowm.xchart.style.AxesChartStyler;

/**
 * The look all charts share (design guide §9–10): text #1A1A1A at 8 pt in the body face, grid
 * rules #D9D9D9, no chart title or legend (captions and legends are set as text by the
 * template), and the labels shortened so they never collide.
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
  /** "…" is one em wide in Noto Sans SC, as wide as a Han character. */
  private static final int ELLIPSIS_COLUMNS = 2;

  private ChartStyle() {}

  static Font labelFont(ChartInput input) {
    return input.font().deriveFont(8f * UNITS_PER_POINT);
  }

  static int widthUnits() {
    return (int) Math.round(WIDTH_MM * UNITS_PER_MM);
  }

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
    styler.setAxisTickPadding(4);
  }

  /**
   * Counts on the value axis: whole numbers only, each registered as chart text while XChart
   * formats it (XChart picks the tick values itself).
   */
  static void countAxis(AxesChartStyler styler, ChartTexts texts, int max) {
    styler.setYAxisMin(0.0);
    styler.setYAxisMax(niceCeiling(max));
    styler.setyAxisTickLabelsFormattingFunction(value ->
        value == Math.rint(value) ? texts.add(Long.toString(Math.round(value))) : texts.add(""));
  }

  /** The axis end above {@code max}: a multiple of 1, 2 or 5 × 10ⁿ, so no bar touches the top. */
  static double niceCeiling(int max) {
    double rough = Math.max(max, 1) / 8.0;
    double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
    double step = magnitude;
    for (double factor : new double[] {1, 2, 5, 10}) {
      step = factor * magnitude;
      if (step >= rough) {
        break;
      }
    }
    step = Math.max(1, step);
    return Math.ceil(Math.max(max, 1) / step) * step;
  }

  /** Labels that fit {@code maxWidth} display columns (a Han character counts two), unique. */
  static List<String> shortLabels(List<String> names, int maxWidth) {
    List<String> labels = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String name : names) {
      String label = abbreviate(name, maxWidth);
      String unique = label;
      for (int n = 2; !seen.add(unique); n++) {
        unique = abbreviate(name, maxWidth - 2) + n;
      }
      labels.add(unique);
    }
    return labels;
  }

  /**
   * The name cut in the middle to {@code maxWidth} columns: names of one taxonomy often share
   * their beginning ("International cooperation …, strand 3"), so the end is kept too.
   */
  static String abbreviate(String name, int maxWidth) {
    if (width(name) <= maxWidth) {
      return name;
    }
    int[] cps = name.codePoints().toArray();
    int room = maxWidth - ELLIPSIS_COLUMNS;
    int headRoom = (room + 1) / 2;
    StringBuilder head = new StringBuilder();
    int used = 0;
    int h = 0;
    while (h < cps.length && used + columns(cps[h]) <= headRoom) {
      used += columns(cps[h]);
      head.appendCodePoint(cps[h++]);
    }
    StringBuilder tail = new StringBuilder();
    for (int t = cps.length - 1; t >= h && used + columns(cps[t]) <= room; t--) {
      used += columns(cps[t]);
      tail.insert(0, Character.toChars(cps[t]));
    }
    return head.toString().stripTrailing() + "…" + tail.toString().stripLeading();
  }

  /** The labels that differ from their names, for the note under the chart. */
  static List<Figure.Abbreviation> abbreviations(List<String> names, List<String> labels) {
    List<Figure.Abbreviation> shortened = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      if (!names.get(i).equals(labels.get(i))) {
        shortened.add(new Figure.Abbreviation(labels.get(i), names.get(i)));
      }
    }
    return shortened;
  }

  static int width(String text) {
    return text.codePoints().map(ChartStyle::columns).sum();
  }

  /** Han, kana, Hangul and full-width punctuation are one em wide: two Latin columns. */
  private static int columns(int codePoint) {
    Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
    boolean wide = script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
        || (codePoint >= 0x3000 && codePoint <= 0x303F) || (codePoint >= 0xFF01 && codePoint <= 0xFF60);
    return wide ? 2 : 1;
  }

  /**
   * Rotation of category-axis labels: level when they fit side by side, upright (90°) when not.
   */
  static int labelRotation(List<String> labels, int axisUnits, Font font) {
    double columnUnits = font.getSize2D() * 0.55;
    double widest = labels.stream().mapToInt(ChartStyle::width).max().orElse(0) * columnUnits;
    return widest * labels.size() * 1.15 <= axisUnits ? 0 : 90;
  }
}

package org.policybrief.chart;

import java.awt.Font;
import java.awt.font.FontRenderContext;

/** Axis labels measured in the chart's own font, as the chart drawer lays them out. */
final class LabelFit {

  /** Fractional metrics, as the chart drawer paints: widths then match the PDF's. */
  private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

  private LabelFit() {}

  /** The advance of {@code text} in {@code font}, in chart units. */
  static double width(String text, Font font) {
    return text.isEmpty() ? 0 : font.getStringBounds(text, CONTEXT).getWidth();
  }
}

package org.policybrief.chart;

import java.awt.Color;
import java.util.List;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * One chart ready to draw: the XChart object, every string it draws ({@code texts}, which grows
 * while the value axis formats its ticks), the legend the template sets as text, the facts its
 * caption states, and its height on the page.
 */
public record Figure(
    String type,
    Chart<?, ?> chart,
    ChartTexts texts,
    List<LegendEntry> legend,
    List<String> findings,
    double heightMm) {

  public record LegendEntry(String name, Color color) {}

  public Figure {
    legend = List.copyOf(legend);
    findings = List.copyOf(findings);
  }
}

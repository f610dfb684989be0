package org.policybrief.chart;

import java.awt.Color;
import java.util.List;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * One chart ready to draw: the XChart object, every string it draws ({@code texts}, which grows
 * while the value axis formats its ticks), the legend the template sets as text, the facts its
 * caption states, the labels it shortened, and its height on the page.
 */
public record Figure(
    String type,
    Chart<?, ?> chart,
    ChartTexts texts,
    List<LegendEntry> legend,
    List<String> findings,
    List<Abbreviation> abbreviations,
    double heightMm) {

  public record LegendEntry(String name, Color color) {}

  /** A label shortened to fit an axis or the legend, and the full name the note under the chart gives. */
  public record Abbreviation(String label, String name) {}

  public Figure {
    legend = List.copyOf(legend);
    findings = List.copyOf(findings);
    // An axis and the legend may shorten one name alike: the note gives it once.
    abbreviations = abbreviations.stream().distinct().toList();
  }
}

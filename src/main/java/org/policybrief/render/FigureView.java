package org.policybrief.render;

import java.util.List;

/**
 * What the template shows of one figure: its anchor (also the {@code data-chart} the drawer
 * looks up), the fragment {@code charts/<type>.ftl} that places it, its number, the facts its
 * caption states, its legend and its height.
 */
public record FigureView(String id, String type, int number, List<String> findings,
    List<LegendView> legend, List<AbbreviationView> abbreviations, String height) {

  public record LegendView(String name, String color) {}

  /** A label shortened on an axis or in the legend and its full name, for the note under the chart. */
  public record AbbreviationView(String label, String name) {}

  public FigureView {
    findings = List.copyOf(findings);
    legend = List.copyOf(legend);
    abbreviations = List.copyOf(abbreviations);
  }
}

package org.policybrief.chart;

import java.awt.Color;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A chart's legend, which the template sets as text above the chart (briefing.css {@code .legend}):
 * 8 pt entries, each a 7 pt swatch, 3 pt of space and the name, 8 pt apart. An entry never
 * breaks, so a name wider than a whole line of the text block is shortened as axis labels are
 * ({@link LabelFit}), measured as the page sets it, and the note under the chart gives it in full.
 */
record Legend(List<Figure.LegendEntry> entries, List<Figure.Abbreviation> abbreviations) {

  static final double SIZE_PT = 8;
  /** The text block's width, less the swatch, the space after it and the space after the entry. */
  static final double ROOM_PT = ChartStyle.WIDTH_MM * 72 / 25.4 - 7 - 3 - 8;

  Legend {
    entries = List.copyOf(entries);
    abbreviations = List.copyOf(abbreviations);
  }

  /** The entries of {@code names} in {@code colors}, in that order. */
  static Legend of(ChartInput input, List<String> names, List<Color> colors) {
    List<String> labels = LabelFit.fitStrictly(names, ROOM_PT,
        text -> SIZE_PT * input.pageTextWidth().applyAsDouble(text));
    return new Legend(
        IntStream.range(0, names.size()).mapToObj(i -> new Figure.LegendEntry(labels.get(i), colors.get(i))).toList(),
        LabelFit.abbreviations(names, labels));
  }
}

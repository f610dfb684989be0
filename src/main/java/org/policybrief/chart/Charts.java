package org.policybrief.chart;

import java.util.List;
import java.util.Optional;

/** Every chart of a briefing, in the order the figures are numbered. */
public final class Charts {

  static final List<ChartType> TYPES = List.of(
      new CategoryBarsChart(),
      new CategoryHeatMap(),
      new CumulativeTimeline(),
      new CategoryProfileChart());

  private Charts() {}

  /** The figures the data supports; an empty dataset has none. */
  public static List<Figure> figures(ChartInput input) {
    return TYPES.stream().map(t -> t.figure(input)).flatMap(Optional::stream).toList();
  }
}

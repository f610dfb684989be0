package org.policybrief.chart;

/**
 * One kind of chart. Its {@link #id()} names the template fragment {@code charts/<id>.ftl} that
 * places it, so a new kind is this class, one line in {@link Charts#TYPES} and one fragment.
 */
public interface ChartType {

  String id();

  /** The figure, or none when the data holds nothing this chart could show. */
  java.util.Optional<Figure> figure(ChartInput input);
}

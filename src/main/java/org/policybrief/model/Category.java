package org.policybrief.model;

import java.util.Map;
import org.policybrief.diag.Location;

/**
 * One category of the dataset's taxonomy. {@code color} is {@code #RRGGBB} or empty;
 * {@code cellsAt} places the cells of its texts ({@link #at(String)}).
 */
public record Category(String id, Text name, String color, Location at, Map<String, Location> cellsAt) {

  public Category {
    cellsAt = Map.copyOf(cellsAt);
  }

  /** A category whose cells' places are not known (not read from a source). */
  public Category(String id, Text name, String color, Location at) {
    this(id, name, color, at, Map.of());
  }

  /** Where the cell of {@code column} starts; the row's start when not known. */
  public Location at(String column) {
    return cellsAt.getOrDefault(column, at);
  }
}

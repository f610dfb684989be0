package org.policybrief.model;

import java.util.Map;
import org.policybrief.diag.Location;

/**
 * A country code with its display names, and where its row and the names' cells are (for
 * warnings about the names).
 */
public record Country(String code, Text name, Location at, Map<String, Location> cellsAt) {

  public Country {
    cellsAt = Map.copyOf(cellsAt);
  }

  /** A country whose cells' places are not known (not read from a source). */
  public Country(String code, Text name, Location at) {
    this(code, name, at, Map.of());
  }

  /** Where the cell of {@code column} starts; the row's start when not known. */
  public Location at(String column) {
    return cellsAt.getOrDefault(column, at);
  }
}

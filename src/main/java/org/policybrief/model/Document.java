package org.policybrief.model;

import java.time.LocalDate;
import java.util.Map;
import org.policybrief.diag.Location;

/**
 * One policy document: an action plan, a law, an executive order. {@code cellsAt} places the
 * cells of its texts ({@link #at(String)}).
 */
public record Document(
    String id,
    String country,
    Text title,
    String issuer,
    LocalDate date,
    String type,
    String url,
    Location at,
    Map<String, Location> cellsAt) {

  public Document {
    cellsAt = Map.copyOf(cellsAt);
  }

  /** A document whose cells' places are not known (not read from a source). */
  public Document(String id, String country, Text title, String issuer, LocalDate date,
      String type, String url, Location at) {
    this(id, country, title, issuer, date, type, url, at, Map.of());
  }

  /** Where the cell of {@code column} starts; the row's start when not known. */
  public Location at(String column) {
    return cellsAt.getOrDefault(column, at);
  }
}

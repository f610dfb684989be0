package org.policybrief.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.policybrief.diag.Location;

/**
 * One concrete commitment inside a document. {@code date} is the date the measure took effect
 * when given, else its document's date, so it is never null. {@code cellsAt} places the cells
 * of its texts ({@link #at(String)}).
 */
public record Measure(
    String id,
    String documentId,
    String categoryId,
    String country,
    Text title,
    Text summary,
    List<String> tags,
    LocalDate date,
    Location at,
    Map<String, Location> cellsAt) {

  public Measure {
    tags = List.copyOf(tags);
    cellsAt = Map.copyOf(cellsAt);
  }

  /** A measure whose cells' places are not known (not read from a source). */
  public Measure(String id, String documentId, String categoryId, String country, Text title,
      Text summary, List<String> tags, LocalDate date, Location at) {
    this(id, documentId, categoryId, country, title, summary, tags, date, at, Map.of());
  }

  /** Where the cell of {@code column} starts; the row's start when not known. */
  public Location at(String column) {
    return cellsAt.getOrDefault(column, at);
  }
}

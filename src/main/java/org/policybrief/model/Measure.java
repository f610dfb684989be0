package org.policybrief.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.policybrief.diag.Location;

/**
 * One concrete commitment inside a document. {@code date} is the date the measure took effect
 * when given, else its document's date, so it is never null. {@code fieldsAt} says where each
 * field starts in the source, by column name.
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
    Map<String, Location> fieldsAt) {

  public Measure {
    tags = List.copyOf(tags);
    fieldsAt = Map.copyOf(fieldsAt);
  }

  public Measure(String id, String documentId, String categoryId, String country, Text title,
      Text summary, List<String> tags, LocalDate date, Location at) {
    this(id, documentId, categoryId, country, title, summary, tags, date, at, Map.of());
  }

  /** Where the field of {@code column} starts in the source; the row's start when not known. */
  public Location at(String column) {
    return fieldsAt.getOrDefault(column, at);
  }
}

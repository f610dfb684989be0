package org.policybrief.model;

import java.util.Map;
import org.policybrief.diag.Location;

/**
 * One category of the dataset's taxonomy. {@code color} is {@code #RRGGBB} or empty.
 * {@code fieldsAt} says where each field starts in the source, by column name.
 */
public record Category(String id, Text name, String color, Location at,
    Map<String, Location> fieldsAt) {

  public Category {
    fieldsAt = Map.copyOf(fieldsAt);
  }

  /** Where the field of {@code column} starts in the source; the row's start when not known. */
  public Location at(String column) {
    return fieldsAt.getOrDefault(column, at);
  }
}

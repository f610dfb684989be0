package org.policybrief.model;

import java.util.Map;
import org.policybrief.diag.Location;

/**
 * A country code with its display names, and where its row is (for warnings about the names);
 * {@code fieldsAt} says where each field starts, by column name.
 */
public record Country(String code, Text name, Location at, Map<String, Location> fieldsAt) {

  public Country {
    fieldsAt = Map.copyOf(fieldsAt);
  }

  /** Where the field of {@code column} starts in the source; the row's start when not known. */
  public Location at(String column) {
    return fieldsAt.getOrDefault(column, at);
  }
}

package org.policybrief.model;

import java.time.LocalDate;
import java.util.Map;
import org.policybrief.diag.Location;

/**
 * One policy document: an action plan, a law, an executive order. {@code fieldsAt} says where
 * each field starts in the source, by column name.
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
    Map<String, Location> fieldsAt) {

  public Document {
    fieldsAt = Map.copyOf(fieldsAt);
  }

  public Document(String id, String country, Text title, String issuer, LocalDate date,
      String type, String url, Location at) {
    this(id, country, title, issuer, date, type, url, at, Map.of());
  }

  /** Where the field of {@code column} starts in the source; the row's start when not known. */
  public Location at(String column) {
    return fieldsAt.getOrDefault(column, at);
  }
}

package org.policybrief.analysis;

import java.time.LocalDate;
import java.util.List;
import org.policybrief.model.Text;

/**
 * What changed in the data since the previous edition, by id. {@code previousEdition} is null
 * for the first edition, which then has no changes to list. A category's change has no country;
 * a country's (its name in countries.csv) is by its code.
 */
public record Changes(LocalDate previousEdition, List<Change> documents, List<Change> measures,
    List<Change> categories, List<Change> countries) {

  public enum Kind { ADDED, REMOVED, CHANGED }

  /**
   * One document, measure, category or country: its title (a category's or country's name) and
   * country as in the newer data (the older if removed).
   */
  public record Change(Kind kind, String id, Text title, String country) {}

  public static Changes first() {
    return new Changes(null, List.of(), List.of(), List.of(), List.of());
  }

  public Changes {
    documents = List.copyOf(documents);
    measures = List.copyOf(measures);
    categories = List.copyOf(categories);
    countries = List.copyOf(countries);
  }

  public boolean isFirst() {
    return previousEdition == null;
  }

  public long count(List<Change> changes, Kind kind) {
    return changes.stream().filter(c -> c.kind() == kind).count();
  }
}

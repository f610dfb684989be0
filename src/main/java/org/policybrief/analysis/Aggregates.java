package org.policybrief.analysis;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.policybrief.model.Category;
import org.policybrief.model.Document;
import org.policybrief.model.Measure;

/**
 * What a briefing says about a dataset, computed once: countries in briefing order (most
 * measures first, then by code), the category × country counts, and the most recent documents
 * as of a date.
 */
public record Aggregates(
    List<CountryStats> countries,
    List<Category> categories,
    Map<String, Map<String, Integer>> countsByCountryAndCategory,
    int documentCount,
    int measureCount,
    LocalDate latestDate) {

  /** One country's share of the dataset; {@code leadingCategories} by count, at most three. */
  public record CountryStats(
      String code,
      List<Document> documents,
      List<Measure> measures,
      List<CategoryCount> leadingCategories) {}

  public record CategoryCount(Category category, int count) {}

  public Aggregates {
    countries = List.copyOf(countries);
    categories = List.copyOf(categories);
    countsByCountryAndCategory = Map.copyOf(countsByCountryAndCategory);
  }

  public int count(String country, String category) {
    return countsByCountryAndCategory.getOrDefault(country, Map.of()).getOrDefault(category, 0);
  }

  public int categoryTotal(String category) {
    return countries.stream().mapToInt(c -> count(c.code(), category)).sum();
  }

  /**
   * The {@code limit} latest documents published on or before {@code asOf}, newest first, then by
   * id: a document dated after the briefing's own date is not among its latest (the cover says
   * the data runs to that date); it is still listed in its country's section.
   */
  public List<Document> recentDocuments(LocalDate asOf, int limit) {
    return countries.stream()
        .flatMap(c -> c.documents().stream())
        .filter(d -> !d.date().isAfter(asOf))
        .sorted(Comparator.comparing(Document::date).reversed().thenComparing(Document::id))
        .limit(limit)
        .toList();
  }
}

package org.policybrief.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.policybrief.model.Category;
import org.policybrief.model.Document;
import org.policybrief.model.Measure;

/**
 * What a briefing says about a dataset, computed once: countries in briefing order (most
 * measures first, then by code), the category × country counts, and the most recent documents.
 */
public record Aggregates(
    List<CountryStats> countries,
    List<Category> categories,
    Map<String, Map<String, Integer>> countsByCountryAndCategory,
    List<Document> recentDocuments,
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
    recentDocuments = List.copyOf(recentDocuments);
  }

  public int count(String country, String category) {
    return countsByCountryAndCategory.getOrDefault(country, Map.of()).getOrDefault(category, 0);
  }

  public int categoryTotal(String category) {
    return countries.stream().mapToInt(c -> count(c.code(), category)).sum();
  }
}

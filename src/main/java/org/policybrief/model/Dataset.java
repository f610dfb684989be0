package org.policybrief.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A whole validated dataset, rows in file order. {@code countryNames} holds the names given by
 * countries.csv; codes it lacks are named from the built-in table.
 */
public record Dataset(
    List<Document> documents,
    List<Measure> measures,
    List<Category> categories,
    Map<String, Country> countryNames,
    String sourceName) {

  public Dataset {
    documents = List.copyOf(documents);
    measures = List.copyOf(measures);
    categories = List.copyOf(categories);
    countryNames = Map.copyOf(countryNames);
  }

  public Map<String, Document> documentsById() {
    return index(documents, Document::id);
  }

  public Map<String, Category> categoriesById() {
    return index(categories, Category::id);
  }

  public Optional<Country> givenCountry(String code) {
    return Optional.ofNullable(countryNames.get(code));
  }

  private static <T> Map<String, T> index(List<T> rows, Function<T, String> key) {
    return rows.stream()
        .collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
  }
}

package org.policybrief.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.policybrief.analysis.Aggregates.CategoryCount;
import org.policybrief.analysis.Aggregates.CountryStats;
import org.policybrief.model.Category;
import org.policybrief.model.Dataset;
import org.policybrief.model.Document;
import org.policybrief.model.Measure;
import org.policybrief.model.Selection;

/** Pure {@code Dataset → Aggregates}; no I/O. */
public final class Analyzer {

  public static final int LEADING_CATEGORIES = 3;

  private Analyzer() {}

  public static Aggregates analyze(Dataset dataset) {
    return analyze(dataset, Selection.ALL);
  }

  /**
   * Aggregates of a dataset already narrowed by {@link SelectionFilter}: countries in the
   * selection's order when it names them, and only the selected categories.
   */
  public static Aggregates analyze(Dataset dataset, Selection selection) {
    Map<String, List<Measure>> measuresByCountry = new HashMap<>();
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    for (Measure m : dataset.measures()) {
      measuresByCountry.computeIfAbsent(m.country(), k -> new ArrayList<>()).add(m);
      counts.computeIfAbsent(m.country(), k -> new HashMap<>()).merge(m.categoryId(), 1, Integer::sum);
    }
    Map<String, List<Document>> documentsByCountry = new LinkedHashMap<>();
    for (Document d : dataset.documents()) {
      documentsByCountry.computeIfAbsent(d.country(), k -> new ArrayList<>()).add(d);
    }

    List<Category> categories = SelectionFilter.selectedCategories(dataset.categories(), selection);
    List<CountryStats> countries = Stream.concat(
            measuresByCountry.keySet().stream(), documentsByCountry.keySet().stream())
        .distinct()
        .sorted(selection.countries().isEmpty()
            ? Comparator.comparingInt((String c) -> -measuresByCountry.getOrDefault(c, List.of()).size())
                .thenComparing(Comparator.naturalOrder())
            : Comparator.comparingInt((String c) -> selection.countries().indexOf(c)))
        .map(code -> new CountryStats(code,
            sortedDocuments(documentsByCountry.getOrDefault(code, List.of())),
            measuresByCountry.getOrDefault(code, List.of()),
            leading(categories, counts.getOrDefault(code, Map.of()))))
        .toList();

    LocalDate latest = Stream.concat(
            dataset.documents().stream().map(Document::date),
            dataset.measures().stream().map(Measure::date))
        .max(Comparator.naturalOrder())
        .orElse(null);
    return new Aggregates(countries, categories, counts,
        dataset.documents().size(), dataset.measures().size(), latest);
  }

  private static List<Document> sortedDocuments(List<Document> documents) {
    return documents.stream()
        .sorted(Comparator.comparing(Document::date).thenComparing(Document::id))
        .toList();
  }

  /**
   * The categories with most measures, ties in taxonomy order; never a zero count. At most
   * {@value #LEADING_CATEGORIES}, and a tie where they are cut is kept whole or left out: of five
   * categories of one measure each, the summary said the country was "mostly on" the first three.
   * When more than that many share the most, all of them.
   */
  static List<CategoryCount> leading(List<Category> categories, Map<String, Integer> counts) {
    List<CategoryCount> all = categories.stream()
        .map(c -> new CategoryCount(c, counts.getOrDefault(c.id(), 0)))
        .filter(c -> c.count() > 0)
        .sorted(Comparator.comparingInt(CategoryCount::count).reversed())
        .toList();
    if (all.size() <= LEADING_CATEGORIES) {
      return all;
    }
    int firstLeftOut = all.get(LEADING_CATEGORIES).count();
    List<CategoryCount> above = all.stream().filter(c -> c.count() > firstLeftOut).toList();
    return above.isEmpty() ? all.stream().filter(c -> c.count() == firstLeftOut).toList() : above;
  }
}

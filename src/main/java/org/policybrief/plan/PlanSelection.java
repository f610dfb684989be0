package org.policybrief.plan;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.policybrief.model.Dataset;
import org.policybrief.model.Document;
import org.policybrief.model.Measure;

/**
 * The part of a dataset one briefing covers: some countries and some categories, each empty for
 * all. Kept minimal on purpose; the generate command's selection may replace it.
 */
public record PlanSelection(List<String> countries, List<String> categories) {

  public static final PlanSelection ALL = new PlanSelection(List.of(), List.of());

  public PlanSelection {
    countries = List.copyOf(countries);
    categories = List.copyOf(categories);
  }

  /**
   * The dataset restricted to the selection: measures of the chosen countries and categories,
   * documents of the chosen countries (only those with a chosen measure when categories are
   * chosen), the chosen categories in taxonomy order.
   */
  public Dataset apply(Dataset dataset) {
    Set<String> countrySet = Set.copyOf(countries);
    Set<String> categorySet = Set.copyOf(categories);
    List<Measure> measures = dataset.measures().stream()
        .filter(m -> countrySet.isEmpty() || countrySet.contains(m.country()))
        .filter(m -> categorySet.isEmpty() || categorySet.contains(m.categoryId()))
        .toList();
    Set<String> documentsWithMeasures =
        measures.stream().map(Measure::documentId).collect(Collectors.toSet());
    List<Document> documents = dataset.documents().stream()
        .filter(d -> countrySet.isEmpty() || countrySet.contains(d.country()))
        .filter(d -> categorySet.isEmpty() || documentsWithMeasures.contains(d.id()))
        .toList();
    return new Dataset(documents, measures,
        dataset.categories().stream()
            .filter(c -> categorySet.isEmpty() || categorySet.contains(c.id()))
            .toList(),
        dataset.countryNames(), dataset.sourceName());
  }
}

package org.policybrief.analysis;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.policybrief.diag.Diagnostics;
import org.policybrief.diag.Location;
import org.policybrief.model.Category;
import org.policybrief.model.Dataset;
import org.policybrief.model.Document;
import org.policybrief.model.Measure;
import org.policybrief.model.Selection;

/**
 * Pure {@code Dataset → Dataset}: keeps the measures and documents a {@link Selection} covers,
 * before aggregating, so that the summary, tables and charts all follow it. The taxonomy stays
 * whole (a category keeps its colour); {@link Analyzer} shows only the selected categories.
 *
 * <p>A filter naming a country or category the dataset lacks is an error, and so is one that
 * leaves no measure: a briefing on nothing is never written.
 */
public final class SelectionFilter {

  private SelectionFilter() {}

  public static Optional<Dataset> apply(Dataset dataset, Selection selection, Diagnostics diagnostics) {
    if (selection.isAll()) {
      return Optional.of(dataset);
    }
    Set<String> knownCountries = new LinkedHashSet<>();
    dataset.documents().forEach(d -> knownCountries.add(d.country()));
    Set<String> knownCategories = new LinkedHashSet<>(dataset.categoriesById().keySet());
    boolean known = checkKnown("--country", "country", selection.countries(), knownCountries, diagnostics)
        & checkKnown("--category", "category", selection.categories(), knownCategories, diagnostics);
    if (selection.from() != null && selection.to() != null && selection.from().isAfter(selection.to())) {
      diagnostics.error(Location.NONE, "selection.bad-range",
          "--from " + selection.from() + " is after --to " + selection.to() + ": no date can be in between");
      return Optional.empty();
    }
    if (!known) {
      return Optional.empty();
    }

    List<Measure> measures = dataset.measures();
    measures = narrow(measures, selection.countries().isEmpty() ? null
        : m -> selection.countries().contains(m.country()), "--country " + String.join(",", selection.countries()), diagnostics);
    measures = measures == null ? null : narrow(measures, selection.categories().isEmpty() ? null
        : m -> selection.categories().contains(m.categoryId()), "--category " + String.join(",", selection.categories()), diagnostics);
    measures = measures == null ? null : narrow(measures, selection.from() == null && selection.to() == null ? null
        : m -> selection.contains(m.date()), dateFilter(selection), diagnostics);
    if (measures == null) {
      return Optional.empty();
    }

    Set<String> documentsWithMeasures = new HashSet<>();
    measures.forEach(m -> documentsWithMeasures.add(m.documentId()));
    List<Document> documents = dataset.documents().stream()
        .filter(d -> selection.countries().isEmpty() || selection.countries().contains(d.country()))
        .filter(d -> !selection.hasMeasureFilter() || documentsWithMeasures.contains(d.id()))
        .toList();
    return Optional.of(new Dataset(documents, measures, dataset.categories(), dataset.countryNames(),
        dataset.sourceName()));
  }

  /** The selected categories in taxonomy order, or the whole taxonomy when none is selected. */
  static List<Category> selectedCategories(List<Category> taxonomy, Selection selection) {
    return taxonomy.stream()
        .filter(c -> selection.categories().isEmpty() || selection.categories().contains(c.id()))
        .toList();
  }

  /** The measures the filter keeps; null (and an error naming the filter) when none is left. */
  private static List<Measure> narrow(List<Measure> measures, Predicate<Measure> filter, String name,
      Diagnostics diagnostics) {
    if (filter == null) {
      return measures;
    }
    List<Measure> kept = measures.stream().filter(filter).toList();
    if (kept.isEmpty()) {
      diagnostics.error(Location.NONE, "selection.empty",
          "the selection " + name + " leaves no measure: there is nothing to brief on");
      return null;
    }
    return kept;
  }

  private static boolean checkKnown(String option, String what, List<String> wanted, Set<String> known,
      Diagnostics diagnostics) {
    boolean ok = true;
    for (String id : wanted) {
      if (!known.contains(id)) {
        diagnostics.error(Location.NONE, "selection.unknown-" + what,
            option + " names " + what + " \"" + id + "\", which the dataset does not have (it has: "
                + String.join(", ", known) + ")");
        ok = false;
      }
    }
    return ok;
  }

  private static String dateFilter(Selection selection) {
    return (selection.from() == null ? "" : "--from " + selection.from())
        + (selection.from() != null && selection.to() != null ? " " : "")
        + (selection.to() == null ? "" : "--to " + selection.to());
  }
}

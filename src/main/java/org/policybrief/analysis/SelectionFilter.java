package org.policybrief.analysis;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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
 * <p>{@link #apply} checks a selection a user typed: naming a country or category the dataset
 * lacks is an error, and so is one that leaves no measure, as a briefing on nothing is never
 * written. {@link #narrow} only narrows, for selections already checked and for older data.
 */
public final class SelectionFilter {

  private SelectionFilter() {}

  /** The dataset narrowed to the selection, or empty when {@code diagnostics} got errors. */
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
    Dataset narrowed = narrow(dataset, selection);
    if (narrowed.measures().isEmpty()) {
      diagnostics.error(Location.NONE, "selection.empty", "the selection " + firstEmptyingFilter(dataset, selection)
          + " leaves no measure: there is nothing to brief on");
      return Optional.empty();
    }
    return Optional.of(narrowed);
  }

  /**
   * The measures of the selected countries, categories and dates; the documents of the selected
   * countries, only those with a kept measure when categories or dates are selected; the whole
   * taxonomy. Names the dataset lacks simply select nothing.
   */
  public static Dataset narrow(Dataset dataset, Selection selection) {
    if (selection.isAll()) {
      return dataset;
    }
    List<Measure> measures = dataset.measures().stream()
        .filter(m -> selection.countries().isEmpty() || selection.countries().contains(m.country()))
        .filter(m -> selection.categories().isEmpty() || selection.categories().contains(m.categoryId()))
        .filter(m -> selection.contains(m.date()))
        .toList();
    Set<String> documentsWithMeasures = measures.stream().map(Measure::documentId).collect(Collectors.toSet());
    List<Document> documents = dataset.documents().stream()
        .filter(d -> selection.countries().isEmpty() || selection.countries().contains(d.country()))
        .filter(d -> !selection.hasMeasureFilter() || documentsWithMeasures.contains(d.id()))
        .toList();
    return new Dataset(documents, measures, dataset.categories(), dataset.countryNames(),
        dataset.sourceName());
  }

  /** The selected categories in taxonomy order, or the whole taxonomy when none is selected. */
  static List<Category> selectedCategories(List<Category> taxonomy, Selection selection) {
    return taxonomy.stream()
        .filter(c -> selection.categories().isEmpty() || selection.categories().contains(c.id()))
        .toList();
  }

  /** The option that empties the selection, trying countries, then categories, then dates. */
  private static String firstEmptyingFilter(Dataset dataset, Selection selection) {
    Selection countries = new Selection(selection.countries(), List.of(), null, null);
    if (!selection.countries().isEmpty() && narrow(dataset, countries).measures().isEmpty()) {
      return "--country " + String.join(",", selection.countries());
    }
    Selection categories = new Selection(selection.countries(), selection.categories(), null, null);
    if (!selection.categories().isEmpty() && narrow(dataset, categories).measures().isEmpty()) {
      return "--category " + String.join(",", selection.categories());
    }
    return (selection.from() == null ? "" : "--from " + selection.from())
        + (selection.from() != null && selection.to() != null ? " " : "")
        + (selection.to() == null ? "" : "--to " + selection.to());
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
}

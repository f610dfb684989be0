package org.policybrief.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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

  /** The three filters of a selection, as bits of a set of them (see {@link #part}). */
  private static final int COUNTRIES = 1;
  private static final int CATEGORIES = 2;
  private static final int DATES = 4;

  private SelectionFilter() {}

  /**
   * Where a selection's filters were given, for its messages: on the command line
   * ({@code --country}, {@code --category}, {@code --from}, {@code --to}), or in a config file
   * under its keys ({@code countries}, {@code categories}, {@code from}, {@code to}) at the places
   * {@code fromFile} holds for them.
   */
  public record Origin(Map<String, Location> fromFile) {

    public static final Origin COMMAND_LINE = new Origin(Map.of());

    private static final Map<String, String> OPTIONS =
        Map.of("countries", "--country", "categories", "--category", "from", "--from", "to", "--to");

    public Origin {
      fromFile = Map.copyOf(fromFile);
    }

    String name(String key) {
      return fromFile.containsKey(key) ? key : OPTIONS.get(key);
    }

    Location at(String key) {
      return fromFile.getOrDefault(key, Location.NONE);
    }
  }

  /** The dataset narrowed to the selection, or empty when {@code diagnostics} got errors. */
  public static Optional<Dataset> apply(Dataset dataset, Selection selection, Diagnostics diagnostics) {
    return apply(dataset, selection, Origin.COMMAND_LINE, diagnostics);
  }

  /** As {@link #apply(Dataset, Selection, Diagnostics)}, its mistakes named where {@code origin} says. */
  public static Optional<Dataset> apply(Dataset dataset, Selection selection, Origin origin,
      Diagnostics diagnostics) {
    if (selection.isAll()) {
      return Optional.of(dataset);
    }
    Set<String> knownCountries = new LinkedHashSet<>();
    dataset.documents().forEach(d -> knownCountries.add(d.country()));
    Set<String> knownCategories = new LinkedHashSet<>(dataset.categoriesById().keySet());
    boolean known = checkKnown(origin, "countries", "country", selection.countries(), knownCountries, diagnostics)
        & checkKnown(origin, "categories", "category", selection.categories(), knownCategories, diagnostics);
    if (isBackwards(selection, origin, diagnostics) || !known) {
      return Optional.empty();
    }
    Dataset narrowed = narrow(dataset, selection);
    if (narrowed.measures().isEmpty()) {
      reportEmpty(dataset, selection, origin, diagnostics);
      return Optional.empty();
    }
    return Optional.of(narrowed);
  }

  /**
   * What can be said of a selection over data with errors, which are not known to name a country
   * or category, nor which measures there are: a backwards range is an error all the same, and the
   * rest is said not to have been checked, where it went unsaid as if it had no mistake.
   */
  public static void checkWithoutData(Selection selection, Origin origin, Diagnostics diagnostics) {
    isBackwards(selection, origin, diagnostics);
    List<String> given = new ArrayList<>();
    for (String key : List.of("countries", "categories", "from", "to")) {
      boolean isGiven = switch (key) {
        case "countries" -> !selection.countries().isEmpty();
        case "categories" -> !selection.categories().isEmpty();
        case "from" -> selection.from() != null;
        default -> selection.to() != null;
      };
      if (isGiven) {
        given.add(key);
      }
    }
    if (!given.isEmpty()) {
      diagnostics.warning(origin.at(given.get(0)), "selection.not-checked", "the selection ("
          + given.stream().map(origin::name).collect(Collectors.joining(", ")) + ") was not checked"
          + " against the data, which has errors: a country or category the data lacks, or a"
          + " selection that leaves no measure, is named once the data's errors are corrected");
    }
  }

  private static boolean isBackwards(Selection selection, Origin origin, Diagnostics diagnostics) {
    if (selection.from() != null && selection.to() != null && selection.from().isAfter(selection.to())) {
      diagnostics.error(origin.at("from"), "selection.bad-range", origin.name("from") + " " + selection.from()
          + " is after " + origin.name("to") + " " + selection.to() + ": no date can be in between");
      return true;
    }
    return false;
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

  /**
   * Names the fewest filters that leave no measure, each as it was given (--from 2030-01-01, or
   * from 2030-01-01 at its line in a config file).
   */
  private static void reportEmpty(Dataset dataset, Selection selection, Origin origin, Diagnostics diagnostics) {
    Selection named = emptyingPart(dataset, selection);
    List<String> keys = new ArrayList<>();
    List<String> filters = new ArrayList<>();
    if (!named.countries().isEmpty()) {
      keys.add("countries");
      filters.add(origin.name("countries") + " " + String.join(",", named.countries()));
    }
    if (!named.categories().isEmpty()) {
      keys.add("categories");
      filters.add(origin.name("categories") + " " + String.join(",", named.categories()));
    }
    if (named.from() != null) {
      keys.add("from");
      filters.add(origin.name("from") + " " + named.from());
    }
    if (named.to() != null) {
      keys.add("to");
      filters.add(origin.name("to") + " " + named.to());
    }
    // at the first of the filters that a config file gave, as its unknown country is
    Location at = keys.stream().map(origin::at).filter(place -> !place.equals(Location.NONE))
        .findFirst().orElse(Location.NONE);
    diagnostics.error(at, "selection.empty", "the selection " + String.join(" ", filters)
        + " leaves no measure: there is nothing to brief on");
  }

  /**
   * The fewest filters that together leave no measure: one alone when one does (countries tried
   * first, then categories, then dates), else two, else all. "--category c" alone was named when
   * only "--country AD --category c" together left nothing, as if category c were empty.
   */
  private static Selection emptyingPart(Dataset dataset, Selection selection) {
    List<Integer> given = new ArrayList<>();
    for (int filter : new int[] {COUNTRIES, CATEGORIES, DATES}) {
      if (!part(selection, filter).isAll()) {
        given.add(filter);
      }
    }
    List<Integer> subsets = new ArrayList<>(given);
    for (int a = 0; a < given.size(); a++) {
      for (int b = a + 1; b < given.size(); b++) {
        subsets.add(given.get(a) | given.get(b));
      }
    }
    int all = given.stream().reduce(0, (a, b) -> a | b);
    subsets.add(all);
    int emptying = subsets.stream().filter(f -> narrow(dataset, part(selection, f)).measures().isEmpty())
        .findFirst().orElse(all);
    return part(selection, emptying);
  }

  /** The part of a selection that the set {@code filters} (of COUNTRIES, CATEGORIES, DATES) keeps. */
  private static Selection part(Selection selection, int filters) {
    boolean dates = (filters & DATES) != 0;
    return new Selection((filters & COUNTRIES) != 0 ? selection.countries() : List.of(),
        (filters & CATEGORIES) != 0 ? selection.categories() : List.of(),
        dates ? selection.from() : null, dates ? selection.to() : null);
  }

  private static boolean checkKnown(Origin origin, String key, String what, List<String> wanted,
      Set<String> known, Diagnostics diagnostics) {
    boolean ok = true;
    for (String id : wanted) {
      if (!known.contains(id)) {
        diagnostics.error(origin.at(key), "selection.unknown-" + what,
            origin.name(key) + " names " + what + " \"" + id + "\", which the dataset does not have (it has: "
                + String.join(", ", known) + ")");
        ok = false;
      }
    }
    return ok;
  }
}

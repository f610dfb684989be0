package org.policybrief.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.policybrief.analysis.SelectionFilter;
import org.policybrief.diag.Diagnostics;
import org.policybrief.model.Category;
import org.policybrief.model.Dataset;
import org.policybrief.model.Document;
import org.policybrief.model.Measure;
import org.policybrief.model.Selection;

/**
 * Pure {@code Plan × Dataset → briefings}: expands "each country" and "each language", and checks
 * that the countries and categories a plan names exist in the data.
 */
public final class PlanExpander {

  private PlanExpander() {}

  /**
   * The briefings of the plan, in plan order; per-country briefings are named
   * {@code <name>-<code in lower case>}, one for each country with a measure in the entry's
   * categories and dates. A selection that keeps no measure is an error, as it is for
   * {@code generate}, and so is an entry for each country when no country has such a measure.
   * Empty list when {@code diagnostics} got errors.
   */
  public static List<PlannedBriefing> expand(
      Plan plan, Dataset dataset, List<String> languages, Diagnostics diagnostics) {
    List<String> dataCountries = countriesOf(dataset);
    Set<String> categories = new HashSet<>(dataset.categories().stream().map(Category::id).toList());
    int errorsBefore = diagnostics.errors().size();
    List<PlannedBriefing> briefings = new ArrayList<>();
    Set<String> files = new HashSet<>();
    for (PlanEntry entry : plan.entries()) {
      int errorsBeforeEntry = diagnostics.errors().size();
      for (String code : entry.countries()) {
        if (!dataCountries.contains(code)) {
          diagnostics.error(entry.countriesAt(), "plan.unknown-country",
              "briefing " + entry.name() + ": the data has no document of country " + code
                  + " (it has: " + String.join(", ", dataCountries) + ")");
        }
      }
      for (String category : entry.categories()) {
        if (!categories.contains(category)) {
          diagnostics.error(entry.categoriesAt(), "plan.unknown-category",
              "briefing " + entry.name() + ": the data has no category " + category + " (it has: "
                  + dataset.categories().stream().map(Category::id).collect(Collectors.joining(", "))
                  + ")");
        }
      }
      List<String> entryLanguages = entry.eachLanguage() ? languages : entry.languages();
      List<String> countryChoices = entry.eachCountry()
          ? countriesWithMeasures(SelectionFilter.narrow(dataset,
              new Selection(List.of(), entry.categories(), entry.from(), entry.to())))
          : List.of("");
      boolean namesAreKnown = diagnostics.errors().size() == errorsBeforeEntry;
      if (namesAreKnown && countryChoices.isEmpty()) {
        // "each" country of no measure: no briefing at all, which is no more what the plan meant
        diagnostics.error(entry.at(), "plan.empty-selection", "briefing " + entry.name()
            + ": its categories and dates select no measure of the data, so no country has one");
      }
      for (String country : countryChoices) {
        String name = country.isEmpty() ? entry.name() : entry.name() + "-" + country.toLowerCase(Locale.ROOT);
        Selection selection = new Selection(country.isEmpty() ? entry.countries() : List.of(country),
            entry.categories(), entry.from(), entry.to());
        if (namesAreKnown && SelectionFilter.narrow(dataset, selection).measures().isEmpty()) {
          diagnostics.error(entry.at(), "plan.empty-selection",
              "briefing " + entry.name() + ": its countries, categories and dates select no measure of the data");
          continue;
        }
        for (String language : entryLanguages) {
          PlannedBriefing briefing = new PlannedBriefing(name, language, selection,
              entry.title() == null ? plan.title() : entry.title(), entry.template());
          if (!files.add(briefing.fileName())) {
            diagnostics.error(entry.at(), "plan.duplicate-name",
                "two briefings would be written as " + briefing.fileName());
          }
          briefings.add(briefing);
        }
      }
    }
    return diagnostics.errors().size() > errorsBefore ? List.of() : List.copyOf(briefings);
  }

  private static List<String> countriesOf(Dataset dataset) {
    return dataset.documents().stream().map(Document::country).distinct().sorted().toList();
  }

  /** Not every country with a document: one whose documents have no measure gets no briefing. */
  private static List<String> countriesWithMeasures(Dataset dataset) {
    return dataset.measures().stream().map(Measure::country).distinct().sorted().toList();
  }
}

package org.policybrief.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policybrief.data.CsvDatasetReader;
import org.policybrief.data.DatasetSource;
import org.policybrief.diag.Diagnostic;
import org.policybrief.diag.Diagnostics;
import org.policybrief.diag.Location;
import org.policybrief.model.Dataset;
import org.policybrief.model.Selection;

class PlanExpanderTest {

  static Dataset fixture() throws IOException {
    Path folder = Path.of("src/test/resources/weekly/data");
    return new CsvDatasetReader(DatasetSource.folder(folder)).read(new Diagnostics()).orElseThrow();
  }

  private static PlanEntry entry(String name, List<String> languages, boolean eachLanguage,
      List<String> countries, boolean eachCountry, List<String> categories) {
    return new PlanEntry(name, null, languages, eachLanguage, countries, eachCountry, categories,
        null, null, "briefing", new Location("weekly.yaml", 3, 5), new Location("weekly.yaml", 5, 16),
        new Location("weekly.yaml", 6, 17));
  }

  @Test
  void expandsOnePerCountryAndOnePerLanguage() throws IOException {
    Plan plan = new Plan(Path.of("data"), "", List.of(
        entry("overview", List.of("zh-Hans"), false, List.of(), false, List.of()),
        entry("country", List.of(), true, List.of(), true, List.of("safety"))));
    Diagnostics diagnostics = new Diagnostics();

    List<PlannedBriefing> briefings =
        PlanExpander.expand(plan, fixture(), List.of("zh-Hans", "en"), diagnostics);

    assertThat(diagnostics.sorted()).isEmpty();
    assertThat(briefings).extracting(PlannedBriefing::fileName).containsExactly(
        "overview-zh-Hans.pdf",
        "country-de-zh-Hans.pdf", "country-de-en.pdf",
        "country-fr-zh-Hans.pdf", "country-fr-en.pdf",
        "country-jp-zh-Hans.pdf", "country-jp-en.pdf");
    assertThat(briefings.get(1).selection()).isEqualTo(new Selection(List.of("DE"), List.of("safety"), null, null));
  }

  @Test
  void reportsCountriesAndCategoriesTheDataLacks() throws IOException {
    Plan plan = new Plan(Path.of("data"), "", List.of(
        entry("x", List.of("zh-Hans"), false, List.of("DE", "BR"), false, List.of("space"))));
    Diagnostics diagnostics = new Diagnostics();

    assertThat(PlanExpander.expand(plan, fixture(), List.of("zh-Hans"), diagnostics)).isEmpty();
    assertThat(diagnostics.sorted()).extracting(Diagnostic::format).containsExactly(
        // QA18: what the data has, as generate lists it, so that a plan's "cn" shows beside "CN"
        "weekly.yaml:5:16: error[plan.unknown-country]: briefing x: the data has no document of country BR"
            + " (it has: DE, FR, JP)",
        "weekly.yaml:6:17: error[plan.unknown-category]: briefing x: the data has no category space"
            + " (it has: infra, safety)");
  }

  @Test
  void eachCountryCoversOnlyCountriesWithSomethingInTheCategories() throws IOException {
    Plan plan = new Plan(Path.of("data"), "", List.of(
        entry("infra", List.of("zh-Hans"), false, List.of(), true, List.of("infra"))));
    Diagnostics diagnostics = new Diagnostics();

    // JP has no infrastructure measure
    assertThat(PlanExpander.expand(plan, fixture(), List.of("zh-Hans"), diagnostics))
        .extracting(PlannedBriefing::name).containsExactly("infra-de", "infra-fr");
    assertThat(diagnostics.sorted()).isEmpty();
  }

  @Test
  void eachCountrySkipsACountryWhoseDocumentsHaveNoMeasure() throws IOException {
    Dataset all = fixture();
    Dataset jpWithoutMeasures = new Dataset(all.documents(),
        all.measures().stream().filter(m -> !m.country().equals("JP")).toList(),
        all.categories(), all.countryNames(), all.sourceName());
    Plan plan = new Plan(Path.of("data"), "", List.of(
        entry("brief", List.of("zh-Hans"), false, List.of(), true, List.of())));
    Diagnostics diagnostics = new Diagnostics();

    assertThat(PlanExpander.expand(plan, jpWithoutMeasures, List.of("zh-Hans"), diagnostics))
        .extracting(PlannedBriefing::name).containsExactly("brief-de", "brief-fr");
    assertThat(diagnostics.sorted()).isEmpty();
  }

  @Test
  void eachCountryWhenNoCountryHasAMeasureInTheDatesIsAnErrorAtTheEntry() throws IOException {
    // QA17: it was "the plan has no briefing to build", placed nowhere, or with other entries nothing
    Plan plan = new Plan(Path.of("data"), "", List.of(
        entry("overview", List.of("zh-Hans"), false, List.of(), false, List.of()),
        new PlanEntry("later", null, List.of("zh-Hans"), false, List.of(), true, List.of(),
            LocalDate.of(2100, 1, 1), null, "briefing", new Location("weekly.yaml", 7, 5),
            new Location("weekly.yaml", 9, 16), new Location("weekly.yaml", 7, 5))));
    Diagnostics diagnostics = new Diagnostics();

    assertThat(PlanExpander.expand(plan, fixture(), List.of("zh-Hans"), diagnostics)).isEmpty();
    assertThat(diagnostics.sorted()).extracting(Diagnostic::format).containsExactly(
        "weekly.yaml:7:5: error[plan.empty-selection]: briefing later: its categories and dates"
            + " select no measure of the data, so no country has one");
  }

  @Test
  void aSelectionOfNothingIsAnError() throws IOException {
    Plan plan = new Plan(Path.of("data"), "", List.of(
        entry("jp-infra", List.of("zh-Hans"), false, List.of("JP"), false, List.of("infra"))));
    Diagnostics diagnostics = new Diagnostics();

    assertThat(PlanExpander.expand(plan, fixture(), List.of("zh-Hans"), diagnostics)).isEmpty();
    assertThat(diagnostics.sorted()).extracting(Diagnostic::format).containsExactly(
        "weekly.yaml:3:5: error[plan.empty-selection]: briefing jp-infra: its countries, categories and"
            + " dates select no measure of the data");
  }
}

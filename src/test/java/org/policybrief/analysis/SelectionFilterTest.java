package org.policybrief.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybrief.TestData;
import org.policybrief.data.CsvDatasetReader;
import org.policybrief.data.DatasetSource;
import org.policybrief.diag.Diagnostic;
import org.policybrief.diag.Diagnostics;
import org.policybrief.diag.Location;
import org.policybrief.model.Category;
import org.policybrief.model.Dataset;
import org.policybrief.model.Document;
import org.policybrief.model.Measure;
import org.policybrief.model.Selection;

class SelectionFilterTest {

  @TempDir Path folder;

  private Dataset dataset() throws Exception {
    return new CsvDatasetReader(DatasetSource.folder(TestData.englishOnly(folder))).read(new Diagnostics()).orElseThrow();
  }

  private static Dataset weekly() throws Exception {
    return new CsvDatasetReader(DatasetSource.folder(Path.of("src/test/resources/weekly/data")))
        .read(new Diagnostics()).orElseThrow();
  }

  private Aggregates select(Selection selection) throws Exception {
    Diagnostics diagnostics = new Diagnostics();
    Dataset selected = SelectionFilter.apply(dataset(), selection, diagnostics).orElseThrow();
    assertThat(diagnostics.hasErrors()).isFalse();
    return Analyzer.analyze(selected, selection);
  }

  @Test
  void countryFilterKeepsTheGivenOrder() throws Exception {
    assertThat(select(Selection.ALL).countries()).extracting(Aggregates.CountryStats::code).containsExactly("GB", "FR");
    Aggregates fr = select(new Selection(List.of("FR"), List.of(), null, null));
    assertThat(fr.countries()).extracting(Aggregates.CountryStats::code).containsExactly("FR");
    assertThat(fr.measureCount()).isEqualTo(1);
    Aggregates both = select(new Selection(List.of("FR", "GB"), List.of(), null, null));
    assertThat(both.countries()).extracting(Aggregates.CountryStats::code).containsExactly("FR", "GB");
  }

  @Test
  void categoryFilterNarrowsCategoriesAndMeasures() throws Exception {
    Aggregates compute = select(new Selection(List.of(), List.of("compute"), null, null));
    assertThat(compute.categories()).extracting(c -> c.id()).containsExactly("compute");
    assertThat(compute.measureCount()).isEqualTo(1);
    assertThat(compute.documentCount()).isEqualTo(1);
    assertThat(compute.countries()).extracting(Aggregates.CountryStats::code).containsExactly("GB");
  }

  @Test
  void dateFilterUsesMeasureDates() throws Exception {
    Aggregates summer = select(new Selection(List.of(), List.of(), LocalDate.of(2025, 5, 1), LocalDate.of(2025, 8, 31)));
    assertThat(summer.measureCount()).isEqualTo(1);
    assertThat(summer.countries()).extracting(Aggregates.CountryStats::code).containsExactly("FR");
  }

  @Test
  void aSelectionOfNothingIsAnErrorNamingTheFilter() throws Exception {
    Diagnostics diagnostics = new Diagnostics();
    Selection selection = new Selection(List.of("FR"), List.of("compute"), null, null);
    assertThat(SelectionFilter.apply(dataset(), selection, diagnostics)).isEmpty();
    assertThat(diagnostics.errors()).extracting(Diagnostic::code).containsExactly("selection.empty");
    assertThat(diagnostics.errors().get(0).message()).contains("--category compute");
  }

  @Test
  void aSelectionEmptiedOnlyByItsFiltersTogetherNamesThemTogether() throws Exception {
    // FR has a measure and so has compute, but not together: naming "--category compute" alone
    // told the user that category was empty
    Diagnostics diagnostics = new Diagnostics();
    assertThat(SelectionFilter.apply(dataset(), new Selection(List.of("FR"), List.of("compute"), null, null),
        diagnostics)).isEmpty();
    assertThat(diagnostics.errors().get(0).message())
        .startsWith("the selection --country FR --category compute leaves no measure");

    // the dates alone leave nothing: they alone are named
    diagnostics = new Diagnostics();
    assertThat(SelectionFilter.apply(dataset(), new Selection(List.of("FR"), List.of("skills"),
        LocalDate.of(2030, 1, 1), null), diagnostics)).isEmpty();
    assertThat(diagnostics.errors().get(0).message()).startsWith("the selection --from 2030-01-01 leaves");

    // GB in June 2025: GB has measures and June has FR's, GB has none in June
    diagnostics = new Diagnostics();
    assertThat(SelectionFilter.apply(dataset(), new Selection(List.of("GB"), List.of(),
        LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30)), diagnostics)).isEmpty();
    assertThat(diagnostics.errors().get(0).message())
        .startsWith("the selection --country GB --from 2025-06-01 --to 2025-06-30 leaves");
  }

  @Test
  void aSelectionOfNothingFromAConfigFileNamesItsKeysAtTheFirstOfThem() throws Exception {
    // was "the selection --from 2030-01-01 …" without a place, though no --from was given
    Location countries = new Location("briefing.yaml", 2, 12);
    Location from = new Location("briefing.yaml", 3, 7);
    Diagnostics diagnostics = new Diagnostics();
    assertThat(SelectionFilter.apply(dataset(), new Selection(List.of(), List.of(), LocalDate.of(2030, 1, 1), null),
        new SelectionFilter.Origin(Map.of("from", from)), diagnostics)).isEmpty();
    assertThat(diagnostics.errors()).singleElement().satisfies(error -> {
      assertThat(error.at()).isEqualTo(from);
      assertThat(error.message()).startsWith("the selection from 2030-01-01 leaves no measure");
    });

    // GB from the file, the dates from the command line: each named as given, at the file's key
    diagnostics = new Diagnostics();
    assertThat(SelectionFilter.apply(dataset(), new Selection(List.of("GB"), List.of(),
        LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30)),
        new SelectionFilter.Origin(Map.of("countries", countries)), diagnostics)).isEmpty();
    assertThat(diagnostics.errors()).singleElement().satisfies(error -> {
      assertThat(error.at()).isEqualTo(countries);
      assertThat(error.message())
          .startsWith("the selection countries GB --from 2025-06-01 --to 2025-06-30 leaves no measure");
    });
  }

  @Test
  void unknownIdsAreErrors() throws Exception {
    Diagnostics diagnostics = new Diagnostics();
    Selection selection = new Selection(List.of("US"), List.of("energy"), null, null);
    assertThat(SelectionFilter.apply(dataset(), selection, diagnostics)).isEmpty();
    assertThat(diagnostics.errors()).extracting(Diagnostic::code)
        .containsExactly("selection.unknown-country", "selection.unknown-category");
  }

  @Test
  void narrowingAllKeepsTheWholeDataset() throws Exception {
    Dataset all = weekly();
    assertThat(SelectionFilter.narrow(all, Selection.ALL)).isEqualTo(all);
  }

  @Test
  void narrowingKeepsMeasuresDocumentsOfSelectedOnesAndTheWholeTaxonomy() throws Exception {
    Dataset selected = SelectionFilter.narrow(weekly(), new Selection(List.of("DE", "JP"), List.of("infra"), null, null));

    assertThat(selected.measures()).extracting(Measure::id).containsExactly("DE-1-01");
    // JP has no infrastructure measure: its document is left out with its measures
    assertThat(selected.documents()).extracting(Document::id).containsExactly("DE-1");
    // as for generate: the taxonomy stays whole, Analyzer shows the selected categories only
    assertThat(selected.categories()).extracting(Category::id).containsExactly("infra", "safety");
    assertThat(Analyzer.analyze(selected, new Selection(List.of("DE", "JP"), List.of("infra"), null, null))
        .categories()).extracting(Category::id).containsExactly("infra");
  }

  @Test
  void narrowingToCountriesAloneKeepsTheirDocumentsAndEveryMeasure() throws Exception {
    Dataset selected = SelectionFilter.narrow(weekly(), new Selection(List.of("FR"), List.of(), null, null));

    assertThat(selected.documents()).extracting(Document::id).containsExactly("FR-1");
    assertThat(selected.measures()).extracting(Measure::id).containsExactly("FR-1-01", "FR-1-02");
  }

  @Test
  void narrowingDataThatLacksASelectedCountryReportsNothing() throws Exception {
    // the previous edition's data may not have a country yet: it then simply has nothing of it
    Dataset selected = SelectionFilter.narrow(weekly(), new Selection(List.of("BR"), List.of(), null, null));

    assertThat(selected.documents()).isEmpty();
    assertThat(selected.measures()).isEmpty();
  }

  @Test
  void slugIsSafeAndShort() {
    assertThat(new Selection(List.of("CN", "US"), List.of("infra"), LocalDate.of(2025, 1, 1), null).slug())
        .isEqualTo("CN_US-infra-from2025-01-01");
    assertThat(new Selection(List.of("CN", "US"), List.of("a b"), LocalDate.of(2025, 1, 1), null).slug())
        .matches("CN_US-a_b-from2025-01-01-[0-9a-f]{8}");
    assertThat(new Selection(List.of("x".repeat(200)), List.of(), null, null).slug())
        .hasSize(60).matches("[A-Za-z0-9._-]+");
  }

  @Test
  void selectionsWhoseReadableNamesCoincideStillGetTheirOwnFile() {
    // both would read "__" or "a_b": a second briefing silently replaced the first
    assertThat(category("数据").slug()).isNotEqualTo(category("算力").slug()).matches("__-[0-9a-f]{8}");
    assertThat(category("a_b").slug()).isNotEqualTo(new Selection(List.of(), List.of("a", "b"), null, null).slug());
    assertThat(category("数据").slug()).isEqualTo(category("数据").slug());
  }

  private static Selection category(String id) {
    return new Selection(List.of(), List.of(id), null, null);
  }
}

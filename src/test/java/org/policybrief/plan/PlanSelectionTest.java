package org.policybrief.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policybrief.model.Category;
import org.policybrief.model.Dataset;
import org.policybrief.model.Document;
import org.policybrief.model.Measure;

class PlanSelectionTest {

  @Test
  void allKeepsTheWholeDataset() throws IOException {
    Dataset all = PlanExpanderTest.fixture();
    assertThat(PlanSelection.ALL.apply(all)).isEqualTo(all);
  }

  @Test
  void filtersMeasuresDocumentsAndCategories() throws IOException {
    Dataset selected = new PlanSelection(List.of("DE", "JP"), List.of("infra"))
        .apply(PlanExpanderTest.fixture());

    assertThat(selected.measures()).extracting(Measure::id).containsExactly("DE-1-01");
    // JP has no infrastructure measure: its document is left out with its measures
    assertThat(selected.documents()).extracting(Document::id).containsExactly("DE-1");
    assertThat(selected.categories()).extracting(Category::id).containsExactly("infra");
  }

  @Test
  void countriesAloneKeepTheirDocumentsAndEveryCategory() throws IOException {
    Dataset selected = new PlanSelection(List.of("FR"), List.of()).apply(PlanExpanderTest.fixture());

    assertThat(selected.documents()).extracting(Document::id).containsExactly("FR-1");
    assertThat(selected.measures()).extracting(Measure::id).containsExactly("FR-1-01", "FR-1-02");
    assertThat(selected.categories()).hasSize(2);
  }
}

package org.policybrief.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.policybrief.TestDatasets;
import org.policybrief.model.Document;

class AggregatesTest {

  private final Aggregates sample = Analyzer.analyze(TestDatasets.sample());

  @Test
  void latestDocumentsAreNewestFirstThenById() {
    assertThat(sample.recentDocuments(LocalDate.of(2026, 11, 30), 4))
        .extracting(Document::id)
        .containsExactly("CN-HUAWEI-CANN", "CN-GAIGAP", "US-AAP", "US-EO-14318");
  }

  /** The cover says the data runs to the edition's date: a later document is not among its latest. */
  @Test
  void documentsAfterTheDateAreNotAmongTheLatest() {
    assertThat(sample.recentDocuments(LocalDate.of(2025, 7, 26), 5))
        .extracting(Document::id)
        .containsExactly("CN-GAIGAP", "US-AAP", "US-EO-14318", "US-EO-14319", "US-EO-14320");
    assertThat(sample.recentDocuments(LocalDate.of(2025, 7, 22), 5)).isEmpty();
  }
}

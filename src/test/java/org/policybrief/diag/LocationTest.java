package org.policybrief.diag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocationTest {

  @Test
  void csvLocationsPrintLineAndColumnNumbers() {
    assertThat(new Location("measures.csv", 3, 14)).hasToString("measures.csv:3:14");
    assertThat(Location.wholeFile("measures.csv")).hasToString("measures.csv");
    assertThat(Location.NONE).hasToString("");
  }

  @Test
  void aColumnLabelReplacesTheColumnNumber() {
    assertThat(new Location("book.xlsx[measures]", 14, 3, "C"))
        .hasToString("book.xlsx[measures]:14:C");
    assertThat(new Location("public.measures[id=m-1]", 2, 9, "date"))
        .hasToString("public.measures[id=m-1]:2:date");
  }
}

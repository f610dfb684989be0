package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How many countries a slice of the comparison table holds, so that no header breaks badly. */
class MatrixColumnsTest {

  @Test
  void shortChineseNamesGetSixCountriesToATable() {
    assertThat(MatrixColumns.countriesPerTable(List.of("中国", "尼日利亚", "全部合计", "1,000"))).isEqualTo(6);
    assertThat(MatrixColumns.countriesPerTable(List.of("中国", "美国", "合计", "98"))).isEqualTo(8);
  }

  @Test
  void aLongChineseNameBreaksAfterItsFourthCharacterRatherThanTakingMoreColumns() {
    assertThat(MatrixColumns.longestUnbrokenEm("乌兹别克斯坦")).isEqualTo(4);
    assertThat(MatrixColumns.countriesPerTable(List.of("乌兹别克斯坦", "全部合计"))).isEqualTo(6);
  }

  @Test
  void englishNamesBreakOnlyBetweenWords() {
    assertThat(MatrixColumns.longestUnbrokenEm("United Kingdom"))
        .isEqualTo(MatrixColumns.longestUnbrokenEm("Kingdom"));
    // "Switzerland" at 9 pt bold is about 20 mm: three countries and the total in 112 mm
    assertThat(MatrixColumns.countriesPerTable(List.of("China", "Switzerland", "Total (all)")))
        .isEqualTo(3);
  }

  @Test
  void anUnbreakableHeaderWiderThanThePageStillLeavesTwoCountries() {
    assertThat(MatrixColumns.countriesPerTable(List.of("X".repeat(200)))).isEqualTo(2);
  }
}

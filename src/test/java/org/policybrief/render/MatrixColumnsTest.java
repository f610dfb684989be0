package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How many countries a slice of the comparison table holds, so that no header breaks badly. */
class MatrixColumnsTest {

  @Test
  void shortChineseNamesGetSixCountriesToATable() {
    assertThat(MatrixColumns.countriesPerTable(List.of("中国", "尼日利亚", "全部合计", "1,000"), 36)).isEqualTo(6);
    assertThat(MatrixColumns.countriesPerTable(List.of("中国", "美国", "合计", "98"), 36)).isEqualTo(8);
  }

  @Test
  void aLongChineseNameBreaksAfterItsFourthCharacterRatherThanTakingMoreColumns() {
    assertThat(MatrixColumns.longestUnbrokenEm("乌兹别克斯坦")).isEqualTo(4);
    assertThat(MatrixColumns.countriesPerTable(List.of("乌兹别克斯坦", "全部合计"), 36)).isEqualTo(6);
  }

  @Test
  void englishNamesBreakOnlyBetweenWords() {
    // a word after a space counts the space, which openhtmltopdf wants room for on the next line
    assertThat(MatrixColumns.longestUnbrokenEm("United Kingdom"))
        .isEqualTo(MatrixColumns.longestUnbrokenEm("x Kingdom"))
        .isLessThan(MatrixColumns.longestUnbrokenEm("UnitedKingdom"));
    // "Switzerland" at 9 pt bold is about 20 mm: three countries and the total in 112 mm
    assertThat(MatrixColumns.countriesPerTable(List.of("China", "Switzerland", "Total (all)"), 36))
        .isEqualTo(3);
  }

  @Test
  void aLongCategoryNameWidensItsColumnWithinBounds() {
    assertThat(MatrixColumns.categoryMm(List.of("算力与基础设施", "Compute & infrastructure"))).isEqualTo(36);
    double wide = MatrixColumns.categoryMm(List.of("跨境数据流动与数据安全评估及相关国际规则协调机制建设事项"));
    assertThat(wide).isGreaterThan(50).isLessThanOrEqualTo(MatrixColumns.MAX_CATEGORY_MM);
    assertThat(MatrixColumns.categoryMm(List.of("很".repeat(200)))).isEqualTo(MatrixColumns.MAX_CATEGORY_MM);
    // fewer countries beside the wider column
    assertThat(MatrixColumns.countriesPerTable(List.of("中国", "尼日利亚", "全部合计"), wide)).isLessThan(6);
  }

  @Test
  void anUnbreakableHeaderWiderThanThePageStillLeavesTwoCountries() {
    assertThat(MatrixColumns.countriesPerTable(List.of("X".repeat(200)), 36)).isEqualTo(2);
  }
}

package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How many countries a table of the category × country comparison holds, and how wide each
 * column is, so that no header breaks badly and no table is narrower than its names need.
 */
class MatrixColumnsTest {

  @Test
  void shortChineseNamesGetSixCountriesToATableOrMore() {
    double total = MatrixColumns.columnMm("全部合计", "1,000");
    assertThat(MatrixColumns.tableSizes(Collections.nCopies(12, MatrixColumns.columnMm("尼日利亚", "120")), total, 36))
        .containsExactly(6, 6);
    assertThat(MatrixColumns.tableSizes(Collections.nCopies(9, MatrixColumns.columnMm("中国", "98")), total, 36))
        .containsExactly(8, 1);
  }

  @Test
  void aLongChineseNameBreaksAfterItsFourthCharacterRatherThanTakingMoreColumns() {
    assertThat(MatrixColumns.longestUnbrokenEm("乌兹别克斯坦")).isEqualTo(4);
    assertThat(MatrixColumns.columnMm("乌兹别克斯坦")).isEqualTo(MatrixColumns.columnMm("尼日利亚"));
  }

  @Test
  void englishNamesBreakOnlyBetweenWords() {
    // a word after a space counts the space, which openhtmltopdf wants room for on the next line
    assertThat(MatrixColumns.longestUnbrokenEm("United Kingdom"))
        .isEqualTo(MatrixColumns.longestUnbrokenEm("x Kingdom"))
        .isLessThan(MatrixColumns.longestUnbrokenEm("UnitedKingdom"));
    // "Switzerland" at 9 pt bold is about 19 mm; its column gets an eighth more, and its padding
    assertThat(MatrixColumns.columnMm("Switzerland", "27")).isBetween(24.0, 27.0);
  }

  @Test
  void eachCountryTakesTheRoomItsOwnNameNeeds() {
    // the 30 countries of the medium bench dataset: one width for all, Switzerland's, made ten
    // tables of three
    List<String> names = List.of("China", "United States", "European Union", "Poland", "Brazil",
        "United Kingdom", "Japan", "India", "Germany", "France", "South Korea", "Canada", "Australia",
        "Switzerland", "Singapore", "Uzbekistan", "Kazakhstan", "Bangladesh", "Lithuania", "Indonesia",
        "Nigeria", "Kenya", "Mexico", "Chile", "Israel", "Norway", "Sweden", "Egypt", "Vietnam",
        "United Nations");
    List<Double> mms = names.stream().map(name -> MatrixColumns.columnMm(name, "35")).toList();
    double total = MatrixColumns.columnMm("Total (all)", "1,000");
    List<Integer> sizes = MatrixColumns.tableSizes(mms, total, 36);
    assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(30);
    assertThat(sizes).hasSizeLessThanOrEqualTo(7);
    int from = 0;
    for (int size : sizes) {
      List<Double> table = mms.subList(from, from + size);
      List<String> widths = MatrixColumns.countryWidths(table, total, 36);
      double sum = 0;
      for (int i = 0; i < size; i++) {
        double mm = Double.parseDouble(widths.get(i).replace("mm", ""));
        assertThat(mm + 8 * 25.4 / 72).as(names.get(from + i)).isGreaterThanOrEqualTo(table.get(i) - 0.05);
        sum += mm + 8 * 25.4 / 72;
      }
      // with the total column and the category column (36 mm and its padding), within the 148.2 mm table
      assertThat(sum + total + 36 + 8 * 25.4 / 72).isLessThanOrEqualTo(148.2 + 0.1);
      from += size;
    }
  }

  @Test
  void aTableIsKeptOnOnePageOnlyWhereItFitsOne() {
    List<String> countries = List.of("美国", "中国", "欧盟");
    List<String> shortNames = java.util.Collections.nCopies(15, "算力与基础设施");
    List<String> longNames = java.util.Collections.nCopies(3, "人工智能全球治理行动计划".repeat(25));
    double shortMm = MatrixColumns.categoryMm(shortNames);
    double longMm = MatrixColumns.categoryMm(longNames);

    assertThat(MatrixColumns.keptWhole(shortNames, countries, shortMm)).isTrue();
    assertThat(MatrixColumns.keptWhole(java.util.Collections.nCopies(16, "数据"), countries, shortMm)).isFalse();
    // three names of 300 characters in a 64 mm column: about 20 lines each, more than a page
    assertThat(MatrixColumns.keptWhole(longNames, countries, longMm)).isFalse();
  }

  @Test
  void aLongCategoryNameWidensItsColumnWithinBounds() {
    assertThat(MatrixColumns.categoryMm(List.of("算力与基础设施", "Compute & infrastructure"))).isEqualTo(36);
    double wide = MatrixColumns.categoryMm(List.of("跨境数据流动与数据安全评估及相关国际规则协调机制建设事项"));
    assertThat(wide).isGreaterThan(50).isLessThanOrEqualTo(MatrixColumns.MAX_CATEGORY_MM);
    assertThat(MatrixColumns.categoryMm(List.of("很".repeat(200)))).isEqualTo(MatrixColumns.MAX_CATEGORY_MM);
    // fewer countries beside the wider column
    List<Double> nigeria = Collections.nCopies(12, MatrixColumns.columnMm("尼日利亚"));
    double total = MatrixColumns.columnMm("全部合计");
    assertThat(MatrixColumns.tableSizes(nigeria, total, wide).get(0))
        .isLessThan(MatrixColumns.tableSizes(nigeria, total, 36).get(0));
  }

  @Test
  void anUnbreakableHeaderWiderThanThePageStillLeavesTwoCountriesAndNarrowsOnlyItself() {
    List<Double> mms = List.of(MatrixColumns.columnMm("X".repeat(200)), MatrixColumns.columnMm("China"),
        MatrixColumns.columnMm("Japan"));
    double total = MatrixColumns.columnMm("Total (all)");
    assertThat(MatrixColumns.tableSizes(mms, total, 36)).containsExactly(2, 1);
    List<Double> widths = MatrixColumns.countryWidths(mms.subList(0, 2), total, 36).stream()
        .map(width -> Double.parseDouble(width.replace("mm", "")) + 8 * 25.4 / 72).toList();
    // China keeps what it needs and half a millimetre ("Chi / na" broke when all were narrowed
    // alike, 美 / 国 at exactly its estimate); the total column gets what the table leaves, as much
    assertThat(widths.get(1)).isCloseTo(mms.get(1) + 0.5, within(0.05));
    assertThat(widths.get(0) + widths.get(1) + total + 0.5).isCloseTo(148.2 - 36 - 8 * 25.4 / 72, within(0.1));
  }
}

package org.policybrief.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShareBarsTest {

  @Test
  void segmentsOfEightPercentOrMoreAreLabelled() {
    assertThat(ShareBars.label(2, 25, 8)).isEqualTo("8%");
    assertThat(ShareBars.label(1, 13, 8)).isEmpty(); // 7.7 %, which would round to 8
    assertThat(ShareBars.label(6, 25, 24)).isEqualTo("24%");
    assertThat(ShareBars.label(0, 5, 0)).isEmpty();
  }

  @Test
  void aBarsSharesAddUpToAHundred() {
    // QA c_3_6_zeros: 2, 1, 3, 2, 1 of 9 rounded alone print 22 + 11 + 33 + 22 + 11 = 99
    assertThat(ShareBars.percents(List.of(2, 1, 3, 2, 1))).containsExactly(22, 11, 34, 22, 11);
    assertThat(ShareBars.percents(List.of(1, 7))).containsExactly(13, 87); // 12.5 and 87.5: the first gets the point
    assertThat(ShareBars.percents(List.of(0, 0))).containsExactly(0, 0);
    for (List<Integer> counts : List.of(List.of(1, 2, 3, 4, 5, 6, 7), List.of(1, 0, 13, 6), List.of(5, 5, 5, 5, 5, 5, 1))) {
      assertThat(ShareBars.percents(counts).stream().mapToInt(Integer::intValue).sum()).as("%s", counts).isEqualTo(100);
    }
  }

  @Test
  void equalCountsGetEqualSharesEvenWhenTheBarAddsUpToLess() {
    // QA pass 3: three equal parts were labelled 34, 33 and 33 % under a caption saying 33 % each
    assertThat(ShareBars.percents(List.of(1, 1, 1))).containsExactly(33, 33, 33);
    assertThat(ShareBars.percents(List.of(2, 2, 2, 1))).containsExactly(28, 28, 28, 14);
    assertThat(ShareBars.percents(List.of(1, 1, 4))).containsExactly(17, 17, 66);
  }

  @Test
  void labelsAreWhiteOnTheDarkPaletteColoursOnly() {
    for (int rgb : new int[] {0x332288, 0x117733, 0x882255, 0xAA4499, 0x0072B2, 0x000000}) {
      assertThat(ChartStyle.textOn(new Color(rgb))).as("%06X", rgb).isEqualTo(Color.WHITE);
    }
    for (int rgb : new int[] {0xCC6677, 0xDDCC77, 0x88CCEE, 0x44AA99, 0x999933, 0xDDDDDD,
        0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442, 0xD55E00, 0xCC79A7}) {
      assertThat(ChartStyle.textOn(new Color(rgb))).as("%06X", rgb).isEqualTo(ChartStyle.TEXT);
    }
  }
}

package org.policybrief.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import org.junit.jupiter.api.Test;

class ShareBarsTest {

  @Test
  void segmentsOfEightPercentOrMoreAreLabelledRoundedAsTheCaptionRounds() {
    assertThat(ShareBars.label(2, 25)).isEqualTo("8%");
    assertThat(ShareBars.label(1, 13)).isEmpty(); // 7.7 %, which would round to 8
    assertThat(ShareBars.label(6, 25)).isEqualTo("24%");
    assertThat(ShareBars.label(1, 8)).isEqualTo("13%"); // 12.5 % rounds up, as Math.round does
    assertThat(ShareBars.label(0, 5)).isEmpty();
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

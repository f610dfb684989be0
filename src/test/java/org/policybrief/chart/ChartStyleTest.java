package org.policybrief.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartStyleTest {

  /** Contrast of a colour against white (WCAG). */
  private static double contrastOnWhite(Color c) {
    double[] rgb = {c.getRed(), c.getGreen(), c.getBlue()};
    for (int i = 0; i < 3; i++) {
      double v = rgb[i] / 255.0;
      rgb[i] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
    return 1.05 / (0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2] + 0.05);
  }

  @Test
  void aLinesNameIsInItsColourDarkenedToReadAsText() {
    List<Color> palette = List.of(new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73),
        new Color(0xCC79A7), new Color(0x56B4E9), new Color(0xD55E00), Color.BLACK);
    for (Color line : palette) {
      Color text = ChartStyle.textOf(line);
      assertThat(contrastOnWhite(text)).as(line.toString()).isGreaterThanOrEqualTo(4.5);
      // the same hue: each channel scaled alike, so the name still points at its line
      assertThat(text.getRed() <= line.getRed() && text.getGreen() <= line.getGreen()
          && text.getBlue() <= line.getBlue()).isTrue();
    }
    assertThat(ChartStyle.textOf(new Color(0x0072B2))).isEqualTo(new Color(0x0072B2)); // 5.0:1 already
    assertThat(contrastOnWhite(new Color(0xE69F00))).isLessThan(2.3); // the orange as it is
  }
}

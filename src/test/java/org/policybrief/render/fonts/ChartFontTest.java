package org.policybrief.render.fonts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Text as the page sets it: each character in the first family that has it. */
class ChartFontTest {

  private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
  private static final FontLibrary FONTS = new FontLibrary(null);

  private static double in(String family, String text) {
    Font font = FONTS.regularFace(family).awtFont().deriveFont(1f);
    return font.getStringBounds(text, CONTEXT).getWidth();
  }

  @Test
  void textIsMeasuredInTheFirstFamilyThatHasEachCharacter() {
    ChartFont fonts = new ChartFont(FONTS);
    List<String> english = FontLibrary.familiesOf("en");

    // Latin letters in Noto Sans, Han characters in Noto Sans SC, as the English edition sets them.
    assertThat(fonts.width(english, "MMM 人工智能 MMM")).isCloseTo(
        in(FontLibrary.LATIN_FAMILY, "MMM ") + in(FontLibrary.CJK_FAMILY, "人工智能") + in(FontLibrary.LATIN_FAMILY, " MMM"),
        Offset.offset(1e-6));
    assertThat(fonts.width(english, "人工智能")).isCloseTo(4, Offset.offset(1e-3));
    // Noto Sans's M is wider than Noto Sans SC's, which the chart itself may be set in.
    assertThat(fonts.width(english, "MMM")).isGreaterThan(in(FontLibrary.CJK_FAMILY, "MMM"));
    assertThat(fonts.width(english, "")).isZero();
  }
}

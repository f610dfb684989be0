package org.policybrief.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.junit.jupiter.api.Test;

class HorizontalBarsTest {

  private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
  private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

  /** A bar of Figure 1 as thick as the label font's line: room for a name's descenders. */
  private static final double BAR = 11;

  @Test
  void aCountAndANameWithDescendersKeepTheirInkOnTheirBar() {
    Shape count = outline("2");
    Shape name = outline("Paraguay");
    double top = 100;
    double baseline = HorizontalBars.baseline(top + BAR / 2, List.of(count, name));

    Rectangle2D ink = count.getBounds2D().createUnion(name.getBounds2D());
    // the ink, from the capital's top to the descenders' bottom, lies on the bar, not the next
    assertThat(baseline + ink.getMinY()).isGreaterThanOrEqualTo(top);
    assertThat(baseline + ink.getMaxY()).isLessThanOrEqualTo(top + BAR);
    // centred as the digit alone, the descenders reached into the next bar
    double digitCentred = HorizontalBars.baseline(top + BAR / 2, List.of(count));
    assertThat(digitCentred + ink.getMaxY()).isGreaterThan(top + BAR);
  }

  @Test
  void aCountAloneIsCentredOnItsBar() {
    Shape count = outline("12");
    double baseline = HorizontalBars.baseline(50, List.of(count, outline("")));
    Rectangle2D ink = count.getBounds2D();
    assertThat(baseline + ink.getCenterY()).isCloseTo(50, org.assertj.core.data.Offset.offset(1e-9));
  }

  private static Shape outline(String text) {
    return text.isEmpty() ? new Rectangle2D.Double() : new TextLayout(text, FONT, CONTEXT).getOutline(null);
  }
}

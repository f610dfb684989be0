package org.policybrief.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policybrief.chart.ChartInput.Fallbacks.Run;

class ChartInputTest {

  @Test
  void aZeroWidthJoinerIsDrawnWithTheEmojiItJoins() throws IOException, FontFormatException {
    Font chinese = font("NotoSansSC-Regular.ttf");
    Font emoji = font("NotoEmoji-Regular.ttf");
    // Java says the Chinese face displays the joiner (as nothing); the PDF font has no glyph for it
    assertThat(chinese.canDisplay(0x200D)).isTrue();
    ChartInput.Fallbacks fallbacks = (codePoint, like) -> emoji.canDisplay(codePoint) ? emoji : null;

    List<Run> runs = fallbacks.runs("创新👩\u200D💻", chinese);

    assertThat(runs).containsExactly(new Run(0, 2, chinese), new Run(2, 7, emoji));
  }

  private static Font font(String file) throws IOException, FontFormatException {
    return Font.createFont(Font.TRUETYPE_FONT, Path.of("fonts", file).toFile()).deriveFont(9f);
  }
}

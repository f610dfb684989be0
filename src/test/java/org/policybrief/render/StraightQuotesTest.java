package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StraightQuotesTest {

  @Test
  void setsStraightQuotesInChineseTextAsChineseQuotes() {
    assertThat(StraightQuotes.of("提出\"发展导向\"原则,即'以人为本'")).isEqualTo("提出“发展导向”原则,即‘以人为本’");
    assertThat(StraightQuotes.of("称为\"AI Action Plan\"的文件")).isEqualTo("称为“AI Action Plan”的文件");
    assertThat(StraightQuotes.of("\"数据是新石油\"")).isEqualTo("“数据是新石油”");
    assertThat(StraightQuotes.of("他说:\"我们要'开放'\"。")).isEqualTo("他说:“我们要‘开放’”。");
    assertThat(StraightQuotes.of("称为\"第3\"号")).isEqualTo("称为“第3”号");
  }

  @Test
  void leavesLatinQuotesApostrophesInchMarksAndLoneQuotesAlone() {
    for (String text : new String[] {"the \"AI Action Plan\" 与", "America's AI 计划", "the States' plan 与 'x'",
        "27\"显示器和32\"显示器", "他说\"开放", "'AI'", "Winning the Race: America's AI Action Plan"}) {
      assertThat(StraightQuotes.of(text)).as(text).isEqualTo(text);
    }
  }
}

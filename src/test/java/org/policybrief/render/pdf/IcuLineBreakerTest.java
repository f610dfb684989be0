package org.policybrief.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IcuLineBreakerTest {

  private static List<Integer> breaks(String text) {
    IcuLineBreaker breaker = new IcuLineBreaker(ULocale.SIMPLIFIED_CHINESE);
    breaker.setText(text);
    List<Integer> at = new ArrayList<>();
    for (int i = breaker.next(); i != BreakIterator.DONE; i = breaker.next()) {
      at.add(i);
    }
    return at;
  }

  @Test
  void noLineStartsWithADashOrAMiddleDotThoughUax14AllowsIt() {
    String text = "国家人工智能——展望未来，约翰·史密斯说……好";
    List<Integer> at = breaks(text);
    assertThat(at).isNotEmpty().last().isEqualTo(text.length());
    assertThat(at).allSatisfy(i -> assertThat(i == text.length()
        || IcuLineBreaker.NO_LINE_START.indexOf(text.charAt(i)) < 0).as("break before " + i).isTrue());
    // between Han characters every other break is still offered
    assertThat(at).contains(1, 2, text.indexOf("展") + 1);
  }
}

package org.policybrief.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IcuCharacterBreakerTest {

  @Test
  void breaksOnlyBetweenTheCharactersAReaderSees() {
    // e + combining acute, a flag (two regional indicators), a family joined by ZWJ, a Han character
    String text = "e\u0301" + "🇨🇳" + "👩\u200D👩\u200D👧" + "中";
    IcuCharacterBreaker breaker = new IcuCharacterBreaker();
    breaker.setText(text);
    List<Integer> at = new ArrayList<>();
    for (int i = breaker.next(); i != BreakIterator.DONE; i = breaker.next()) {
      at.add(i);
    }
    assertThat(at).containsExactly(2, 6, 14, 15);
  }
}

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

  /** ICU's own breaks over the whole text, less those before a mark no line starts with. */
  private static List<Integer> icuBreaks(String text) {
    BreakIterator icu = BreakIterator.getLineInstance(ULocale.SIMPLIFIED_CHINESE);
    icu.setText(text);
    List<Integer> at = new ArrayList<>();
    for (int i = icu.next(); i != BreakIterator.DONE; i = icu.next()) {
      if (i == text.length() || IcuLineBreaker.NO_LINE_START.indexOf(text.charAt(i)) < 0) {
        at.add(i);
      }
    }
    return at;
  }

  @Test
  void aLongTextGetsExactlyIcusBreaksAcrossTheLookaheadsEdges() {
    String paragraph = "The Action Plan (2025) calls for open-source models, 开放合作、安全可控——"
        + "“以人为本”。 Data centres, chips and energy: infrastructure-first! ";
    String text = paragraph.repeat(3 * IcuLineBreaker.LOOKAHEAD / paragraph.length());
    assertThat(text.length()).isGreaterThan(2 * IcuLineBreaker.LOOKAHEAD);
    assertThat(breaks(text)).isEqualTo(icuBreaks(text));
  }

  @Test
  void aStretchWithNoBreakIsLookedAtOnlyAsFarAsTheLookahead() {
    // openhtmltopdf hands over the rest of the paragraph at every line: a megabyte without a break
    // was scanned to its end for each line, many minutes in all
    String text = "x".repeat(1_000_000);
    List<Integer> at = breaks(text);
    assertThat(at.get(0)).isEqualTo(IcuLineBreaker.LOOKAHEAD);
    assertThat(at).last().isEqualTo(text.length());
    assertThat(at).hasSize(text.length() / IcuLineBreaker.LOOKAHEAD);
    // a surrogate pair is never cut at the edge
    String astral = "😀".repeat(IcuLineBreaker.LOOKAHEAD);
    assertThat(breaks(astral)).allSatisfy(i -> assertThat(i % 2).isZero());
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

  @Test
  void aNumberOrWordInFullWidthFormsIsNeverSplit() {
    String text = "培养ＡＩ人才１０，０００名，比例为５０％";
    List<Integer> at = breaks(text);
    assertThat(at).isNotEmpty().last().isEqualTo(text.length());
    assertThat(at).doesNotContain(text.indexOf('Ｉ'), text.indexOf('０'), text.indexOf("００") + 1,
        text.indexOf("５０") + 1);
    // between Han characters, and between Han and a full-width word, breaks are still offered
    assertThat(at).contains(1, 2, text.indexOf('Ａ'), text.indexOf("人才"), text.indexOf('１'));
    // nor after the half-width separator of a full-width number
    String separated = "人才１０,０００名，于１２:３０开始";
    assertThat(breaks(separated)).doesNotContain(separated.indexOf(',') + 1, separated.indexOf(':') + 1);
  }

  @Test
  void aDateKeepsItsNumbersWithTheirUnits() {
    String text = "规划期为2025～2030年，自７月1日起施行";
    List<Integer> at = breaks(text);
    assertThat(at).doesNotContain(text.indexOf('年'), text.indexOf('月'), text.indexOf('日'));
    // after the date, and between a Han character and the number after it, lines may still break
    assertThat(at).contains(text.indexOf('，') + 1, text.indexOf('７'), text.indexOf('月') + 1);
  }
}

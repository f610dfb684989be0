package org.policybrief.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiTextRun;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IcuBidiTest {

  /** سياسة, "policy": sin, yeh, alef, sin, teh marbuta. */
  private static final String SIYASA = "\u0633\u064A\u0627\u0633\u0629";

  @Test
  void arabicLettersTakeTheirJoinedPresentationForms() {
    BidiReorderer reorderer = IcuBidi.reorderer();
    // initial sin, medial yeh, final alef, initial sin, final teh marbuta
    assertThat(reorderer.shapeText(SIYASA)).isEqualTo("\uFEB3\uFEF4\uFE8E\uFEB3\uFE94");
    assertThat(reorderer.deshapeText("\uFEB3\uFEF4\uFE8E\uFEB3\uFE94")).isEqualTo(SIYASA);
    // lam + alef becomes the one lam-alef ligature
    assertThat(reorderer.shapeText("\u0644\u0627")).isEqualTo("\uFEFB");
    assertThat(reorderer.shapeText("人工智能 AI")).isEqualTo("人工智能 AI");
    assertThat(reorderer.isLiveImplementation()).isTrue();
  }

  @Test
  void aRightToLeftRunIsWrittenReversedWithMarksAfterTheirBase() {
    BidiReorderer reorderer = IcuBidi.reorderer();
    assertThat(reorderer.reorderRTLTextToLTR(SIYASA)).isEqualTo("\u0629\u0633\u0627\u064A\u0633");
    assertThat(reorderer.reorderRTLTextToLTR("abc")).isEqualTo("abc"); // Latin keeps its order
    assertThat(reorderer.reorderRTLTextToLTR("(\u0628\u064E)")).isEqualTo("(\u0628\u064E)");
  }

  @Test
  void aParagraphSplitsIntoRunsOfOneDirection() {
    BidiSplitter splitter = IcuBidi.splitters().createBidiSplitter();
    splitter.setParagraph("policy " + SIYASA + " 政策", BidiSplitter.LTR);
    List<String> runs = new ArrayList<>();
    for (int i = 0; i < splitter.countTextRuns(); i++) {
      BidiTextRun run = splitter.getVisualRun(i);
      runs.add(run.getDirection() + ":" + run.getStart() + "+" + run.getLength());
    }
    assertThat(runs).containsExactly("0:0+7", "1:7+5", "0:12+3");
    assertThat(splitter.getBaseDirection(SIYASA + " policy")).isEqualTo(BidiSplitter.RTL);
    assertThat(splitter.getBaseDirection("政策 " + SIYASA)).isEqualTo(BidiSplitter.LTR);
    assertThat(splitter.getBaseDirection("2026")).isEqualTo(BidiSplitter.NEUTRAL);
  }

  @Test
  void numbersInsideRightToLeftTextStayInItsRunAndKeepTheirOrder() {
    // openhtmltopdf does not reorder runs, so "2030" inside the Arabic run is not a run of its own
    BidiSplitter splitter = IcuBidi.splitters().createBidiSplitter();
    splitter.setParagraph(SIYASA + " 2030", BidiSplitter.RTL);
    assertThat(runs(splitter)).containsExactly("1:0+10");
    splitter.setParagraph("\u6587\u4EF6\uFF1A" + SIYASA + " (2030)", BidiSplitter.LTR);
    assertThat(runs(splitter)).containsExactly("0:0+3", "1:3+12");
    // ...and the reorderer sets it at the run's left end, the brackets mirrored
    BidiReorderer reorderer = IcuBidi.reorderer();
    assertThat(reorderer.reorderRTLTextToLTR(SIYASA + " (2030)"))
        .isEqualTo("(2030) \u0629\u0633\u0627\u064A\u0633");
  }

  @Test
  void anIsolatedNameThatStartsWithLatinReadsLeftToRightAroundItsArabic() {
    // "Saudi Arabia سياسة" isolated in a sentence: levels 2 and 3; as one right-to-left run it
    // came out reversed, the Arabic before the Latin
    BidiSplitter splitter = IcuBidi.splitters().createBidiSplitter();
    splitter.setParagraph("\u2068Saudi " + SIYASA + "\u2069: 1 document", BidiSplitter.LTR);
    assertThat(runs(splitter)).containsExactly("0:0+7", "1:7+5", "0:12+13");
    // an Arabic name isolated the same way is one right-to-left run, as before
    splitter.setParagraph("\u2068" + SIYASA + "\u2069: 1 document", BidiSplitter.LTR);
    assertThat(runs(splitter)).containsExactly("0:0+1", "1:1+5", "0:6+13");
  }

  private static List<String> runs(BidiSplitter splitter) {
    List<String> runs = new ArrayList<>();
    for (int i = 0; i < splitter.countTextRuns(); i++) {
      BidiTextRun run = splitter.getVisualRun(i);
      runs.add(run.getDirection() + ":" + run.getStart() + "+" + run.getLength());
    }
    return runs;
  }

  @Test
  void onlyTextWithRightToLeftCharactersNeedsTheAlgorithm() {
    assertThat(IcuBidi.needed("<p>人工智能 AI 🚀 𠮷</p>")).isFalse();
    assertThat(IcuBidi.needed("<p>" + SIYASA + "</p>")).isTrue();
    assertThat(IcuBidi.needed("双向\u202Eabc\u202C")).isTrue(); // a right-to-left override
    assertThat(IcuBidi.needed("\uD802\uDD00")).isTrue(); // Phoenician, outside the BMP
  }
}

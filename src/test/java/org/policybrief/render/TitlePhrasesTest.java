package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.util.ULocale;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policybrief.render.TitlePhrases.Phrase;

class TitlePhrasesTest {

  private final TitlePhrases phrases = new TitlePhrases(ULocale.SIMPLIFIED_CHINESE);

  @Test
  void aLongChineseTitleIsCutBetweenWordsOnly() {
    List<Phrase> cut = phrases.of("全球人工智能治理行动计划与美国人工智能行动计划比较研究简报");

    assertThat(cut).extracting(Phrase::text).contains("美国", "比较", "研究", "简报")
        .doesNotContain("国人", "美", "国");
    assertThat(cut).allSatisfy(p -> assertThat(p.kept()).as(p.text()).isTrue());
    assertThat(String.join("", cut.stream().map(Phrase::text).toList()))
        .isEqualTo("全球人工智能治理行动计划与美国人工智能行动计划比较研究简报");
  }

  @Test
  void punctuationStaysWithTheWordItBelongsTo() {
    List<Phrase> cut = phrases.of("人工智能全球治理行动计划（2025年版）：治理框架、执行机制与合作前景");

    assertThat(cut).extracting(Phrase::text)
        .allSatisfy(text -> assertThat("，、：）").doesNotContain(text.substring(0, 1)))
        .allSatisfy(text -> assertThat(text).doesNotEndWith("（"));
  }

  @Test
  void aLastHanCharacterDoesNotStandAlone() {
    List<Phrase> cut = phrases.of("欧盟数字市场法与人工智能法。");

    assertThat(cut.get(cut.size() - 1).text()).hasSizeGreaterThan(2).endsWith("法。");
  }

  @Test
  void shortLatinAndRightToLeftTitlesAreOnePhraseLeftToTheLineBreaker() {
    for (String title : new String[] {"政策措施比较简报", "A comparative briefing on artificial intelligence policy",
        "مقارنة سياسات الذكاء الاصطناعي في الصين والولايات المتحدة"}) {
      assertThat(phrases.of(title)).as(title).containsExactly(new Phrase(title, false));
    }
  }

  @Test
  void aLongLatinWordInAChineseTitleIsNotKeptWhole() {
    String word = "Supercalifragilisticexpialidocious";
    List<Phrase> cut = phrases.of("人工智能治理与" + word + "研究报告");

    assertThat(cut).filteredOn(p -> p.text().contains(word)).allSatisfy(p -> assertThat(p.kept()).isFalse());
  }
}

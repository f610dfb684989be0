package org.policybrief.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelFitTest {

  private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont(8f * ChartStyle.UNITS_PER_POINT);
  private static final double AXIS = ChartStyle.axisUnits() * ChartStyle.PLOT_CONTENT;

  private static double width(String text) {
    return LabelFit.width(text, FONT);
  }

  @Test
  void namesThatFitTheirSlotStayWholeAndLevel() {
    // QA case21 (two columns), case06 (three bars), the sample (two countries).
    for (List<String> names : List.of(List.of("European Union", "United Nations"),
        List.of("Health", "Transport", "Finance & banking"), List.of("United States", "China"))) {
      LabelFit.Axis axis = LabelFit.along(names, AXIS, FONT);
      assertThat(axis.labels()).isEqualTo(names);
      assertThat(axis.rotation()).isZero();
      assertThat(LabelFit.abbreviations(names, axis.labels())).isEmpty();
    }
  }

  @Test
  void namesTooWideForTheirSlotGoUprightAndAreShortenedOnlyPastTheirRoom() {
    List<String> names = List.of("Health", "Finance & banking",
        "International cooperation and capacity building for developing countries");
    LabelFit.Axis axis = LabelFit.along(names, 3 * width("Finance"), FONT);

    assertThat(axis.rotation()).isEqualTo(90);
    assertThat(axis.labels().subList(0, 2)).isEqualTo(names.subList(0, 2));
    String label = axis.labels().get(2);
    assertThat(label).endsWith("…");
    assertThat(names.get(2)).startsWith(label.substring(0, label.length() - 1) + " ");
    assertThat(width(axis.labels().get(2))).isLessThanOrEqualTo(LabelFit.ROTATED_ROOM);
    assertThat(LabelFit.abbreviations(names, axis.labels())).extracting(Figure.Abbreviation::name)
        .containsExactly(names.get(2));
  }

  @Test
  void twoLinesBreakBetweenWordsWhereTheyComeOutMostEven() {
    String name = "Capacity building & the Global South";
    assertThat(LabelFit.twoLines(name, width("Capacity building & the Global"), LabelFit.in(FONT)))
        .containsExactly("Capacity building &", "the Global South");
    assertThat(LabelFit.twoLines(name, width("Capacity"), LabelFit.in(FONT))).isEmpty();
  }

  @Test
  void twoLinesOfHanNeverStartWithClosingPunctuation() {
    String name = "全球南方能力建设（发展中国家）";
    List<String> lines = LabelFit.twoLines(name, width("全球南方能力建设（发"), LabelFit.in(FONT));
    assertThat(lines).hasSize(2);
    assertThat(String.join("", lines)).isEqualTo(name);
    assertThat(lines.get(1)).doesNotStartWith("）");
    assertThat(lines.get(0)).doesNotEndWith("（");
  }

  @Test
  void latinTextIsCutAtAWordBoundaryAndNotAfterASign() {
    String name = "Finance & banking regulation";
    String label = LabelFit.shorten(name, width("Finance & bank…"), FONT, false);

    assertThat(label).isEqualTo("Finance…");
  }

  @Test
  void cutsSavingOneCharacterAreNotMade() {
    String name = "法兰西共和国";
    assertThat(LabelFit.shorten(name, width(name) - 1, FONT, false)).isEqualTo(name);
  }

  @Test
  void fittedStrictlyNoLabelIsWiderThanItsRoom() {
    // Legends: a cut saving one character is made, and alike names are told apart within the room.
    String name = "法兰西共和国";
    List<String> strict = LabelFit.fitStrictly(List.of(name), width(name) - 1, LabelFitTest::width);
    assertThat(strict.get(0)).isNotEqualTo(name).contains(LabelFit.ELLIPSIS);
    assertThat(width(strict.get(0))).isLessThanOrEqualTo(width(name) - 1);

    List<String> names = List.of("Category number 4 on responsibilitiesresponsibilities",
        "Category number 5 on responsibilitiesresponsibilitiesresponsibilities");
    double room = width("Category number…");
    assertThat(LabelFit.fitStrictly(names, room, LabelFitTest::width)).doesNotHaveDuplicates()
        .allSatisfy(label -> assertThat(width(label)).isLessThanOrEqualTo(room));
  }

  @Test
  void bracketsAndQuotesStayPaired() {
    for (String name : List.of("关于「数据安全与个人信息」的实施规定和配套办法", "《网络数据安全管理条例》配套办法及实施细则",
        "Rules (on data security and personal information) for providers")) {
      for (double room = 40; room < width(name); room += 7) {
        String label = LabelFit.shorten(name, room, FONT, false);
        assertThat(label).as("%s in %.0f", name, room).satisfies(LabelFitTest::assertPaired);
      }
    }
  }

  private static void assertPaired(String label) {
    String[][] pairs = {{"「", "」"}, {"《", "》"}, {"(", ")"}, {"（", "）"}};
    for (String[] pair : pairs) {
      int open = label.split(java.util.regex.Pattern.quote(pair[0]), -1).length;
      int close = label.split(java.util.regex.Pattern.quote(pair[1]), -1).length;
      assertThat(open).as(label).isEqualTo(close);
    }
  }

  @Test
  void namesSharingTheirBeginningKeepTheirEndsAndStayUnique() {
    List<String> names = List.of("International cooperation and capacity building, strand 1",
        "International cooperation and capacity building, strand 2", "数据");
    List<String> labels = LabelFit.fit(names, width("International cooperation and…"), FONT);

    assertThat(labels).doesNotHaveDuplicates();
    assertThat(labels.get(0)).endsWith("1");
    assertThat(labels.get(1)).endsWith("2");
    assertThat(labels.get(2)).isEqualTo("数据");
  }

  @Test
  void alikeNamesKeepTheWordThatTellsThemApart() {
    List<String> names = List.of("Category number 4 on responsibilitiesresponsibilities",
        "Category number 5 on responsibilitiesresponsibilitiesresponsibilities");
    List<String> labels = LabelFit.fit(names, width("Category number…"), FONT);

    assertThat(labels).containsExactly("Category number 4…", "Category number 5…");
  }

  /** QA c_3_5_longnames: three names alike at both ends, told apart only in the middle. */
  private static final List<String> ALIKE_AT_BOTH_ENDS = List.of(
      "French Republic National Assembly and Senate Joint Office on Artificial Intelligence",
      "French Republic National Assembly and Senate Joint Working Group on Artificial Intelligence",
      "French Republic National Assembly and Senate Joint Committee on Artificial Intelligence");
  private static final List<String> WHERE_THEY_DIFFER = List.of("Office", "Working", "Committee");

  @Test
  void namesAlikeAtBothEndsKeepWhereTheyDiffer() {
    // upright heat-map columns (as QA saw "French R…elligence", "French…telligence2") and end labels
    List<List<String>> fitted = List.of(LabelFit.fit(ALIKE_AT_BOTH_ENDS, LabelFit.ROTATED_ROOM, FONT),
        LabelFit.fitStrictly(ALIKE_AT_BOTH_ENDS, 0.4 * ChartStyle.axisUnits(), LabelFitTest::width));
    for (List<String> labels : fitted) {
      assertThat(labels).doesNotHaveDuplicates().noneMatch(l -> l.matches(".*\\d$"));
      for (int i = 0; i < labels.size(); i++) {
        assertThat(labels.get(i)).contains(WHERE_THEY_DIFFER.get(i)).startsWith("French").contains(LabelFit.ELLIPSIS);
      }
    }
    assertThat(fitted.get(1)).allSatisfy(l -> assertThat(width(l)).isLessThanOrEqualTo(0.4 * ChartStyle.axisUnits()));
    // upright labels may run half again past their room to tell alike names apart
    assertThat(fitted.get(0)).allSatisfy(l -> assertThat(width(l)).isLessThanOrEqualTo(1.5 * LabelFit.ROTATED_ROOM));
  }

  @Test
  void charactersAlikeAtBothEndsKeepWhereTheyDiffer() {
    List<String> names = List.of("欧洲联盟成员国法兰西共和国国民甲议会与参议院联合委员会",
        "欧洲联盟成员国法兰西共和国国民乙议会与参议院联合委员会");
    List<String> labels = LabelFit.fit(names, width("欧洲联盟成员国…"), FONT);
    assertThat(labels.get(0)).contains("甲").doesNotContain("乙");
    assertThat(labels.get(1)).contains("乙").doesNotContain("甲");
  }

  @Test
  void namesOfTheFormXOfYKeepY() {
    // QA: upright heat-map columns read "Republic of…" (Moldova) beside "Republic of Korea",
    // "Democratic…" (the Congo), "Bolivarian…" (Venezuela), "Islamic Republic…" (Iran)
    List<String> names = List.of("Republic of Korea", "Republic of Moldova", "Democratic Republic of the Congo",
        "Bolivarian Republic of Venezuela", "Islamic Republic of Iran", "United Republic of Tanzania");
    List<String> labels = LabelFit.fit(names, width("Republic of Moldo"), FONT);

    assertThat(labels.get(1)).contains("Moldova").contains(LabelFit.ELLIPSIS);
    assertThat(labels.get(2)).contains("Congo");
    assertThat(labels.get(3)).contains("Venezuela");
    assertThat(labels.get(4)).contains("Iran");
    assertThat(labels.get(5)).contains("Tanzania");
    assertThat(labels).allSatisfy(l -> assertThat(width(l)).isLessThanOrEqualTo(width("Republic of Moldo")));
    // a common noun after "of" is no name: such a text keeps its first words, as before
    assertThat(LabelFit.fit(List.of("Accountability of public-sector algorithmic systems"),
        width("Accountability of public…"), FONT)).containsExactly("Accountability of…");
  }

  @Test
  void aCutThatCouldStandForAnotherNameKeepsWhereItDiffers() {
    // QA: "Korea…" (the Democratic People's Republic) beside "Korea, Republic of", shown whole
    List<String> names = List.of("Korea, Republic of", "Korea, Democratic People's Republic of");
    List<String> labels = LabelFit.fit(names, width("Korea, Republic of"), FONT);

    assertThat(labels.get(0)).isEqualTo("Korea, Republic of");
    assertThat(labels.get(1)).startsWith("Korea, Democratic").endsWith(LabelFit.ELLIPSIS);
  }
}

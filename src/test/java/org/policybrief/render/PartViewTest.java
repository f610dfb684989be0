package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policybrief.render.PartView.CountrySlice;
import org.policybrief.render.pdf.PartedPdfWriter;

class PartViewTest {

  @Test
  void countriesThatFitArePartsOfTheirOwnOrSharedAndLongOnesGoOn() {
    List<PartView> parts = PartView.body(List.of(7, 6, 5, 4, 0, 3, 2), 5);

    assertThat(parts.get(0).lead()).isTrue();
    assertThat(parts.get(parts.size() - 1).back()).isTrue();
    assertThat(parts.subList(1, parts.size() - 1)).extracting(PartView::slices).containsExactly(
        List.of(new CountrySlice(0, 0, 5, true)),
        List.of(new CountrySlice(0, 5, 7, false), new CountrySlice(1, 0, 3, true)),
        List.of(new CountrySlice(1, 3, 6, false)),
        List.of(new CountrySlice(2, 0, 5, true)),
        List.of(new CountrySlice(3, 0, 4, true), new CountrySlice(4, 0, 0, true)),
        List.of(new CountrySlice(5, 0, 3, true), new CountrySlice(6, 0, 2, true)));
    assertThat(parts.get(1).countriesStart()).isTrue();
    assertThat(parts.get(2).countriesStart()).isFalse();
  }

  @Test
  void aCountryCutKeepsMoreThanAFewRowsOnEachSide() {
    // the 2,001st measure of one country went on alone on the last page of the country section
    assertThat(PartView.body(List.of(2001), 1000).subList(1, 3)).extracting(PartView::slices).containsExactly(
        List.of(new CountrySlice(0, 0, 1000, true)),
        List.of(new CountrySlice(0, 1000, 2001, false)));
    // a country too long for a part began with one row at the foot of the part before
    assertThat(PartView.body(List.of(1999, 1500, 2), 1000).subList(1, 5)).extracting(PartView::slices).containsExactly(
        List.of(new CountrySlice(0, 0, 1000, true)),
        List.of(new CountrySlice(0, 1000, 1999, false)),
        List.of(new CountrySlice(1, 0, 1000, true)),
        List.of(new CountrySlice(1, 1000, 1500, false), new CountrySlice(2, 0, 2, true)));
  }

  @Test
  void theWholeBriefingHoldsEveryCountryWhole() {
    PartView whole = PartView.whole(List.of(3, 0));
    assertThat(whole.whole()).isTrue();
    assertThat(whole.slices()).containsExactly(new CountrySlice(0, 0, 3, true), new CountrySlice(1, 0, 0, true));
  }

  @Test
  void measuresOfLongTextHoldTwoPartsAtOnceAndOthersFour() {
    // the bench data: about 150 characters of title and summary; a helper's: about 900
    assertThat(PartView.atOnce(List.of(country(1000, 40, 110)))).isEqualTo(PartedPdfWriter.FONT_SETS);
    assertThat(PartView.atOnce(List.of(country(1000, 40, 110), country(10, 60, 900)))).isEqualTo(PartedPdfWriter.FONT_SETS);
    assertThat(PartView.atOnce(List.of(country(4500, 14, 900)))).isEqualTo(2);
    assertThat(PartView.atOnce(List.of())).isEqualTo(PartedPdfWriter.FONT_SETS);
  }

  private static BriefingView.CountryView country(int measures, int titleLength, int summaryLength) {
    BriefingView.CategoryView category = new BriefingView.CategoryView("c", "类别", "#004488", true, "1", false);
    BriefingView.MeasureRow row = new BriefingView.MeasureRow("M1", "题".repeat(titleLength),
        "文".repeat(summaryLength), List.of(), category, false, false);
    return new BriefingView.CountryView("CN", "中国", "country-CN", "", "", List.of(),
        Collections.nCopies(measures, row), List.of(), "one", "1");
  }
}

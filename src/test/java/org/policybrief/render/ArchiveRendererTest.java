package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policybrief.model.Text;

/**
 * The archive page and feed: counts said right, the way to the portal in the page's language, a
 * layout that fits a phone.
 */
class ArchiveRendererTest {

  static ArchiveView archive(int editions) {
    List<ArchiveView.EditionView> list = new ArrayList<>();
    for (int i = 0; i < editions; i++) {
      String date = "2026-11-" + (30 - i);
      list.add(new ArchiveView.EditionView(date, date, date, List.of(new ArchiveView.BriefingItem("Overview",
          "overview", "en", "English", List.of("US"), "United States", "3", "120 KB", date + "/overview-en.pdf",
          "overview-en-" + date + ".pdf"))));
    }
    return new ArchiveView("0123abcd", "Archive", "2026-11-30", List.of(new ArchiveView.Option("en", "English")),
        List.of(new ArchiveView.Option("US", "United States")), list);
  }

  @Test
  void oneEditionAndOneBriefingAreSingularInEnglish() {
    ArchiveRenderer english = new ArchiveRenderer("en");
    assertThat(english.page(archive(1))).contains("1 edition, newest first.");
    assertThat(english.page(archive(2))).contains("2 editions, newest first.");
    assertThat(english.feed(archive(1))).contains("1 briefing in this edition:");
  }

  @Test
  void theFeedHoldsTheTwentyNewestEditionsAndThePageAll() {
    ArchiveRenderer english = new ArchiveRenderer("en");
    String feed = english.feed(archive(25));

    assertThat(feed.split("<entry>", -1)).hasSize(21);
    assertThat(feed).contains(":edition:2026-11-30<", ":edition:2026-11-11<").doesNotContain(":edition:2026-11-10<");
    assertThat(english.page(archive(25))).contains("25 editions, newest first.", "2026-11-6");
  }

  @Test
  void aCountryIsNamedAsTheBriefingInThePagesLanguageNamesIt() {
    // the data's name in the page's language, else the built-in one: the English page listed
    // 美国 for a country the data named in Chinese only, whose English briefing said United States
    assertThat(new ArchiveRenderer("en").countryName("US", new Text("美国", ""))).isEqualTo("United States");
    assertThat(new ArchiveRenderer("zh-Hans").countryName("GB", new Text("", "U.K./Great Britain"))).isEqualTo("英国");
    assertThat(new ArchiveRenderer("zh-Hans").countryName("HK", new Text("中国香港", "Hong Kong, China")))
        .isEqualTo("中国香港");
    assertThat(new ArchiveRenderer("en").countryName("FR", null)).isEqualTo("France");
  }

  @Test
  void theOnDemandLinkKeepsThePagesLanguage() {
    assertThat(new ArchiveRenderer("en").page(archive(1))).contains("href=\"on-demand?lang=en\"");
    assertThat(new ArchiveRenderer("zh-Hans").page(archive(1))).contains("href=\"on-demand?lang=zh-Hans\"");
  }

  @Test
  void theLinkToTheOtherLanguageIsInThatLanguage() {
    assertThat(new ArchiveRenderer("en").page(archive(1)))
        .contains("<a href=\"index.html\" hreflang=\"zh-Hans\" lang=\"zh-Hans\">简体中文</a>");
    assertThat(new ArchiveRenderer("zh-Hans").page(archive(1)))
        .contains("<a href=\"index.en.html\" hreflang=\"en\" lang=\"en\">English</a>");
  }

  @Test
  void onAPhoneEachBriefingIsABlockWhoseFieldsNameTheirColumnAndSizesNeverWrap() {
    String page = new ArchiveRenderer("en").page(archive(1));
    assertThat(page).contains("th, td.num, td.date, td.download { white-space: nowrap; }")
        .contains("@media (max-width: 40em)")
        .contains("table, tbody, tr, td { display: block; }")
        .contains("thead { display: none; }")
        .contains("td[data-label]::before { content: attr(data-label)")
        .contains("<td data-label=\"Language\">English</td>")
        .contains("<td class=\"num\" data-label=\"Size\">120 KB</td>")
        .contains("<td class=\"date\" data-label=\"Date\">2026-11-30</td>")
        .contains("<td class=\"download\"><a href=");
    assertThat(new ArchiveRenderer("zh-Hans").page(archive(1))).contains("data-label=\"大小\"");
  }

  @Test
  void withAPlansTitleTheFeedStillNamesEachBriefing() {
    // a plan's title is every briefing's title: the feed's enclosures read "Weekly (English)"
    // for the overview and each country briefing alike, where the archive page adds the name
    String feed = new ArchiveRenderer("en").feed(titled("Weekly"));
    assertThat(feed).contains("title=\"Weekly · overview (English)\"", "title=\"Weekly · country-us (English)\"",
        "Weekly · overview (English, United States)");
    // without a plan's title a briefing's title is its name, said once
    assertThat(new ArchiveRenderer("en").feed(titled(null))).contains("title=\"overview (English)\"",
        "title=\"country-us (English)\"").doesNotContain("·");
  }

  static ArchiveView titled(String planTitle) {
    List<ArchiveView.BriefingItem> items = new ArrayList<>();
    for (String name : List.of("overview", "country-us")) {
      items.add(new ArchiveView.BriefingItem(planTitle == null ? name : planTitle, name, "en", "English",
          List.of("US"), "United States", "3", "120 KB", "2026-11-30/" + name + "-en.pdf",
          name + "-en-2026-11-30.pdf"));
    }
    return new ArchiveView("0123abcd", "Archive", "2026-11-30", List.of(new ArchiveView.Option("en", "English")),
        List.of(new ArchiveView.Option("US", "United States")),
        List.of(new ArchiveView.EditionView("2026-11-30", "30 November 2026", "2026-11-30", items)));
  }
}

package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policybrief.model.Text;

/** Every portal page renders in every interface language, and data is escaped. */
class PortalRendererTest {

  final PortalRenderer renderer = new PortalRenderer();

  @Test
  void everyPageInEveryLanguage() {
    for (String lang : PortalRenderer.LANGUAGES) {
      String form = renderer.form(lang, "./", new PortalView.Form(
          List.of(new PortalView.Choice("zh-Hans", "中文", true)),
          List.of(new PortalView.Choice("XX", "<Land & \"Co\">", false)),
          List.of(new PortalView.Choice("c1", "a very long category name ".repeat(5), true)),
          "2025-01-01", "", List.of("<b>bad</b>")));
      assertThat(form).contains("<html lang=\"" + lang + "\"", "&lt;Land &amp; &quot;Co&quot;&gt;",
          "&lt;b&gt;bad&lt;/b&gt;", "value=\"2025-01-01\"").doesNotContain("<b>bad</b>");
      for (String state : List.of("queued", "running", "done", "failed")) {
        String job = renderer.job(lang, "../../", new PortalView.Job("0123", state, 1, 5, "/on-demand/jobs/0123/a.pdf", "a.pdf"));
        assertThat(job).contains("<html lang=\"" + lang + "\"");
        assertThat(job.contains("id=\"download\"")).isEqualTo(state.equals("done"));
        assertThat(job.contains("http-equiv=\"refresh\"")).isEqualTo(state.equals("queued") || state.equals("running"));
      }
      assertThat(renderer.problem(lang, "../", new PortalView.Problem(404, "x"))).contains("HTTP 404");
      for (String key : List.of("bad.parameter", "bad.language", "bad.country", "bad.category", "bad.date",
          "bad.range", "bad.tooMany", "problem.busy", "problem.empty", "problem.data", "problem.expired",
          "problem.notFound", "problem.noEdition", "problem.method", "problem.unauthorized")) {
        assertThat(renderer.text(lang, key, "a", "b")).isNotBlank();
      }
    }
  }

  @Test
  void linksKeepTheInterfaceLanguageAndLeadFromThePageNotFromTheSitesRoot() {
    // behind a proxy that serves the portal under /briefings/, links from "/" led out of it
    for (String lang : PortalRenderer.LANGUAGES) {
      for (String page : List.of(renderer.problem(lang, "../../", new PortalView.Problem(404, "x")),
          renderer.job(lang, "../../", new PortalView.Job("0123", "failed", 0, 0, "", "a.pdf")))) {
        assertThat(page).contains("href=\"../../?lang=" + lang + "\"", "href=\"../../on-demand?lang=" + lang + "\"")
            .doesNotContain("href=\"/", "action=\"/");
      }
    }
  }

  @Test
  void aJobPageInTheOtherLanguageKeepsTheDownloadsName() {
    String name = "briefing-2026-11-30-en-CN_US-a&b 简.pdf";
    for (String state : List.of("queued", "done")) {
      assertThat(renderer.job("en", "../../", new PortalView.Job("0123", state, 0, 0, "", name)))
          .contains("href=\"?lang=zh-Hans&amp;file=briefing-2026-11-30-en-CN_US-a%26b%20%E7%AE%80.pdf\"");
      assertThat(renderer.job("zh-Hans", "../../", new PortalView.Job("0123", state, 0, 0, "", "a.pdf")))
          .contains("href=\"?lang=en&amp;file=a.pdf\"");
    }
    assertThat(renderer.problem("en", "../", new PortalView.Problem(404, "x"))).contains("href=\"?lang=zh-Hans\"");
  }

  @Test
  void oneIsSingularInEnglish() {
    assertThat(renderer.job("en", "../../", new PortalView.Job("0123", "queued", 1, 0, "", "a.pdf")))
        .contains("1 request ahead of this one.", "data-ahead=\"{n} requests ahead");
    assertThat(renderer.job("en", "../../", new PortalView.Job("0123", "running", 0, 1, "", "a.pdf"))).contains("1 second so far.");
    assertThat(renderer.job("en", "../../", new PortalView.Job("0123", "running", 0, 2, "", "a.pdf"))).contains("2 seconds so far.");
    assertThat(renderer.text("en", "problem.busy", 1L)).isEqualTo("The server is busy; try again in 1 second.");
    assertThat(renderer.text("en", "problem.busy", 30L)).isEqualTo("The server is busy; try again in 30 seconds.");
  }

  @Test
  void namesInTheInterfaceLanguage() {
    assertThat(renderer.countryName("zh-Hans", "FR", null)).isEqualTo("法国");
    assertThat(renderer.countryName("en", "FR", null)).isEqualTo("France");
    // as the briefing in that language names it: the English form listed 中国, its briefing China
    assertThat(renderer.countryName("en", "CN", new Text("中国", ""))).isEqualTo("China");
    assertThat(renderer.countryName("zh-Hans", "GB", new Text("", "U.K."))).isEqualTo("英国");
    assertThat(renderer.countryName("zh-Hans", "FR", new Text("法國", "France"))).isEqualTo("法国");
    assertThat(renderer.languageName("en", "zh-Hans")).isEqualTo("Chinese (Simplified)");
  }
}

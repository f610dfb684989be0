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
      String form = renderer.form(lang, new PortalView.Form(
          List.of(new PortalView.Choice("zh-Hans", "中文", true)),
          List.of(new PortalView.Choice("XX", "<Land & \"Co\">", false)),
          List.of(new PortalView.Choice("c1", "a very long category name ".repeat(5), true)),
          "2025-01-01", "", "<b>bad</b>"));
      assertThat(form).contains("<html lang=\"" + lang + "\"", "&lt;Land &amp; &quot;Co&quot;&gt;",
          "&lt;b&gt;bad&lt;/b&gt;", "value=\"2025-01-01\"").doesNotContain("<b>bad</b>");
      for (String state : List.of("queued", "running", "done", "failed")) {
        String job = renderer.job(lang, new PortalView.Job("0123", state, 1, 5, "/on-demand/jobs/0123/a.pdf", "a.pdf"));
        assertThat(job).contains("<html lang=\"" + lang + "\"");
        assertThat(job.contains("id=\"download\"")).isEqualTo(state.equals("done"));
        assertThat(job.contains("http-equiv=\"refresh\"")).isEqualTo(state.equals("queued") || state.equals("running"));
      }
      assertThat(renderer.problem(lang, new PortalView.Problem(404, "x"))).contains("HTTP 404");
      for (String key : List.of("bad.parameter", "bad.language", "bad.country", "bad.category", "bad.date",
          "bad.range", "bad.tooMany", "problem.busy", "problem.empty", "problem.data", "problem.expired",
          "problem.notFound", "problem.method", "problem.unauthorized")) {
        assertThat(renderer.text(lang, key, "a", "b")).isNotBlank();
      }
    }
  }

  @Test
  void namesInTheInterfaceLanguage() {
    assertThat(renderer.countryName("zh-Hans", "FR", null)).isEqualTo("法国");
    assertThat(renderer.countryName("en", "FR", null)).isEqualTo("France");
    assertThat(renderer.countryName("en", "CN", new Text("中国", ""))).isEqualTo("中国");
    assertThat(renderer.languageName("en", "zh-Hans")).isEqualTo("Chinese (Simplified)");
  }
}

package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Templates are sandboxed, and data in them is escaped. */
class TemplateEngineTest {

  private final TemplateEngine engine = new TemplateEngine(null);

  @Test
  void aTemplateCannotInstantiateClasses() {
    assertThatThrownBy(() -> engine.render("test/evil-new.ftl", Map.of()))
        .hasMessageContaining("test/evil-new.ftl")
        .hasMessageContaining("freemarker.template.utility.Execute");
  }

  @Test
  void aTemplateCannotReachTheJavaApi() {
    assertThatThrownBy(() -> engine.render("test/evil-api.ftl", Map.of("b", new java.util.ArrayList<>())))
        .hasMessageContaining("api");
  }

  @Test
  void dataIsEscapedAsXhtml() {
    String html = engine.render("test/escaping.ftl", Map.of("b", "<b>\"x\" & 'y'</b>"));
    assertThat(html).isEqualTo(
        "<p title=\"&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;\">&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;</p>\n");
  }
}

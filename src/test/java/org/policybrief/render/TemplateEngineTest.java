package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybrief.diag.Diagnostic;
import org.policybrief.diag.DiagnosticException;

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

  @Test
  void preloadCompilesATemplateAndWhatItIncludesOrImports(@TempDir Path folder) throws Exception {
    Files.writeString(folder.resolve("a.ftl"), "<#include \"b.ftl\">A");
    Files.writeString(folder.resolve("b.ftl"), "<#import \"c.ftl\" as c>B${c.x}");
    Files.writeString(folder.resolve("c.ftl"), "<#assign x = \"C\">");
    TemplateEngine userEngine = new TemplateEngine(folder);

    userEngine.preload("a.ftl");
    for (String name : List.of("a.ftl", "b.ftl", "c.ftl")) {
      Files.delete(folder.resolve(name));
    }

    // Compiled before the files went: the render takes all three from the cache.
    assertThat(userEngine.render("a.ftl", Map.of())).isEqualTo("BCA");
  }

  @Test
  void aSyntaxErrorIsFoundWhenTheWarmUpMetItFirst(@TempDir Path folder) throws Exception {
    // Freemarker throws a failure it met before wrapped in an IOException: the check then found
    // nothing whenever the warm-up thread had compiled the broken template first
    Files.writeString(folder.resolve("a.ftl"), "<#include \"b.ftl\">A");
    Files.writeString(folder.resolve("b.ftl"), "B\n<#if x>");
    TemplateEngine userEngine = new TemplateEngine(folder);

    userEngine.preload("a.ftl");

    assertThat(userEngine.syntaxErrors("a.ftl")).extracting(Diagnostic::format).singleElement()
        .asString().startsWith(folder.resolve("b.ftl") + ":2:");
  }

  @Test
  void aMistakeInATextMadeATemplateByInterpretIsTheUsersAtTheirFileWithoutFreemarkersMarkers(@TempDir Path folder)
      throws Exception {
    // a syntax error in the text was an internal error (exit 70) whose message kept Freemarker's
    // ---begin-message---, and one met while running the text kept the marker in ours
    Files.writeString(folder.resolve("a.ftl"), "<p>\n  <#assign t = \"<#if>\"?interpret><@t/></p>");
    Files.writeString(folder.resolve("b.ftl"), "<p>\n<#assign t = r\"x ${nope.y}\"?interpret><@t/></p>");
    TemplateEngine userEngine = new TemplateEngine(folder);

    assertThatThrownBy(() -> userEngine.render("a.ftl", Map.of()))
        .isInstanceOfSatisfying(DiagnosticException.class, e -> assertThat(e.diagnostics())
            .extracting(Diagnostic::format).singleElement().asString()
            .startsWith(folder.resolve("a.ftl") + ":2:16: error[template.error]: Template parsing with \"?interpret\""
                + " has failed with this error: Syntax error in template \"a.ftl->anonymous_interpreted\" in line 1,"
                + " column 2: #if is an existing directive, but the tag is malformed.")
            .doesNotContain("---"));
    assertThatThrownBy(() -> userEngine.render("b.ftl", Map.of()))
        .isInstanceOfSatisfying(DiagnosticException.class, e -> assertThat(e.diagnostics())
            .extracting(Diagnostic::format).singleElement().asString()
            .startsWith(folder.resolve("b.ftl") + ":2:39: error[template.error]: Template created with \"?interpret\""
                + " has stopped with this error: The following has evaluated to null or missing: ==> nope")
            .doesNotContain("---"));
  }

  @Test
  void aUsersListWithoutEndThatWritesNothingIsGivenUpAndStopped(@TempDir Path folder) throws Exception {
    Files.writeString(folder.resolve("a.ftl"), "<div><#list 1.. as i><#if i == 0>x</#if></#list></div>");
    TemplateEngine userEngine = new TemplateEngine(folder, Duration.ofSeconds(1));

    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThatThrownBy(() -> userEngine.render("a.ftl", Map.of()))
        .isInstanceOfSatisfying(DiagnosticException.class, e -> assertThat(e.diagnostics())
            .extracting(Diagnostic::format).containsExactly(folder.resolve("a.ftl") + ": error[template.error]:"
                + " the templates ran for more than 1 seconds, far longer than any briefing takes: a list or loop without end?")));
    // Interrupted, the list stops at its next turn: no thread is left spinning.
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (runningTemplateThreads() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(runningTemplateThreads()).isZero();
  }

  private static long runningTemplateThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals("template") && t.getState() == Thread.State.RUNNABLE).count();
  }
}

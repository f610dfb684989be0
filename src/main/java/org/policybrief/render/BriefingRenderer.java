package org.policybrief.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policybrief.analysis.Changes;
import org.policybrief.analysis.Aggregates;
import org.policybrief.diag.Diagnostics;
import org.policybrief.model.BriefingSpec;
import org.policybrief.model.Dataset;

/**
 * The render stage: dataset and aggregates to PDF bytes. One instance per process holds what is
 * costly to build (parsed fonts, compiled templates) and may render many briefings.
 */
public final class BriefingRenderer {

  private final FontLibrary fonts = new FontLibrary();
  private final TemplateEngine templates = new TemplateEngine();
  private final PdfWriter pdfWriter = new PdfWriter(fonts);

  /** The rendered briefing. */
  public record Rendered(String xhtml, byte[] pdf) {}

  /** Reports characters no font can draw to {@code diagnostics} as warnings. */
  public void checkGlyphs(Dataset dataset, BriefingSpec spec, Diagnostics diagnostics) {
    GlyphCheck check = new GlyphCheck(fonts.regularFaces(), diagnostics);
    check.check(dataset);
    check.check(spec.title(), "the title");
  }

  public String renderXhtml(Dataset dataset, Aggregates aggregates, BriefingSpec spec) {
    EditionLanguage language = EditionLanguage.of(spec.language());
    BriefingView view = new BriefingViewBuilder(dataset, aggregates, language).build(spec);
    return templates.render("briefing.ftl", Map.of("b", view, "t", language.messages()));
  }

  public Rendered render(Dataset dataset, Aggregates aggregates, BriefingSpec spec) {
    return render(dataset, aggregates, spec, null, "briefing");
  }

  /**
   * Renders with the template {@code templates/<template>.ftl}; {@code changes}, when not null,
   * adds the section on what is new since the previous edition.
   */
  public Rendered render(Dataset dataset, Aggregates aggregates, BriefingSpec spec, Changes changes,
      String template) {
    EditionLanguage language = EditionLanguage.of(spec.language());
    BriefingViewBuilder builder = new BriefingViewBuilder(dataset, aggregates, language);
    BriefingView view = builder.build(spec);
    Map<String, Object> model = new HashMap<>(Map.of("b", view, "t", language.messages()));
    if (changes != null) {
      model.put("news", WhatsNewView.of(changes, language, builder::countryName));
    }
    String xhtml = templates.render(template + ".ftl", model);
    Messages t = language.messages();
    PdfWriter.Info info = new PdfWriter.Info(view.title(), t.get("meta.subject", view.seriesLabel(), view.subtitle()),
        String.join(", ", view.categories().stream().map(BriefingView.CategoryView::name).toList()),
        view.organisation(), language.pdfLang(), spec.editionDate());
    return new Rendered(xhtml, pdfWriter.write(xhtml, language, info));
  }

  /** The edition languages this program can render, e.g. {@code zh-Hans}. */
  public static List<String> languages() {
    return EditionLanguage.known();
  }

  /** Whether {@code templates/<name>.ftl} exists. */
  public boolean hasTemplate(String name) {
    return templates.exists(name + ".ftl");
  }
}

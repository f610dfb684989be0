package org.policybrief.render;

import java.util.Map;
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
  private final ChartFont chartFont = new ChartFont();

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
    FigureSet figures = new FigureSet(dataset, aggregates, language, chartFont.font());
    return xhtml(view, figures, language);
  }

  public Rendered render(Dataset dataset, Aggregates aggregates, BriefingSpec spec) {
    EditionLanguage language = EditionLanguage.of(spec.language());
    BriefingView view = new BriefingViewBuilder(dataset, aggregates, language).build(spec);
    FigureSet figures = new FigureSet(dataset, aggregates, language, chartFont.font());
    String xhtml = xhtml(view, figures, language);
    Messages t = language.messages();
    PdfWriter.Info info = new PdfWriter.Info(view.title(), t.get("meta.subject", view.seriesLabel(), view.subtitle()),
        String.join(", ", view.categories().stream().map(BriefingView.CategoryView::name).toList()),
        view.organisation(), language.pdfLang(), spec.editionDate());
    return new Rendered(xhtml, pdfWriter.write(xhtml, language, info, ChartDrawer.factory(figures.byId())));
  }

  private String xhtml(BriefingView view, FigureSet figures, EditionLanguage language) {
    return templates.render("briefing.ftl",
        Map.of("b", view, "t", language.messages(), "figures", figures.views()));
  }
}

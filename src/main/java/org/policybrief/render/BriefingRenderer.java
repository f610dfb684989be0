package org.policybrief.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.policybrief.analysis.Aggregates;
import org.policybrief.analysis.Changes;
import org.policybrief.chart.ChartInput;
import org.policybrief.diag.Diagnostic;
import org.policybrief.diag.DiagnosticException;
import org.policybrief.diag.Diagnostics;
import org.policybrief.model.BriefingSpec;
import org.policybrief.model.Dataset;
import org.policybrief.render.fonts.ChartFont;
import org.policybrief.render.fonts.FontLibrary;
import org.policybrief.render.pdf.LoneCharacters;
import org.policybrief.render.pdf.PartedPdfWriter;
import org.policybrief.render.pdf.PdfWriter;
import org.policybrief.render.pdf.XhtmlParser;

/**
 * The render stage: dataset and aggregates to PDF bytes. One instance per process holds what is
 * costly to build (parsed fonts, compiled templates) and may render many briefings, also at once.
 */
public final class BriefingRenderer {

  private static final String BRIEFING = "briefing.ftl";

  private final Path userTemplates;
  private final FontLibrary fonts;
  private final TemplateEngine templates;
  private final PdfWriter pdfWriter;
  private final ChartFont chartFont;
  private final int rowsPerPart;
  /** Each edition language with its messages, read once per renderer (they never change). */
  private final Map<String, EditionLanguage> languages = new ConcurrentHashMap<>();
  private final Set<String> prepared = ConcurrentHashMap.newKeySet();
  private final FontFamilies fontFamilies;

  /** The built-in templates and fonts. */
  public BriefingRenderer() {
    this(null, null);
  }

  /**
   * A user's own look: files in {@code userTemplates} and {@code userFonts} (either may be null)
   * replace the built-in file of the same name; what they lack comes from the program.
   */
  public BriefingRenderer(Path userTemplates, Path userFonts) {
    this(userTemplates, userFonts, false);
  }

  /** With {@code tagged}, every briefing is a tagged PDF/UA-1 (see {@link PdfWriter}). */
  public BriefingRenderer(Path userTemplates, Path userFonts, boolean tagged) {
    this(userTemplates, userFonts, tagged, PartView.ROWS);
  }

  /**
   * Briefings of more than twice {@code rowsPerPart} measures are rendered in parts of about
   * {@code rowsPerPart} (see {@link PartedPdfWriter}); shorter ones keep the page total in their
   * footer.
   */
  BriefingRenderer(Path userTemplates, Path userFonts, boolean tagged, int rowsPerPart) {
    this.rowsPerPart = rowsPerPart;
    this.userTemplates = userTemplates;
    this.fonts = new FontLibrary(userFonts);
    this.templates = new TemplateEngine(userTemplates);
    this.pdfWriter = new PdfWriter(fonts, tagged);
    this.chartFont = new ChartFont(fonts);
    this.fontFamilies = new FontFamilies(fonts);
  }

  /** Starts loading the fonts most briefings need, before a renderer exists (see {@link FontLibrary#preloadCommon}). */
  public static void preloadFonts() {
    FontLibrary.preloadCommon();
  }

  /**
   * A rendered briefing: its XHTML (empty for one rendered in parts), its PDF, and the paragraphs
   * that end with one character alone on their last line.
   */
  public record Rendered(String xhtml, byte[] pdf, List<LoneCharacters.Lone> loneCharacters) {}

  /** The edition languages this program can render, e.g. {@code zh-Hans}. */
  public static List<String> languages() {
    return BriefingSpec.LANGUAGES;
  }

  /**
   * Whether {@code templates/<name>.ftl} exists and lays out a whole briefing: not a part of the
   * built-in one (cover), nor the archive page or its feed, which fail on a briefing's model.
   */
  public boolean hasTemplate(String name) {
    String file = name + ".ftl";
    return templates.exists(file) && !ArchiveRenderer.TEMPLATES.contains(file)
        && (file.equals(BRIEFING) || !templates.withIncluded(BRIEFING).contains(file));
  }

  /**
   * Starts loading, on another core, what rendering an edition of {@code language} will need:
   * the compiled templates, its fonts (parsing the CJK faces is the costliest step of a small
   * briefing), PDFBox's standard-font metrics, the line breaker's rules, the chart font and the
   * text shaper. Reading and checking the data meanwhile costs the same; a cold briefing comes
   * out sooner. Idempotent per language.
   */
  public void prepare(String language) {
    if (!BriefingSpec.LANGUAGES.contains(language) || !prepared.add(language)) {
      return;
    }
    Thread warmUp = new Thread(() -> {
      try {
        Warmup.run(templates, fonts, chartFont, language(language));
      } catch (RuntimeException | Error e) {
        // a user's messages file with mistakes, or a heap too small: the render meets it too, and
        // reports it (an uncaught error here printed a stack trace beside the render's message)
      }
    }, "policybrief-warm-up");
    warmUp.setDaemon(true);
    warmUp.start();
  }

  /** Reports what is wrong with the user's fonts; false when one cannot be used. */
  public boolean checkFonts(Diagnostics diagnostics) {
    return fonts.checkUserFonts(diagnostics);
  }

  /**
   * Reports the syntax errors of the user's templates; false when there is one. The built-in
   * templates have none, and without a folder of the user's nothing is compiled here.
   */
  public boolean checkTemplates(Diagnostics diagnostics) {
    if (userTemplates == null) {
      return true;
    }
    List<Diagnostic> found = templates.syntaxErrors(BRIEFING);
    found.forEach(diagnostics::report);
    return found.isEmpty();
  }

  /** Reports characters no font of the edition can draw to {@code diagnostics} as warnings. */
  public void checkGlyphs(Dataset dataset, BriefingSpec spec, Diagnostics diagnostics) {
    fontFamilies.check(dataset, spec, language(spec), diagnostics);
  }

  /**
   * Reports characters no font can draw in the editions of {@code specs}, each of which prints
   * its own column of a text in two languages; a warning two of them give is reported once.
   */
  public void checkGlyphs(Dataset dataset, List<BriefingSpec> specs, Diagnostics diagnostics) {
    Set<Diagnostic> warnings = new LinkedHashSet<>();
    for (BriefingSpec spec : specs) {
      Diagnostics edition = new Diagnostics();
      checkGlyphs(dataset, spec, edition);
      warnings.addAll(edition.sorted());
    }
    warnings.forEach(diagnostics::report);
  }

  public String renderXhtml(Dataset dataset, Aggregates aggregates, BriefingSpec spec) {
    EditionLanguage language = language(spec);
    BriefingView view = new BriefingViewBuilder(dataset, aggregates, language).build(spec);
    List<String> families = fontFamilies.of(dataset, spec, null, language);
    FigureSet figures = figures(dataset, aggregates, language, spec, view, families);
    return templates.render(BRIEFING, model(view, figures, language, spec, families));
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
    return render(dataset, aggregates, spec, changes, template, List.of());
  }

  /** A file of the dataset a briefing was made from: its name, MIME type and bytes. */
  public record DatasetFile(String fileName, String mimeType, byte[] bytes) {}

  /**
   * The briefing as an archival PDF/A-3u that carries {@code snapshot}, the dataset it was made
   * from, as embedded files: one file that holds the whole dataset, or one file per table (each
   * described as that table).
   */
  public Rendered renderArchival(Dataset dataset, Aggregates aggregates, BriefingSpec spec,
      List<DatasetFile> snapshot) {
    Messages t = language(spec).messages();
    List<PdfWriter.Attachment> attachments = snapshot.stream()
        .map(file -> new PdfWriter.Attachment(file.fileName(), file.mimeType(),
            snapshot.size() == 1 ? t.get("meta.snapshot") : t.get("meta.snapshot.table", file.fileName()),
            file.bytes()))
        .toList();
    return render(dataset, aggregates, spec, null, "briefing", attachments);
  }

  private Rendered render(Dataset dataset, Aggregates aggregates, BriefingSpec spec, Changes changes,
      String template, List<PdfWriter.Attachment> attachments) {
    try {
      return renderPdf(dataset, aggregates, spec, changes, template, attachments);
    } catch (XhtmlParser.MalformedXhtmlException e) {
      throw templates.malformedOutput(template + ".ftl", e);
    }
  }

  private Rendered renderPdf(Dataset dataset, Aggregates aggregates, BriefingSpec spec, Changes changes,
      String template, List<PdfWriter.Attachment> attachments) {
    EditionLanguage language = language(spec);
    BriefingViewBuilder builder = new BriefingViewBuilder(dataset, aggregates, language);
    BriefingView view = builder.build(spec);
    List<String> families = fontFamilies.of(dataset, spec, changes, language);
    FigureSet figures = figures(dataset, aggregates, language, spec, view, families);
    Map<String, Object> model = model(view, figures, language, spec, families);
    if (changes != null) {
      model.put("news", WhatsNewView.of(changes, language, builder::countryName));
    }
    Messages t = language.messages();
    PdfWriter.Info info = new PdfWriter.Info(view.title(), t.get("meta.subject", view.seriesLabel(), view.subtitle()),
        keywords(view.categories().stream().map(BriefingView.CategoryView::name).toList()),
        view.organisation(), language.pdfLang(), spec.editionDate());
    List<Integer> rows = measuresPerCountry(view);
    if (attachments.isEmpty() && !pdfWriter.tagged() && rows.stream().mapToInt(Integer::intValue).sum() > 2 * rowsPerPart) {
      List<PartView> body = PartView.body(rows, rowsPerPart);
      PdfWriter.Written written = new PartedPdfWriter(pdfWriter, PartView.atOnce(view.countries())).write(
          pages -> templates.render(template + ".ftl", withPart(model, PartView.front(pages))),
          body.stream().map(part -> (Supplier<String>) () -> templates.render(template + ".ftl", withPart(model, part))).toList(),
          body.stream().map(part -> part.countries() && !part.countriesStart()).toList(),
          language.lineBreakLocale(), info, ChartDrawer.factory(figures.byId(), chartFallbacks(language)));
      return new Rendered("", written.pdf(), written.loneCharacters());
    }
    String xhtml = templates.render(template + ".ftl", model);
    PdfWriter.Written written = pdfWriter.write(xhtml, language.lineBreakLocale(), info,
        ChartDrawer.factory(figures.byId(), chartFallbacks(language)), attachments);
    return new Rendered(xhtml, written.pdf(), written.loneCharacters());
  }

  private static Map<String, Object> withPart(Map<String, Object> model, PartView part) {
    Map<String, Object> copy = new HashMap<>(model);
    copy.put("part", part);
    return copy;
  }

  /** Chart labels fall back per character as body text does: the edition's families, then the others. */
  private ChartInput.Fallbacks chartFallbacks(EditionLanguage language) {
    List<String> families = FontLibrary.familiesOf(language.id(), FontLibrary.FALLBACK_FAMILIES);
    return (codePoint, like) -> chartFont.fallback(families, codePoint, like);
  }

  /** {@code fontFamilies}: the briefing's, in which the page sets the charts' legends. */
  private FigureSet figures(Dataset dataset, Aggregates aggregates, EditionLanguage language,
      BriefingSpec spec, BriefingView view, List<String> fontFamilies) {
    List<String> names = new ArrayList<>();
    view.categories().forEach(c -> names.add(c.name()));
    view.countries().forEach(c -> names.add(c.name()));
    return new FigureSet(dataset, aggregates, language, spec.editionDate(),
        chartFont.forTexts(FontLibrary.familiesOf(language.id()),
            FontLibrary.familiesOf(language.id(), FontLibrary.FALLBACK_FAMILIES), names),
        text -> chartFont.width(fontFamilies, text), chartFallbacks(language));
  }

  /** {@code fontFamilies}: the {@code font-family} list of the briefing's CSS, first choice first. */
  private static Map<String, Object> model(BriefingView view, FigureSet figures,
      EditionLanguage language, BriefingSpec spec, List<String> fontFamilies) {
    Map<String, Object> model = new HashMap<>(Map.of("b", view, "t", language.messages(),
        "page", PageSetup.of(spec.pageSize()), "figures", figures.views(),
        "fontFamily", FontLibrary.css(fontFamilies), "rtl", RightToLeft.first(), "hasRtl", RightToLeft.anywhere(),
        "paragraphRuns", new ParagraphRuns(), "list", new ListText(language.messages(), false),
        "prose", new ListText(language.messages(), true)));
    model.put("titlePhrases", new TitlePhrases(language.lineBreakLocale()));
    model.put("part", PartView.whole(measuresPerCountry(view)));
    return model;
  }

  /**
   * The PDF's keywords, the categories' names: apart by commas, or by semicolons when a name holds
   * a comma ("Research, development and innovation"), which PDF readers would split it at.
   */
  private static String keywords(List<String> names) {
    return String.join(names.stream().anyMatch(n -> n.contains(",")) ? "; " : ", ", names);
  }

  private static List<Integer> measuresPerCountry(BriefingView view) {
    return view.countries().stream().map(c -> c.measures().size()).toList();
  }

  private EditionLanguage language(BriefingSpec spec) {
    return language(spec.language());
  }

  private EditionLanguage language(String id) {
    return languages.computeIfAbsent(id, l -> EditionLanguage.of(l, userTemplates));
  }
}

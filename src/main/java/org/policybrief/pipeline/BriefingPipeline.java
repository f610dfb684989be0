package org.policybrief.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.policybrief.analysis.Aggregates;
import org.policybrief.analysis.Analyzer;
import org.policybrief.analysis.SelectionFilter;
import org.policybrief.data.CsvDatasetReader;
import org.policybrief.data.CsvDatasetWriter;
import org.policybrief.data.DatasetReader;
import org.policybrief.data.DatasetSource;
import org.policybrief.data.xlsx.XlsxDatasetWriter;
import org.policybrief.diag.DiagnosticException;
import org.policybrief.diag.Diagnostics;
import org.policybrief.model.BriefingSpec;
import org.policybrief.model.Dataset;
import org.policybrief.publish.AtomicFiles;
import org.policybrief.render.BriefingRenderer;

/**
 * Wires the stages: read and validate → select → analyse → render → publish. Stops before publishing when
 * any error was reported, so bad data never writes or replaces a briefing. One pipeline per
 * process: it holds the renderer's parsed fonts and compiled templates.
 */
public final class BriefingPipeline {

  static final String SNAPSHOT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String CSV_TYPE = "text/csv";

  /** What kind of PDF the pipeline writes. */
  public enum PdfKind {
    /** A plain PDF: the fastest. */
    PLAIN,
    /** A tagged PDF/UA-1 for screen readers. */
    ACCESSIBLE,
    /** A tagged PDF/A-3u that carries the dataset it was made from. */
    ARCHIVAL
  }

  private final BriefingRenderer renderer;
  private final boolean archival;

  /** Briefings in the built-in look. */
  public BriefingPipeline() {
    this(null, null);
  }

  /** Briefings in a user's look: see {@link BriefingRenderer#BriefingRenderer(Path, Path)}. */
  public BriefingPipeline(Path userTemplates, Path userFonts) {
    this(userTemplates, userFonts, PdfKind.PLAIN);
  }

  /**
   * Archival briefings are PDF/A-3u and carry the whole dataset they were made from inside (a
   * workbook, or its CSV files), so the archive keeps the evidence with the text.
   */
  public BriefingPipeline(Path userTemplates, Path userFonts, PdfKind kind) {
    this.renderer = new BriefingRenderer(userTemplates, userFonts, kind == PdfKind.ACCESSIBLE);
    this.archival = kind == PdfKind.ARCHIVAL;
  }

  /** Reads and validates a dataset; empty when {@code diagnostics} has errors. */
  public Optional<Dataset> load(DatasetReader reader, Diagnostics diagnostics) throws IOException {
    return reader.read(diagnostics);
  }

  /**
   * Reads and validates a dataset as {@link #load} does, then reports, as warnings, what
   * {@code generate} would of its text in any edition: characters no font has, and text that
   * prints unshaped. Checked against the fonts' character maps, the user's fonts among them as
   * {@code generate} would use them (one that cannot be used is reported, as there); nothing is
   * rendered. Empty when {@code diagnostics} has errors.
   */
  public Optional<Dataset> validate(DatasetReader reader, LocalDate today, Diagnostics diagnostics)
      throws IOException {
    Optional<Dataset> dataset = load(reader, diagnostics);
    if (!renderer.checkFonts(diagnostics)) {
      return Optional.empty();
    }
    // Every edition can reach every font (its own families, then the others as fallbacks), so a
    // character is missing in all editions or none: the Simplified edition checks the Chinese
    // columns and the English one the English columns. The Traditional edition prints the same
    // Chinese columns, converted to characters Noto Sans TC has, and would find nothing more;
    // its conversion tables alone take a second to load.
    dataset.ifPresent(d -> renderer.checkGlyphs(d, List.of(
        new BriefingSpec(today, BriefingSpec.SIMPLIFIED_CHINESE, null),
        new BriefingSpec(today, BriefingSpec.ENGLISH, null)), diagnostics));
    return dataset;
  }

  /** Reads and validates a CSV dataset; empty when {@code diagnostics} has errors. */
  public Optional<Dataset> load(DatasetSource source, Diagnostics diagnostics) throws IOException {
    return load(new CsvDatasetReader(source), diagnostics);
  }

  /** The rendered PDF of a valid CSV dataset, or empty when there are errors. */
  public Optional<byte[]> render(DatasetSource source, BriefingSpec spec, Diagnostics diagnostics)
      throws IOException {
    return render(new CsvDatasetReader(source), spec, diagnostics);
  }

  /** The rendered PDF of a valid dataset, or empty when there are errors. */
  public Optional<byte[]> render(DatasetReader reader, BriefingSpec spec, Diagnostics diagnostics)
      throws IOException {
    return render(reader, spec, SelectionFilter.Origin.COMMAND_LINE, diagnostics);
  }

  /** As above, the selection's mistakes named where {@code origin} says it was given. */
  public Optional<byte[]> render(DatasetReader reader, BriefingSpec spec, SelectionFilter.Origin origin,
      Diagnostics diagnostics) throws IOException {
    renderer.prepare(spec.language());
    Optional<Dataset> dataset = load(reader, diagnostics);
    // Checked after reading the data: meanwhile the warm-up parses the edition's fonts.
    boolean fontsUsable = renderer.checkFonts(diagnostics);
    boolean templatesUsable = renderer.checkTemplates(diagnostics);
    if (dataset.isEmpty()) {
      SelectionFilter.checkWithoutData(spec.selection(), origin, diagnostics);
      return Optional.empty();
    }
    // Checked whatever the fonts: one run names an unusable font and a country the data lacks.
    Optional<Dataset> selected = SelectionFilter.apply(dataset.get(), spec.selection(), origin, diagnostics);
    if (selected.isEmpty() || !fontsUsable || !templatesUsable) {
      return Optional.empty();
    }
    try {
      renderer.checkGlyphs(selected.get(), spec, diagnostics); // reads a user's messages first
      Aggregates aggregates = Analyzer.analyze(selected.get(), spec.selection());
      BriefingRenderer.Rendered rendered = archival
          ? renderer.renderArchival(selected.get(), aggregates, spec, snapshot(dataset.get(), spec, diagnostics))
          : renderer.render(selected.get(), aggregates, spec);
      LoneCharacterWarning.report(rendered.loneCharacters(), null, diagnostics);
      return Optional.of(rendered.pdf());
    } catch (DiagnosticException e) {
      e.diagnostics().forEach(diagnostics::report);
      return Optional.empty();
    }
  }

  /**
   * The whole dataset as the files an archival briefing carries: a workbook, or, when a text is
   * longer than a workbook cell holds, the CSV files of the data format, which hold any text
   * whole (a warning at each such field says so). Never a shortened text: the archive keeps the
   * evidence as it was.
   */
  private static List<BriefingRenderer.DatasetFile> snapshot(Dataset dataset, BriefingSpec spec,
      Diagnostics diagnostics) throws IOException {
    try {
      String name = spec.fileName().replaceFirst("\\.pdf$", "") + "-dataset.xlsx";
      return List.of(new BriefingRenderer.DatasetFile(name, SNAPSHOT_TYPE,
          XlsxDatasetWriter.write(dataset, spec.editionDate())));
    } catch (DiagnosticException tooLong) {
      tooLong.diagnostics().forEach(d -> diagnostics.warning(d.at(), d.code(), d.message()
          + ": the briefing carries the dataset as CSV files instead of a workbook"));
    }
    return CsvDatasetWriter.write(dataset).entrySet().stream()
        .map(file -> new BriefingRenderer.DatasetFile(file.getKey(), CSV_TYPE, file.getValue()))
        .toList();
  }

  /** Renders and publishes one briefing of a CSV dataset; see the other overload. */
  public Optional<Path> generate(
      DatasetSource source, BriefingSpec spec, Path outFolder, Diagnostics diagnostics)
      throws IOException {
    return generate(new CsvDatasetReader(source), spec, outFolder, diagnostics);
  }

  /** Renders and publishes one briefing into {@code outFolder}; its path, or empty on errors. */
  public Optional<Path> generate(
      DatasetReader reader, BriefingSpec spec, Path outFolder, Diagnostics diagnostics)
      throws IOException {
    return generate(reader, spec, SelectionFilter.Origin.COMMAND_LINE, outFolder, diagnostics);
  }

  /** As above, the selection's mistakes named where {@code origin} says it was given. */
  public Optional<Path> generate(DatasetReader reader, BriefingSpec spec, SelectionFilter.Origin origin,
      Path outFolder, Diagnostics diagnostics) throws IOException {
    Optional<byte[]> pdf = render(reader, spec, origin, diagnostics);
    if (pdf.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(AtomicFiles.write(outFolder, spec.fileName(), pdf.get()));
  }
}

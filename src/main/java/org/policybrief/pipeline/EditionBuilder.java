package org.policybrief.pipeline;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.policybrief.analysis.Analyzer;
import org.policybrief.analysis.ChangeDetector;
import org.policybrief.analysis.Changes;
import org.policybrief.analysis.SelectionFilter;
import org.policybrief.diag.Diagnostics;
import org.policybrief.diag.Location;
import org.policybrief.model.BriefingSpec;
import org.policybrief.model.Dataset;
import org.policybrief.model.Document;
import org.policybrief.model.Selection;
import org.policybrief.plan.PlannedBriefing;
import org.policybrief.render.BriefingRenderer;
import org.policybrief.render.pdf.LoneCharacters;

/**
 * Builds the briefings of an edition in a bounded pool of threads, all sharing one renderer
 * (fonts and templates loaded once). Results come in plan order whatever order threads finish.
 */
final class EditionBuilder {

  /** The previous edition's date and data, for the section on what is new. */
  record Previous(LocalDate edition, Dataset dataset) {}

  /** One built briefing and the countries it covers. */
  record Built(PlannedBriefing planned, byte[] pdf, int pages, List<String> countries,
      List<LoneCharacters.Lone> loneCharacters) {}

  private final BriefingRenderer renderer;

  EditionBuilder(BriefingRenderer renderer) {
    this.renderer = renderer;
  }

  /** Every briefing, or empty when one failed (each failure reported to {@code diagnostics}). */
  Optional<List<Built>> build(Dataset dataset, Optional<Previous> previous, List<PlannedBriefing> briefings,
      LocalDate edition, int threads, RunListener listener, Diagnostics diagnostics) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, briefings.size()), runnable -> {
      Thread thread = new Thread(runnable, "briefing-builder");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<Built>> futures = new ArrayList<>();
      for (PlannedBriefing planned : briefings) {
        futures.add(pool.submit(() -> {
          Built built = buildOne(dataset, previous, planned, edition);
          listener.built(planned.fileName(), built.pages(), built.pdf().length);
          return built;
        }));
      }
      List<Built> all = new ArrayList<>();
      for (int i = 0; i < futures.size(); i++) {
        try {
          all.add(futures.get(i).get());
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          futures.forEach(f -> f.cancel(true)); // the edition is lost anyway: stop the others
          // the command line says how to give Java more (linking a lambda wraps the heap
          // running out in an InternalError)
          if (cause instanceof OutOfMemoryError
              || cause instanceof InternalError && cause.getCause() instanceof OutOfMemoryError) {
            throw (Error) cause;
          }
          diagnostics.error(Location.NONE, "briefing.failed", "briefing " + briefings.get(i).fileName()
              + " failed: " + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()));
          break;
        }
      }
      all.forEach(b -> LoneCharacterWarning.report(b.loneCharacters(), b.planned().fileName(), diagnostics));
      return diagnostics.hasErrors() ? Optional.empty() : Optional.of(all);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      diagnostics.error(Location.NONE, "briefing.interrupted", "the run was interrupted");
      return Optional.empty();
    } finally {
      pool.shutdownNow();
    }
  }

  private Built buildOne(Dataset dataset, Optional<Previous> previous, PlannedBriefing planned,
      LocalDate edition) throws IOException {
    Selection selection = planned.selection();
    Dataset selected = SelectionFilter.narrow(dataset, selection);
    Changes changes = previous
        .map(p -> ChangeDetector.diff(p.edition(), SelectionFilter.narrow(p.dataset(), selection), selected))
        .orElse(Changes.first());
    BriefingSpec spec = new BriefingSpec(edition, planned.language(), planned.title(), selection);
    BriefingRenderer.Rendered rendered = renderer.render(selected, Analyzer.analyze(selected, selection),
        spec, changes, planned.template());
    try (PDDocument document = Loader.loadPDF(rendered.pdf())) {
      List<String> countries = selected.documents().stream().map(Document::country).distinct().sorted().toList();
      return new Built(planned, rendered.pdf(), document.getNumberOfPages(), countries, rendered.loneCharacters());
    }
  }
}

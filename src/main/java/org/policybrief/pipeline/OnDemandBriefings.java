package org.policybrief.pipeline;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.policybrief.analysis.Analyzer;
import org.policybrief.data.CsvDatasetReader;
import org.policybrief.data.DatasetSource;
import org.policybrief.diag.Diagnostics;
import org.policybrief.model.BriefingSpec;
import org.policybrief.model.Dataset;
import org.policybrief.model.Document;
import org.policybrief.plan.PlanSelection;
import org.policybrief.render.BriefingRenderer;

/**
 * Briefings asked for while the portal runs: the current data read with its fingerprint, a
 * selection of it (countries, categories, a range of document dates), and the PDF of a
 * selection. One instance per process; {@link #render} may be called from several threads.
 */
public final class OnDemandBriefings {

  /** The data as read now; {@code fingerprint} is the SHA-256 of its files. */
  public record Snapshot(String fingerprint, Dataset dataset) {}

  private final BriefingRenderer renderer = new BriefingRenderer();

  /** The data's current files, validated; empty when {@code diagnostics} got errors. */
  public Optional<Snapshot> read(DatasetSource source, Diagnostics diagnostics) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String name : WeeklyRun.DATA_FILES) {
      source.read(name).ifPresent(bytes -> files.put(name, bytes));
    }
    DatasetSource inMemory = new DatasetSource() {
      @Override
      public String describe(String fileName) {
        return source.describe(fileName);
      }

      @Override
      public Optional<byte[]> read(String fileName) {
        return Optional.ofNullable(files.get(fileName));
      }
    };
    return new CsvDatasetReader(inMemory).read(diagnostics)
        .map(dataset -> new Snapshot(Hashes.sha256(files), dataset));
  }

  /**
   * The dataset restricted to the selection and to documents dated from {@code from} to
   * {@code to} (each null for no bound), with only the measures of those documents.
   */
  public static Dataset select(Dataset dataset, PlanSelection selection, LocalDate from, LocalDate to) {
    Dataset selected = selection.apply(dataset);
    if (from == null && to == null) {
      return selected;
    }
    Set<String> inRange = selected.documents().stream()
        .filter(d -> (from == null || !d.date().isBefore(from)) && (to == null || !d.date().isAfter(to)))
        .map(Document::id).collect(Collectors.toSet());
    return new Dataset(selected.documents().stream().filter(d -> inRange.contains(d.id())).toList(),
        selected.measures().stream().filter(m -> inRange.contains(m.documentId())).toList(),
        selected.categories(), selected.countryNames(), selected.sourceName());
  }

  /** The PDF of an already selected, non-empty dataset. */
  public byte[] render(Dataset selected, BriefingSpec spec) {
    return renderer.render(selected, Analyzer.analyze(selected), spec).pdf();
  }

  /** The languages briefings can be written in today. */
  public static List<String> languages() {
    return BriefingRenderer.languages();
  }
}

package org.policybrief.pipeline;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.policybrief.analysis.Analyzer;
import org.policybrief.data.CsvDatasetReader;
import org.policybrief.data.DatasetSource;
import org.policybrief.diag.Diagnostics;
import org.policybrief.model.BriefingSpec;
import org.policybrief.model.Dataset;
import org.policybrief.render.BriefingRenderer;

/**
 * Briefings asked for while the portal runs: the current data read with its fingerprint, and
 * the PDF of a selection of it. One instance per process; {@link #render} may be called from several threads.
 */
public final class OnDemandBriefings {

  /** The data as read now; {@code fingerprint} is the SHA-256 of its files. */
  public record Snapshot(String fingerprint, Dataset dataset) {}

  private final BriefingRenderer renderer = new BriefingRenderer();

  /** The last data read without errors; guarded by {@code this}. */
  private Snapshot last;

  /**
   * The data's current files, validated; empty when {@code diagnostics} got errors. Files of the
   * same bytes as the last good read give that read's dataset again: the portal reads the data at
   * every view of its form, and parsing and checking 20,000 measures took 3 s (13 s for each of
   * eight views at once). Reads of changed files are parsed one at a time, so views waiting for
   * one all get its result.
   */
  public Optional<Snapshot> read(DatasetSource source, Diagnostics diagnostics) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String name : WeeklyRun.DATA_FILES) {
      source.read(name).ifPresent(bytes -> files.put(name, bytes));
    }
    String fingerprint = Hashes.sha256(files);
    synchronized (this) {
      if (last == null || !last.fingerprint().equals(fingerprint)) {
        Optional<Snapshot> read = parse(source, files, fingerprint, diagnostics);
        if (read.isEmpty()) {
          return read;
        }
        last = read.get();
      }
      return Optional.of(last);
    }
  }

  private static Optional<Snapshot> parse(DatasetSource source, Map<String, byte[]> files, String fingerprint,
      Diagnostics diagnostics) throws IOException {
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
    return new CsvDatasetReader(inMemory).read(diagnostics).map(dataset -> new Snapshot(fingerprint, dataset));
  }

  /** The PDF of a dataset already narrowed to {@code spec}'s selection, not empty. */
  public byte[] render(Dataset selected, BriefingSpec spec) {
    return renderer.render(selected, Analyzer.analyze(selected, spec.selection()), spec).pdf();
  }

  /** The languages briefings can be written in today. */
  public static List<String> languages() {
    return BriefingRenderer.languages();
  }
}

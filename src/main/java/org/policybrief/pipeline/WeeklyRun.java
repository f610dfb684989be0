package org.policybrief.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.policybrief.data.CsvDatasetReader;
import org.policybrief.data.DatasetSource;
import org.policybrief.diag.Diagnostics;
import org.policybrief.diag.Location;
import org.policybrief.model.BriefingSpec;
import org.policybrief.model.Dataset;
import org.policybrief.plan.Plan;
import org.policybrief.plan.PlanEntry;
import org.policybrief.plan.PlanExpander;
import org.policybrief.plan.PlanReader;
import org.policybrief.plan.PlannedBriefing;
import org.policybrief.publish.EditionLock;
import org.policybrief.publish.EditionPublisher;
import org.policybrief.publish.Manifest;
import org.policybrief.render.BriefingRenderer;

/**
 * The weekly job: under the output folder's lock, reads the plan and the data, builds every
 * briefing in parallel, and publishes the edition only when all of them were built. Nothing a
 * reader sees changes when any step before publishing fails.
 */
public final class WeeklyRun {

  /** The files of a dataset, in the order they are hashed and kept as the edition's snapshot. */
  static final List<String> DATA_FILES = List.of("documents.csv", "measures.csv", "categories.csv", "countries.csv");

  private final BriefingRenderer renderer = new BriefingRenderer();

  /** The summary of the published edition, or empty when {@code diagnostics} got errors. */
  public Optional<RunSummary> run(RunSpec spec, RunListener listener, Diagnostics diagnostics)
      throws IOException, EditionLock.LockedException {
    long start = System.nanoTime();
    // Everything is checked before the lock, which creates the output folder: a plan or data with
    // mistakes writes nothing. A plan with mistakes is still checked against its data, so that one
    // run reports both.
    Optional<Plan> plan = new PlanReader(Set.copyOf(BriefingRenderer.languages()), renderer::hasTemplate)
        .read(spec.planFile(), diagnostics);
    if (plan.isEmpty()) {
      return Optional.empty();
    }
    // the data is read once: the briefings, the hash and the snapshot all come from these bytes
    Map<String, DatasetSource.NotADataFile> unreadable = new LinkedHashMap<>();
    Map<String, byte[]> snapshot = snapshot(DatasetSource.folder(plan.get().dataFolder()), unreadable);
    DatasetSource source = inMemory(plan.get().dataFolder(), snapshot, unreadable);
    // its own diagnostics: the reader gives no dataset once any error is reported, the plan's too
    Diagnostics dataDiagnostics = new Diagnostics();
    Optional<Dataset> dataset = new CsvDatasetReader(source).read(dataDiagnostics);
    dataDiagnostics.sorted().forEach(diagnostics::report);
    if (dataset.isEmpty()) {
      if (plan.get().entries().stream().anyMatch(WeeklyRun::selects)) {
        notChecked(spec, diagnostics);
      }
      return Optional.empty();
    }
    List<PlannedBriefing> briefings =
        PlanExpander.expand(plan.get(), dataset.get(), BriefingRenderer.languages(), diagnostics);
    if (diagnostics.hasErrors()) {
      return Optional.empty();
    }
    checkGlyphs(dataset.get(), briefings, spec, plan.get(), diagnostics);
    if (diagnostics.hasErrors()) {
      return Optional.empty();
    }

    try (EditionLock lock = EditionLock.acquire(spec.outFolder())) {
      EditionPublisher publisher = new EditionPublisher(spec.outFolder());
      publisher.removeAbandonedStaging();
      String edition = spec.edition().toString();
      Manifest listed = Manifest.read(spec.outFolder());
      List<String> gone = publisher.goneEditions(listed);
      if (!gone.isEmpty()) {
        diagnostics.warning(Location.wholeFile(spec.outFolder().resolve(Manifest.FILE).toString()),
            "run.editions-gone", (gone.size() == 1 ? "the folder of edition " + gone.get(0) + " is gone: it leaves"
                : "the folders of editions " + String.join(", ", gone) + " are gone: they leave")
                + " the archive page, the feed and the manifest; changes are counted from the newest edition still there");
      }
      Manifest manifest = listed.without(gone);
      if (!manifest.keeps(edition, spec.keep())) {
        diagnostics.error(Location.wholeFile(spec.outFolder().resolve(Manifest.FILE).toString()),
            "run.edition-too-old", "edition " + edition + " is older than the " + spec.keep()
                + " newest editions kept (--keep " + spec.keep() + "), so it would be deleted as soon"
                + " as it was published; give a later --edition or a larger --keep");
        return Optional.empty();
      }
      Optional<EditionBuilder.Previous> previous = previous(manifest, edition, publisher);
      listener.started(edition, briefings.size());
      Optional<List<EditionBuilder.Built>> built = new EditionBuilder(renderer).build(dataset.get(), previous,
          briefings, spec.edition(), spec.threads(), listener, diagnostics);
      if (built.isEmpty()) {
        return Optional.empty();
      }

      lock.checkStillHeld(); // a run that lost its lock publishes nothing beside another one
      listener.publishing();
      String dataHash = Hashes.sha256(snapshot);
      Map<String, byte[]> pdfs = new LinkedHashMap<>();
      built.get().forEach(b -> pdfs.put(b.planned().fileName(), b.pdf()));
      Manifest.Edition entry = new Manifest.Edition(edition, dataHash,
          built.get().stream().map(b -> ArchiveViews.entry(edition, b, dataHash)).toList());
      ArchiveViews archive = new ArchiveViews(dataset.get(), plan.get().title());
      String newest = publisher.publish(new EditionPublisher.EditionFiles(entry, pdfs, snapshot), spec.keep(),
          archive::render).newest().edition();
      if (!newest.equals(edition)) {
        // a back-filled edition, or a mistyped one before it (--edition 2062-11-30) that will hold latest/ for good
        diagnostics.warning(Location.wholeFile(spec.outFolder().resolve(Manifest.FILE).toString()),
            "run.not-newest", "edition " + edition + " is published, but " + newest + " is a later one:"
                + " latest/, the first edition of the archive page and the feed's newest entry stay " + newest);
      }

      int pages = built.get().stream().mapToInt(EditionBuilder.Built::pages).sum();
      long bytes = built.get().stream().mapToLong(b -> b.pdf().length).sum();
      return Optional.of(new RunSummary(edition, spec.outFolder().resolve(edition), built.get().size(), pages,
          bytes, Duration.ofNanos(System.nanoTime() - start),
          previous.map(p -> p.edition().toString()).orElse("")));
    }
  }

  /** Whether the entry narrows the data, by names the data may lack or dates it may not reach. */
  private static boolean selects(PlanEntry entry) {
    return !entry.countries().isEmpty() || !entry.categories().isEmpty() || entry.from() != null
        || entry.to() != null;
  }

  /** What the data names is not known, so neither is which of the plan's names it lacks. */
  private static void notChecked(RunSpec spec, Diagnostics diagnostics) {
    diagnostics.warning(Location.wholeFile(spec.planFile().toString()), "plan.not-checked",
        "the plan was not checked against its data, which has errors: a country or category of the"
            + " plan that the data lacks, or a selection that leaves no measure, is named once the"
            + " data's errors are corrected");
  }

  /** Checks the data's text in every language the plan prints it in (see {@link BriefingRenderer#checkGlyphs}). */
  private void checkGlyphs(Dataset dataset, List<PlannedBriefing> briefings, RunSpec spec,
      Plan plan, Diagnostics diagnostics) {
    renderer.checkGlyphs(dataset, briefings.stream().map(PlannedBriefing::language).distinct()
        .map(language -> new BriefingSpec(spec.edition(), language, plan.title())).toList(), diagnostics);
  }

  /** The newest earlier edition whose data snapshot is still kept and readable. */
  private static Optional<EditionBuilder.Previous> previous(Manifest manifest, String edition,
      EditionPublisher publisher) throws IOException {
    for (Manifest.Edition e : manifest.editions()) {
      Path folder = publisher.snapshotFolder(e.edition());
      if (e.edition().compareTo(edition) >= 0 || !Files.isDirectory(folder)) {
        continue;
      }
      Optional<Dataset> old = new CsvDatasetReader(DatasetSource.folder(folder)).read(new Diagnostics());
      if (old.isPresent()) {
        return Optional.of(new EditionBuilder.Previous(LocalDate.parse(e.edition()), old.get()));
      }
    }
    return Optional.empty();
  }

  /** The files read, and what stood at the names of those that could not be ({@code unreadable}). */
  private static DatasetSource inMemory(Path folder, Map<String, byte[]> files,
      Map<String, DatasetSource.NotADataFile> unreadable) {
    return new DatasetSource() {
      @Override
      public String describe(String fileName) {
        return folder.resolve(fileName).toString();
      }

      @Override
      public Optional<byte[]> read(String fileName) throws NotADataFile {
        if (unreadable.containsKey(fileName)) {
          throw unreadable.get(fileName);
        }
        return Optional.ofNullable(files.get(fileName));
      }

      @Override
      public Optional<String> nameInOtherCase(String fileName) {
        return DatasetSource.folder(folder).nameInOtherCase(fileName);
      }
    };
  }

  /**
   * The bytes of the data files; a name at which stands what cannot be a data file (a folder, a
   * device, a broken link, more than 2 GB) goes into {@code unreadable}, so that the reader reports
   * each at its name with the data's other mistakes, as {@code validate} does, where the first one
   * ended the run as an input/output error.
   */
  private static Map<String, byte[]> snapshot(DatasetSource source,
      Map<String, DatasetSource.NotADataFile> unreadable) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String name : DATA_FILES) {
      try {
        source.read(name).ifPresent(bytes -> files.put(name, bytes));
      } catch (DatasetSource.NotADataFile e) {
        unreadable.put(name, e);
      }
    }
    return files;
  }
}

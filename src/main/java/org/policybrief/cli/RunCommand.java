package org.policybrief.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.policybrief.data.DatasetSource;
import org.policybrief.diag.DiagnosticPrinter;
import org.policybrief.diag.Diagnostics;
import org.policybrief.diag.Location;
import org.policybrief.pipeline.RunSpec;
import org.policybrief.pipeline.RunSummary;
import org.policybrief.pipeline.WeeklyRun;
import org.policybrief.publish.EditionLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Builds every briefing of a plan and publishes them as one edition under"
        + " OUT/<edition>/, with OUT/manifest.json, OUT/latest/, OUT/index.html and OUT/feed.xml."
        + " All or nothing: when one briefing fails, nothing is published.",
    footer = ExitCodes.HELP)
final class RunCommand implements Callable<Integer> {

  @Option(names = "--plan", required = true, paramLabel = "FILE", description = "The plan (YAML).")
  Path plan;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "output",
      description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--edition", paramLabel = "YYYY-MM-DD",
      description = "Edition date (default: today). The same data and date give the same files.")
  String edition;

  @Option(names = "--keep", paramLabel = "N", defaultValue = "52",
      description = "Editions to keep; older ones are deleted (default: ${DEFAULT-VALUE}).")
  int keep;

  static final int MAX_THREADS = 64;

  @Option(names = "--threads", paramLabel = "N",
      description = "Briefings built at once (default: the number of cores).")
  Integer threads;

  @Option(names = "--verbose", description = "Show the stack trace of internal errors.")
  boolean verbose;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    // every mistake of the command line in one run, as generate names them
    Diagnostics usage = new Diagnostics();
    LocalDate date = GenerateChecks.date("--edition", edition, usage);
    if (out.toString().isEmpty()) {
      usage.error(Location.NONE, GenerateChecks.BAD_VALUE, "--out is empty: name a folder (. for this one)");
    }
    if (keep < 1) {
      usage.error(Location.NONE, GenerateChecks.BAD_VALUE, "--keep must be at least 1, not " + keep);
    }
    if (threads != null && (threads < 1 || threads > MAX_THREADS)) {
      // bin/policybrief gives each thread its own 576 MB of heap
      usage.error(Location.NONE, GenerateChecks.BAD_VALUE,
          "--threads must be from 1 to " + MAX_THREADS + ", not " + threads);
    }
    if (plan.toString().isEmpty()) {
      // Path.of("") is the working folder, which was called "the plan is a folder, not a file: "
      usage.error(Location.NONE, GenerateChecks.BAD_VALUE, "--plan is empty: name the plan's YAML file");
    } else if (Files.isDirectory(plan)) {
      usage.error(Location.NONE, GenerateChecks.NOT_A_FILE, "the plan is a folder, not a file: " + plan);
    } else if (!Files.exists(plan)) {
      // a link to nothing is named as one, as the data's paths are, not as a missing file
      usage.error(Location.NONE, GenerateChecks.NOT_FOUND, DatasetSource.brokenLink(plan)
          .map(link -> "plan file " + plan + " " + link).orElse("plan file not found: " + plan));
    } else if (!Files.isRegularFile(plan)) {
      // /dev/zero and a named pipe were "plan file not found", though the user could list them
      usage.error(Location.NONE, GenerateChecks.NOT_A_FILE, "plan file " + plan
          + " is a pipe or device, not a file: give the path of the plan's YAML file");
    }
    if (usage.hasErrors()) {
      DiagnosticPrinter.print(usage.sorted(), err);
      return GenerateChecks.exitCode(usage.errors());
    }
    RunSpec run = new RunSpec(plan, out, date != null ? date : LocalDate.now(), keep,
        threads != null ? threads : Runtime.getRuntime().availableProcessors());
    Diagnostics diagnostics = new Diagnostics();
    Optional<RunSummary> summary;
    try (StopNotice progress = new StopNotice(RunProgress.forTerminal(System.console() != null, err), err)) {
      summary = new WeeklyRun().run(run, progress, diagnostics);
    } catch (EditionLock.LockedException e) {
      throw new CliError(ExitCodes.LOCKED, e.getMessage());
    }
    DiagnosticPrinter.print(diagnostics.sorted(), err);
    if (summary.isEmpty()) {
      boolean failedToBuild = diagnostics.errors().stream().anyMatch(d -> d.code().startsWith("briefing."));
      return failedToBuild ? ExitCodes.INTERNAL : ExitCodes.DATA;
    }
    RunSummary s = summary.get();
    spec.commandLine().getOut().printf(Locale.ROOT,
        "edition %s: %s, %d pages, %d bytes in %.1f s%s -> %s%n", s.edition(),
        Counts.of(s.briefings(), "briefing", "briefings"),
        s.pages(), s.bytes(), s.elapsed().toMillis() / 1000.0,
        s.previousEdition().isEmpty() ? " (first edition)" : " (changes since " + s.previousEdition() + ")",
        s.folder());
    return ExitCodes.OK;
  }
}

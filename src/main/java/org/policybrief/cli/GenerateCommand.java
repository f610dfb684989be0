package org.policybrief.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.policybrief.diag.DiagnosticPrinter;
import org.policybrief.diag.Diagnostics;
import org.policybrief.model.BriefingSpec;
import org.policybrief.pipeline.BriefingPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Writes one briefing PDF into the output folder and prints its path.",
    footer = ExitCodes.HELP)
final class GenerateCommand implements Callable<Integer> {

  @Mixin DataOptions data;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "output",
      description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Edition date (default: today). The same data and date give the same bytes.")
  LocalDate date;

  @Option(names = "--title", paramLabel = "TEXT", description = "Title of the briefing.")
  String title;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    BriefingSpec briefing = new BriefingSpec(
        date != null ? date : LocalDate.now(), BriefingSpec.SIMPLIFIED_CHINESE, title);
    Diagnostics diagnostics = new Diagnostics();
    Optional<Path> written = new BriefingPipeline().generate(data.reader(), briefing, out, diagnostics);
    DiagnosticPrinter.print(diagnostics.sorted(), spec.commandLine().getErr());
    if (written.isEmpty()) {
      return ExitCodes.DATA;
    }
    spec.commandLine().getOut().println(written.get());
    return ExitCodes.OK;
  }
}

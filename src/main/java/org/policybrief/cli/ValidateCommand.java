package org.policybrief.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.policybrief.diag.DiagnosticPrinter;
import org.policybrief.diag.Diagnostics;
import org.policybrief.diag.Location;
import org.policybrief.model.Dataset;
import org.policybrief.pipeline.BriefingPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Checks a dataset and prints every problem as FILE:LINE:COLUMN: message, with"
        + " the characters no font of any edition can draw.",
    footer = ExitCodes.HELP)
final class ValidateCommand implements Callable<Integer> {

  @Mixin DataOptions data;

  @Option(names = "--fonts", paramLabel = "DIR",
      description = "Own fonts, as for generate: characters are looked up in them too.")
  Path fonts;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Diagnostics diagnostics = new Diagnostics();
    PrintWriter err = spec.commandLine().getErr();
    GenerateChecks.folder(fonts, "font", Location.NONE, diagnostics);
    if (diagnostics.hasErrors()) {
      DiagnosticPrinter.print(diagnostics.sorted(), err);
      return GenerateChecks.exitCode(diagnostics.errors());
    }
    Optional<Dataset> dataset = new BriefingPipeline(null, fonts)
        .validate(data.reader(), LocalDate.now(), diagnostics);
    DiagnosticPrinter.print(diagnostics.sorted(), err);
    if (dataset.isEmpty()) {
      return ExitCodes.DATA;
    }
    Dataset d = dataset.get();
    long countries = d.documents().stream().map(doc -> doc.country()).distinct().count();
    spec.commandLine().getOut().println("ok: " + Counts.of(d.documents().size(), "document", "documents")
        + ", " + Counts.of(d.measures().size(), "measure", "measures")
        + ", " + Counts.of(d.categories().size(), "category", "categories")
        + ", " + Counts.of(countries, "country", "countries"));
    return ExitCodes.OK;
  }
}

package org.policybrief.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.policybrief.diag.DiagnosticPrinter;
import org.policybrief.diag.Diagnostics;
import org.policybrief.model.Dataset;
import org.policybrief.pipeline.BriefingPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Checks a dataset and prints every problem as FILE:LINE:COLUMN: message, with"
        + " the characters no font of any edition can draw.",
    footer = ExitCodes.HELP)
final class ValidateCommand implements Callable<Integer> {

  @Mixin DataOptions data;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Diagnostics diagnostics = new Diagnostics();
    Optional<Dataset> dataset = new BriefingPipeline().validate(data.reader(), LocalDate.now(), diagnostics);
    PrintWriter err = spec.commandLine().getErr();
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

package org.policybrief.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.policybrief.data.xlsx.XlsxDatasetWriter;
import org.policybrief.diag.DiagnosticException;
import org.policybrief.diag.DiagnosticPrinter;
import org.policybrief.diag.Diagnostics;
import org.policybrief.model.Dataset;
import org.policybrief.pipeline.BriefingPipeline;
import org.policybrief.publish.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Writes a dataset as an Excel workbook (.xlsx) that policybrief reads back:"
        + " a template for staff to start from. Prints the workbook's path.",
    footer = ExitCodes.HELP)
final class ExportCommand implements Callable<Integer> {

  @Mixin DataOptions data;

  @Option(names = "--to", paramLabel = "FILE.xlsx", required = true,
      description = "The workbook to write (replaced in one step if it exists).")
  Path to;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Path file = to.toAbsolutePath().normalize();
    if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
      throw new CliError(ExitCodes.USAGE, "--to must name an .xlsx file: " + to);
    }
    if (file.getFileName().toString().startsWith(".")) {
      throw new CliError(ExitCodes.USAGE, "--to must name a visible file, not one whose name"
          + " starts with \".\" (hidden, and the way policybrief names its temporary files): " + to);
    }
    Diagnostics diagnostics = new Diagnostics();
    Optional<Dataset> dataset = new BriefingPipeline().load(data.reader(), diagnostics);
    byte[] workbook = null;
    if (dataset.isPresent()) {
      try {
        workbook = XlsxDatasetWriter.write(dataset.get());
      } catch (DiagnosticException tooLong) { // every text a workbook cannot hold, located in the source
        tooLong.diagnostics().forEach(diagnostics::report);
      }
    }
    DiagnosticPrinter.print(diagnostics.sorted(), spec.commandLine().getErr());
    if (workbook == null || diagnostics.hasErrors()) {
      return ExitCodes.DATA;
    }
    AtomicFiles.write(file.getParent(), file.getFileName().toString(), workbook);
    spec.commandLine().getOut().println(to);
    return ExitCodes.OK;
  }
}

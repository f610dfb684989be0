package org.policybrief.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.policybrief.data.sql.DatabaseLoader;
import org.policybrief.diag.DiagnosticPrinter;
import org.policybrief.diag.Diagnostics;
import org.policybrief.model.Dataset;
import org.policybrief.pipeline.BriefingPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "db", mixinStandardHelpOptions = true,
    description = "Manages a PostgreSQL database that holds a dataset.",
    subcommands = DbCommand.Init.class)
final class DbCommand {

  @Command(name = "init", mixinStandardHelpOptions = true,
      description = "Creates the dataset's tables (keys, foreign keys) in --db-schema and loads"
          + " the dataset of --data into them, in one transaction.",
      footer = ExitCodes.HELP)
  static final class Init implements Callable<Integer> {

    @Mixin DataOptions data;

    @Option(names = "--jdbc", paramLabel = "URL", required = true,
        description = "jdbc:postgresql://HOST:PORT/DATABASE; user and password from the URL"
            + " or from PGUSER/PGPASSWORD.")
    String jdbc;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      DataOptions.checkJdbcUrl("--jdbc", jdbc);
      Diagnostics diagnostics = new Diagnostics();
      Optional<Dataset> dataset = new BriefingPipeline().load(data.reader(), diagnostics);
      DiagnosticPrinter.print(diagnostics.sorted(), spec.commandLine().getErr());
      if (dataset.isEmpty()) {
        return ExitCodes.DATA;
      }
      new DatabaseLoader(jdbc, System.getenv(), data.dbSchema).load(dataset.get());
      Dataset d = dataset.get();
      spec.commandLine().getOut().println("loaded into schema " + data.dbSchema + ": "
          + Counts.of(d.documents().size(), "document", "documents")
          + ", " + Counts.of(d.measures().size(), "measure", "measures")
          + ", " + Counts.of(d.categories().size(), "category", "categories")
          + ", " + Counts.of(d.countryNames().size(), "country name", "country names"));
      return ExitCodes.OK;
    }
  }
}

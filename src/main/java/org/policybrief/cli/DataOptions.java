package org.policybrief.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.policybrief.data.DatasetSource;
import picocli.CommandLine.Option;

/** The options every command that reads data shares. */
final class DataOptions {

  @Option(names = "--data", paramLabel = "DIR",
      description = "Dataset folder (documents.csv, measures.csv, categories.csv, countries.csv)."
          + " Default: the sample dataset built into the program.")
  Path data;

  @Option(names = "--verbose", description = "Show the stack trace of internal errors.")
  boolean verbose;

  DatasetSource source() {
    if (data == null) {
      return DatasetSource.sample();
    }
    if (!Files.isDirectory(data)) {
      throw new CliError(ExitCodes.IO, "data folder not found: " + data);
    }
    return DatasetSource.folder(data);
  }
}

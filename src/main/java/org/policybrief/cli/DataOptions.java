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
    return sourceOf(data);
  }

  /** The dataset in {@code folder}, or the built-in sample when it is null. */
  static DatasetSource sourceOf(Path folder) {
    if (folder == null) {
      return DatasetSource.sample();
    }
    if (!Files.isDirectory(folder)) {
      throw new CliError(ExitCodes.IO, "data folder not found: " + folder);
    }
    return DatasetSource.folder(folder);
  }
}

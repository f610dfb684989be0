package org.policybrief.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import org.policybrief.data.DatasetReader;
import org.policybrief.data.DatasetReaders;
import org.policybrief.data.DatasetSource;
import org.policybrief.data.sql.JdbcTarget;
import picocli.CommandLine.Option;

/** The options every command that reads data shares. */
final class DataOptions {

  @Option(names = "--data", paramLabel = "DIR|FILE.xlsx|JDBC-URL",
      description = "Dataset: a folder of CSV files (documents.csv, measures.csv, categories.csv,"
          + " countries.csv), an Excel workbook with sheets of the same names, or a"
          + " jdbc:postgresql: URL (user and password from the URL or PGUSER/PGPASSWORD)."
          + " Default: the sample dataset built into the program.")
  String data;

  @Option(names = "--db-schema", paramLabel = "NAME", defaultValue = "public",
      description = "Database schema holding the tables (default: ${DEFAULT-VALUE}).")
  String dbSchema;

  @Option(names = "--verbose", description = "Show the stack trace of internal errors.")
  boolean verbose;

  /**
   * An empty --data ({@code --data "$DATA"} with DATA unset in a cron job) read the working
   * folder, whose missing files were then named without a folder ({@code documents.csv:1:1}).
   */
  static final String EMPTY = "--data is empty: name a folder (. for this one), a workbook or a"
      + " jdbc:postgresql: URL";

  DatasetReader reader() {
    return readerOf(data, dbSchema);
  }

  /** The reader of {@code data} (a folder, a workbook or a jdbc: URL); the sample when null. */
  static DatasetReader readerOf(String data, String dbSchema) {
    if (data == null) {
      return DatasetReaders.sample();
    }
    if (data.isEmpty()) {
      throw new CliError(ExitCodes.USAGE, EMPTY);
    }
    if (data.startsWith("jdbc:")) {
      checkJdbcUrl("--data", data);
    }
    DatasetReaders.Settings settings = new DatasetReaders.Settings(dbSchema, System.getenv());
    return DatasetReaders.forData(data, settings).orElseThrow(() -> {
      if (missing(data)) {
        return new CliError(ExitCodes.IO, notFound(data));
      }
      return new CliError(ExitCodes.USAGE, "cannot read " + data + " as data: expected "
          + DatasetReaders.known());
    });
  }

  /** Whether {@code data} names a folder that is not there (a workbook's reader says so itself). */
  static boolean missing(String data) {
    return data != null && !DatasetReaders.accepts(data) && !exists(data);
  }

  /**
   * What to say of {@code data} that names no folder: that it is not found, or that it is a
   * symbolic link leading to nothing, as a data file or workbook that is one is described.
   */
  static String notFound(String data) {
    try {
      return DatasetSource.brokenLink(Path.of(data)).map(link -> "data folder " + data + " " + link)
          .orElse("data folder not found: " + data);
    } catch (InvalidPathException e) {
      return "data folder not found: " + data;
    }
  }

  /**
   * A usage error, before any connection, when {@code url} names no PostgreSQL database; the
   * message never repeats the URL, which may hold a password.
   */
  static void checkJdbcUrl(String option, String url) {
    jdbcProblem(option, url).ifPresent(problem -> {
      throw new CliError(ExitCodes.USAGE, problem);
    });
  }

  /** What keeps {@code url} from naming a PostgreSQL database, without the URL. */
  static Optional<String> jdbcProblem(String option, String url) {
    if (!url.startsWith("jdbc:postgresql:")) {
      return Optional.of(option + " names a database other than PostgreSQL"
          + " (expected jdbc:postgresql://HOST:PORT/DATABASE)");
    }
    return JdbcTarget.problem(url).map(problem -> option + ": " + problem);
  }

  private static boolean exists(String data) {
    try {
      return Files.exists(Path.of(data));
    } catch (InvalidPathException e) {
      return false;
    }
  }
}

package org.policybrief.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.policybrief.data.sql.JdbcDatasetReader;
import org.policybrief.data.xlsx.XlsxDatasetReader;

/**
 * Picks the reader for a {@code --data} value. Adding a source is one reader class and one line
 * in {@link #KINDS}; the first kind that accepts the value wins.
 */
public final class DatasetReaders {

  /** What some sources need besides the location; the others ignore it. */
  public record Settings(String dbSchema, Map<String, String> environment) {

    public Settings {
      environment = Map.copyOf(environment);
    }
  }

  private record Kind(String description, Predicate<String> accepts,
      BiFunction<String, Settings, DatasetReader> open) {}

  private static final List<Kind> KINDS = List.of(
      new Kind("a PostgreSQL database (jdbc:postgresql: URL)",
          data -> data.startsWith("jdbc:postgresql:"),
          (data, settings) ->
              new JdbcDatasetReader(data, settings.environment(), settings.dbSchema())),
      new Kind("an Excel workbook (.xlsx)",
          data -> data.toLowerCase(Locale.ROOT).endsWith(".xlsx"),
          (data, settings) -> new XlsxDatasetReader(Path.of(data))),
      new Kind("a folder of CSV files",
          data -> Files.isDirectory(Path.of(data)),
          (data, settings) -> new CsvDatasetReader(DatasetSource.folder(Path.of(data)))));

  private DatasetReaders() {}

  /** The reader for {@code data}, or empty when no kind of source accepts it. */
  public static Optional<DatasetReader> forData(String data, Settings settings) {
    return KINDS.stream()
        .filter(kind -> kind.accepts().test(data))
        .findFirst()
        .map(kind -> kind.open().apply(data, settings));
  }

  /** Whether some kind of source takes {@code data}: else it is missing or of no known kind. */
  public static boolean accepts(String data) {
    return KINDS.stream().anyMatch(kind -> kind.accepts().test(data));
  }

  /** The sample dataset packed into the program. */
  public static DatasetReader sample() {
    return new CsvDatasetReader(DatasetSource.sample());
  }

  /** The kinds of source, for a usage message: "a folder of CSV files, …". */
  public static String known() {
    return KINDS.stream().map(Kind::description).collect(Collectors.joining(", "));
  }
}

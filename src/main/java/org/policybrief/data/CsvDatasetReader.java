package org.policybrief.data;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.policybrief.diag.Diagnostics;
import org.policybrief.diag.Location;
import org.policybrief.model.Dataset;

/**
 * Reads a dataset in the CSV format of {@code docs/data-format.md}: one file per table, from a
 * folder or from the sample packed into the jar.
 */
public final class CsvDatasetReader implements DatasetReader {

  private final DatasetSource source;

  public CsvDatasetReader(DatasetSource source) {
    this.source = source;
  }

  static String fileName(DatasetTable table) {
    return table.tableName() + ".csv";
  }

  @Override
  public Optional<Dataset> read(Diagnostics diagnostics) throws IOException {
    Map<DatasetTable, List<Row>> rows = new EnumMap<>(DatasetTable.class);
    for (DatasetTable table : DatasetTable.values()) {
      rows(table, diagnostics).ifPresent(r -> rows.put(table, r));
    }
    return new DatasetAssembler(diagnostics, CsvDatasetReader::fileName,
        this::start)
        .assemble(rows, source.describe(""));
  }

  /**
   * The rows of a table; empty when its file is missing, cannot be a data file or is unreadable
   * (and that is reported, so that the other files are still checked).
   */
  private Optional<List<Row>> rows(DatasetTable table, Diagnostics diagnostics) throws IOException {
    Optional<byte[]> bytes;
    try {
      bytes = source.read(fileName(table));
    } catch (DatasetSource.NotADataFile e) {
      diagnostics.error(start(table), e.code(), e.getReason());
      return Optional.empty();
    }
    if (bytes.isEmpty()) {
      Optional<String> otherCase = source.nameInOtherCase(fileName(table));
      String hint = otherCase.map(name -> ": the folder has " + name + ", its name in other case,"
          + " which is another name here; rename it " + fileName(table) + " (file names are lower"
          + " case)").orElse("");
      if (table.required()) {
        diagnostics.error(start(table), "file.missing", "required file is missing" + hint);
        return Optional.empty();
      }
      if (otherCase.isPresent()) {
        // the optional countries.csv as Countries.csv: its names were left unread without a word
        diagnostics.warning(start(table), "file.other-case", "file not found, so it is not read"
            + hint);
      }
      return Optional.of(List.of());
    }
    return CsvTableReader.read(source.describe(fileName(table)), bytes.get(), table, diagnostics);
  }

  /** The start of a table's file, for a problem of the whole file. */
  private Location start(DatasetTable table) {
    return new Location(source.describe(fileName(table)), 1, 1);
  }
}

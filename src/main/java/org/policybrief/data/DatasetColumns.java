package org.policybrief.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.policybrief.diag.Location;
import org.policybrief.model.Category;
import org.policybrief.model.Country;
import org.policybrief.model.Dataset;
import org.policybrief.model.Document;
import org.policybrief.model.Measure;

/**
 * A dataset as the tables of the data format, for writers that hand it back to staff (a workbook,
 * CSV files): the format's columns in its order, each cell with where it was read. Reading what
 * they write gives the same dataset.
 */
public final class DatasetColumns {

  /**
   * One cell: a text (empty when not given) or a {@link LocalDate}, and where it was read (the
   * row's start when the source had no such column).
   */
  public record Cell(Object value, Location at) {

    /** The cell as text; a date as YYYY-MM-DD. */
    public String text() {
      return value.toString();
    }
  }

  /** One table: its column names and its rows, each a list of cells in the columns' order. */
  public record Table(DatasetTable table, List<String> columns, List<List<Cell>> rows) {}

  private record Column<T>(String name, Function<T, Object> value) {}

  private DatasetColumns() {}

  /** Documents, measures, categories, countries (the names countries.csv gave, by code). */
  public static List<Table> of(Dataset dataset) {
    var documents = dataset.documentsById();
    List<Country> countries = new ArrayList<>(dataset.countryNames().values());
    countries.sort(Comparator.comparing(Country::code));
    return List.of(
        table(DatasetTable.DOCUMENTS, dataset.documents(), Document::at, List.of(
            new Column<Document>("id", Document::id),
            new Column<Document>("country", Document::country),
            new Column<Document>("title_zh", d -> d.title().zh()),
            new Column<Document>("title_en", d -> d.title().en()),
            new Column<Document>("issuer", Document::issuer),
            new Column<Document>("date", Document::date),
            new Column<Document>("type", Document::type),
            new Column<Document>("url", Document::url))),
        table(DatasetTable.MEASURES, dataset.measures(), Measure::at, List.of(
            new Column<Measure>("id", Measure::id),
            new Column<Measure>("document", Measure::documentId),
            new Column<Measure>("category", Measure::categoryId),
            new Column<Measure>("title_zh", m -> m.title().zh()),
            new Column<Measure>("title_en", m -> m.title().en()),
            new Column<Measure>("summary_zh", m -> m.summary().zh()),
            new Column<Measure>("summary_en", m -> m.summary().en()),
            new Column<Measure>("tags", m -> String.join(";", m.tags())),
            // left empty when it is the document's date, as the format allows
            new Column<Measure>("date", m ->
                m.date().equals(documents.get(m.documentId()).date()) ? "" : m.date()))),
        table(DatasetTable.CATEGORIES, dataset.categories(), Category::at, List.of(
            new Column<Category>("id", Category::id),
            new Column<Category>("name_zh", c -> c.name().zh()),
            new Column<Category>("name_en", c -> c.name().en()),
            new Column<Category>("color", Category::color))),
        table(DatasetTable.COUNTRIES, countries, Country::at, List.of(
            new Column<Country>("code", Country::code),
            new Column<Country>("name_zh", c -> c.name().zh()),
            new Column<Country>("name_en", c -> c.name().en()))));
  }

  private static <T> Table table(DatasetTable table, List<T> rows,
      BiFunction<T, String, Location> at, List<Column<T>> columns) {
    List<List<Cell>> cells = new ArrayList<>(rows.size());
    for (T row : rows) {
      List<Cell> line = new ArrayList<>(columns.size());
      for (Column<T> column : columns) {
        Object value = column.value().apply(row);
        line.add(new Cell(value == null ? "" : value, at.apply(row, column.name())));
      }
      cells.add(line);
    }
    return new Table(table, columns.stream().map(Column::name).toList(), cells);
  }
}

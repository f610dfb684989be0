package org.policybrief.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.policybrief.diag.Diagnostics;
import org.policybrief.diag.Location;
import org.policybrief.model.Category;
import org.policybrief.model.Country;
import org.policybrief.model.Dataset;
import org.policybrief.model.Document;
import org.policybrief.model.Measure;
import org.policybrief.model.Text;

/**
 * Validates the rows of a dataset's tables and builds the {@link Dataset}: the same rules, codes
 * and messages for every source. Every problem goes to the diagnostics.
 */
public final class DatasetAssembler {

  private final Diagnostics diagnostics;
  private final Function<DatasetTable, String> tableNames;
  private final Function<DatasetTable, Location> tableStarts;
  private final Map<DatasetTable, String> leftOutNotes = new HashMap<>();

  /**
   * {@code tableNames} names a table in messages, as its source calls it (documents.csv);
   * {@code tableStarts} locates a table as a whole, for a problem of no single row.
   */
  public DatasetAssembler(Diagnostics diagnostics, Function<DatasetTable, String> tableNames,
      Function<DatasetTable, Location> tableStarts) {
    this.diagnostics = diagnostics;
    this.tableNames = tableNames;
    this.tableStarts = tableStarts;
  }

  /**
   * The dataset, or empty when any error was reported (also before this call). A table missing
   * from {@code read} could not be read, and one without its id column (reported at its header)
   * names no row; references into either are not checked, since every one would fail.
   */
  public Optional<Dataset> assemble(Map<DatasetTable, List<Row>> read, String sourceName) {
    Map<DatasetTable, List<Row>> rows =
        InvisibleCells.empty(OverlongCells.cut(read, diagnostics), diagnostics);
    List<Category> categories = readCategories(rows.getOrDefault(DatasetTable.CATEGORIES, List.of()));
    List<Document> documents = readDocuments(rows.getOrDefault(DatasetTable.DOCUMENTS, List.of()));
    List<Measure> measures =
        readMeasures(rows.getOrDefault(DatasetTable.MEASURES, List.of()), documents, categories,
            referable(rows, DatasetTable.DOCUMENTS), referable(rows, DatasetTable.CATEGORIES));
    Map<String, Country> countries =
        readCountries(rows.getOrDefault(DatasetTable.COUNTRIES, List.of()));
    if (rows.containsKey(DatasetTable.MEASURES) && rows.get(DatasetTable.MEASURES).isEmpty()
        && !rowsLeftOut(DatasetTable.MEASURES)) {
      // validate and generate alike: a briefing of nothing is no briefing; rows left out for a
      // syntax error or a ragged row are measures, reported each at its line
      diagnostics.error(tableStarts.apply(DatasetTable.MEASURES), "dataset.empty",
          "the dataset has no measures: there is nothing to brief on");
    }
    if (diagnostics.hasErrors()) {
      return Optional.empty();
    }
    return Optional.of(new Dataset(documents, measures, categories, countries, sourceName));
  }

  /** Whether the table was read with its id column, so that a reference can be looked up in it. */
  private static boolean referable(Map<DatasetTable, List<Row>> rows, DatasetTable table) {
    List<Row> read = rows.get(table);
    // every row of a table has the same columns
    return read != null && (read.isEmpty() || read.get(0).has("id"));
  }

  private List<Category> readCategories(List<Row> rows) {
    FieldReader fields = new FieldReader(diagnostics, "category");
    UniqueIds unique = new UniqueIds(diagnostics, "category");
    List<Category> categories = new ArrayList<>();
    for (Row row : rows) {
      String id = fields.key(row);
      Text name = fields.eitherLanguage(row, "name");
      String color = fields.color(row);
      if (unique.add(id, row)) {
        categories.add(new Category(id, name, color, row.at(), row.locations()));
      }
    }
    return categories;
  }

  private List<Document> readDocuments(List<Row> rows) {
    FieldReader fields = new FieldReader(diagnostics, "document");
    UniqueIds unique = new UniqueIds(diagnostics, "document");
    List<Document> documents = new ArrayList<>();
    for (Row row : rows) {
      String id = fields.id(row);
      String country = fields.country(row, "country");
      Text title = fields.eitherLanguage(row, "title");
      LocalDate date = fields.date(row, "date", true);
      if (unique.add(id, row)) {
        documents.add(new Document(id, country, title, row.value("issuer"), date,
            row.value("type"), row.value("url"), row.at(), row.locations()));
      }
    }
    return documents;
  }

  private List<Measure> readMeasures(List<Row> rows, List<Document> documents,
      List<Category> categories, boolean checkDocuments, boolean checkCategories) {
    Map<String, Document> documentsById = new HashMap<>();
    documents.forEach(d -> documentsById.put(d.id(), d));
    Set<String> categoryIds = new HashSet<>();
    categories.forEach(c -> categoryIds.add(c.id()));

    FieldReader fields = new FieldReader(diagnostics, "measure");
    UniqueIds unique = new UniqueIds(diagnostics, "measure");
    List<Measure> measures = new ArrayList<>();
    for (Row row : rows) {
      String id = fields.id(row);
      Document document = reference(row, fields, "document", documentsById.keySet(),
          DatasetTable.DOCUMENTS, checkDocuments).map(documentsById::get).orElse(null);
      String category = reference(row, fields, "category", categoryIds, DatasetTable.CATEGORIES,
          checkCategories).orElse("");
      Text title = fields.eitherLanguage(row, "title");
      Text summary = fields.optionalText(row, "summary");
      LocalDate date = fields.date(row, "date", false);
      if (unique.add(id, row) && document != null) {
        measures.add(new Measure(id, document.id(), category, document.country(), title, summary,
            FieldReader.tags(row.value("tags")), date != null ? date : document.date(), row.at(),
            row.locations()));
      }
    }
    return measures;
  }

  /** The id in {@code column} when it names a row of the other table. */
  private Optional<String> reference(Row row, FieldReader fields, String column,
      Set<String> known, DatasetTable other, boolean check) {
    String id = fields.required(row, column);
    if (id.isEmpty()) {
      return Optional.empty();
    }
    if (!known.contains(id)) {
      if (!check) {
        return Optional.empty();
      }
      String note = leftOutNote(other);
      String rows = note.isEmpty() ? " has this id" : " that could be read has this id (" + note + ")";
      diagnostics.error(row.cell(column).at(), "measure.unknown-" + column, "unknown " + column
          + " \"" + shown(id) + "\": no row of " + tableNames.apply(other) + rows + invisibleHint(id, known));
      return Optional.empty();
    }
    return Optional.of(id);
  }

  /**
   * Why an id that reads as a known one is not: the known one (or this) holds an invisible
   * character, a zero-width space pasted in with it, so that {@code infra} printed as unknown
   * beside a row that shows {@code infra}.
   */
  private static String invisibleHint(String id, Set<String> known) {
    String bare = withoutInvisibles(id);
    return known.stream().filter(k -> withoutInvisibles(k).equals(bare)).sorted().findFirst()
        .map(k -> k.equals(bare)
            ? "; without its invisible character it is \"" + k + "\", which is there: remove it"
            : "; \"" + shown(k) + "\" there is the same but for an invisible character: remove it")
        .orElse("");
  }

  private static boolean isInvisible(int cp) {
    return Character.getType(cp) == Character.FORMAT;
  }

  private static String withoutInvisibles(String text) {
    return text.codePoints().filter(cp -> !isInvisible(cp))
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
  }

  /** The text with each invisible character written as {@code <U+200B>}. */
  private static String shown(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(cp -> {
      if (isInvisible(cp)) {
        out.append(String.format(Locale.ROOT, "<U+%04X>", cp));
      } else {
        out.appendCodePoint(cp);
      }
    });
    return out.toString();
  }

  /**
   * Why rows of the table were left out, or empty when none was: a syntax error, a ragged row. An
   * id looked up there may be in one of them, so that an unknown reference follows from that error.
   */
  private String leftOutNote(DatasetTable table) {
    return leftOutNotes.computeIfAbsent(table, t -> {
      long syntax = reported(t, ".syntax");
      long ragged = reported(t, ".field-count");
      List<String> causes = new ArrayList<>();
      if (syntax > 0) {
        causes.add("a syntax error there made rows unreadable");
      }
      if (ragged > 0) {
        causes.add((ragged == 1 ? "a ragged row" : ragged + " ragged rows") + " there could not be read");
      }
      return String.join(", and ", causes);
    });
  }

  /** Whether rows of the table were reported and left out: a syntax error, a ragged row. */
  private boolean rowsLeftOut(DatasetTable table) {
    return !leftOutNote(table).isEmpty();
  }

  /** How many errors in the table's file have a code ending in {@code ending}. */
  private long reported(DatasetTable table, String ending) {
    String file = tableStarts.apply(table).file();
    return diagnostics.errors().stream()
        .filter(d -> file.equals(d.at().file()) && d.code().endsWith(ending)).count();
  }

  private Map<String, Country> readCountries(List<Row> rows) {
    FieldReader fields = new FieldReader(diagnostics, "country");
    Map<String, Country> countries = new LinkedHashMap<>();
    Map<String, Row> firstRow = new HashMap<>();
    for (Row row : rows) {
      String code = fields.country(row, "code");
      Text name = fields.eitherLanguage(row, "name");
      if (code.isEmpty()) {
        continue;
      }
      Row first = firstRow.putIfAbsent(code, row);
      if (first != null) {
        diagnostics.error(row.cell("code").at(), "country.duplicate-code", "duplicate code \""
            + code + "\": first given at line " + first.at().line());
      } else {
        countries.put(code, new Country(code, name, row.at(), row.locations()));
      }
    }
    return countries;
  }
}

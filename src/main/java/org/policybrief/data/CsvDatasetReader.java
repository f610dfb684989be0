package org.policybrief.data;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.policybrief.data.CsvTableReader.Columns;
import org.policybrief.diag.Diagnostics;
import org.policybrief.diag.Location;
import org.policybrief.model.Category;
import org.policybrief.model.Country;
import org.policybrief.model.Dataset;
import org.policybrief.model.Document;
import org.policybrief.model.Measure;
import org.policybrief.model.Text;

/**
 * Reads and validates a dataset in the CSV format of {@code docs/data-format.md}. Every problem
 * goes to the diagnostics; a dataset comes back only when there is no error.
 */
public final class CsvDatasetReader {

  static final String DOCUMENTS = "documents.csv";
  static final String MEASURES = "measures.csv";
  static final String CATEGORIES = "categories.csv";
  static final String COUNTRIES = "countries.csv";

  private static final Columns DOCUMENT_COLUMNS = new Columns(Set.of("id", "country", "date"),
      Set.of("title_zh", "title_en", "issuer", "type", "url"));
  private static final Columns MEASURE_COLUMNS = new Columns(Set.of("id", "document", "category"),
      Set.of("title_zh", "title_en", "summary_zh", "summary_en", "tags", "date"));
  private static final Columns CATEGORY_COLUMNS =
      new Columns(Set.of("id"), Set.of("name_zh", "name_en", "color"));
  private static final Columns COUNTRY_COLUMNS =
      new Columns(Set.of("code"), Set.of("name_zh", "name_en"));

  private final DatasetSource source;
  private final Diagnostics diagnostics;

  public CsvDatasetReader(DatasetSource source, Diagnostics diagnostics) {
    this.source = source;
    this.diagnostics = diagnostics;
  }

  /** The dataset, or empty when any error was reported. */
  public Optional<Dataset> read() throws IOException {
    Optional<List<CsvRow>> documentRows = rows(DOCUMENTS, DOCUMENT_COLUMNS, true);
    Optional<List<CsvRow>> measureRows = rows(MEASURES, MEASURE_COLUMNS, true);
    Optional<List<CsvRow>> categoryRows = rows(CATEGORIES, CATEGORY_COLUMNS, true);
    Optional<List<CsvRow>> countryRows = rows(COUNTRIES, COUNTRY_COLUMNS, false);

    List<Category> categories = readCategories(categoryRows.orElse(List.of()));
    List<Document> documents = readDocuments(documentRows.orElse(List.of()));
    // References into a file that could not be read are not checked: every one would fail.
    List<Measure> measures = readMeasures(measureRows.orElse(List.of()), documents, categories,
        documentRows.isPresent(), categoryRows.isPresent());
    Map<String, Country> countries = readCountries(countryRows.orElse(List.of()));
    if (diagnostics.hasErrors()) {
      return Optional.empty();
    }
    return Optional.of(new Dataset(documents, measures, categories, countries, source.describe("")));
  }

  /** The rows of a file; empty when it is missing or unreadable (and that is reported). */
  private Optional<List<CsvRow>> rows(String fileName, Columns columns, boolean required)
      throws IOException {
    String file = source.describe(fileName);
    Optional<byte[]> bytes = source.read(fileName);
    if (bytes.isEmpty()) {
      if (required) {
        diagnostics.error(new Location(file, 1, 1), "file.missing", "required file is missing");
        return Optional.empty();
      }
      return Optional.of(List.of());
    }
    return CsvTableReader.read(file, bytes.get(), columns, diagnostics);
  }

  private List<Category> readCategories(List<CsvRow> rows) {
    FieldReader fields = new FieldReader(diagnostics, "category");
    UniqueIds unique = new UniqueIds(diagnostics, "category");
    List<Category> categories = new ArrayList<>();
    for (CsvRow row : rows) {
      String id = fields.key(row);
      Text name = fields.eitherLanguage(row, "name");
      String color = fields.color(row);
      if (unique.add(id, row)) {
        categories.add(new Category(id, name, color, row.at()));
      }
    }
    return categories;
  }

  private List<Document> readDocuments(List<CsvRow> rows) {
    FieldReader fields = new FieldReader(diagnostics, "document");
    UniqueIds unique = new UniqueIds(diagnostics, "document");
    List<Document> documents = new ArrayList<>();
    for (CsvRow row : rows) {
      String id = fields.id(row);
      String country = fields.country(row, "country");
      Text title = fields.eitherLanguage(row, "title");
      LocalDate date = fields.date(row, "date", true);
      if (unique.add(id, row)) {
        documents.add(new Document(id, country, title, row.value("issuer"), date,
            row.value("type"), row.value("url"), row.at()));
      }
    }
    return documents;
  }

  private List<Measure> readMeasures(List<CsvRow> rows, List<Document> documents,
      List<Category> categories, boolean checkDocuments, boolean checkCategories) {
    Map<String, Document> documentsById = new HashMap<>();
    documents.forEach(d -> documentsById.put(d.id(), d));
    Set<String> categoryIds = new java.util.HashSet<>();
    categories.forEach(c -> categoryIds.add(c.id()));

    FieldReader fields = new FieldReader(diagnostics, "measure");
    UniqueIds unique = new UniqueIds(diagnostics, "measure");
    List<Measure> measures = new ArrayList<>();
    for (CsvRow row : rows) {
      String id = fields.id(row);
      Document document = reference(row, fields, "document", documentsById.keySet(), DOCUMENTS,
          checkDocuments).map(documentsById::get).orElse(null);
      String category = reference(row, fields, "category", categoryIds, CATEGORIES,
          checkCategories).orElse("");
      Text title = fields.eitherLanguage(row, "title");
      Text summary = fields.optionalText(row, "summary");
      LocalDate date = fields.date(row, "date", false);
      if (unique.add(id, row) && document != null) {
        measures.add(new Measure(id, document.id(), category, document.country(), title, summary,
            FieldReader.tags(row.value("tags")), date != null ? date : document.date(), row.at()));
      }
    }
    return measures;
  }

  /** The id in {@code column} when it names a row of the other file. */
  private Optional<String> reference(CsvRow row, FieldReader fields, String column,
      Set<String> known, String otherFile, boolean check) {
    String id = fields.required(row, column);
    if (id.isEmpty()) {
      return Optional.empty();
    }
    if (!known.contains(id)) {
      if (!check) {
        return Optional.empty();
      }
      diagnostics.error(row.cell(column).at(), "measure.unknown-" + column,
          "unknown " + column + " \"" + id + "\": no row of " + otherFile + " has this id");
      return Optional.empty();
    }
    return Optional.of(id);
  }

  private Map<String, Country> readCountries(List<CsvRow> rows) {
    FieldReader fields = new FieldReader(diagnostics, "country");
    Map<String, Country> countries = new LinkedHashMap<>();
    Map<String, CsvRow> firstRow = new HashMap<>();
    for (CsvRow row : rows) {
      String code = fields.country(row, "code");
      Text name = fields.eitherLanguage(row, "name");
      if (code.isEmpty()) {
        continue;
      }
      CsvRow first = firstRow.putIfAbsent(code, row);
      if (first != null) {
        diagnostics.error(row.cell("code").at(), "country.duplicate-code", "duplicate code \""
            + code + "\": first given at line " + first.at().line());
      } else {
        countries.put(code, new Country(code, name));
      }
    }
    return countries;
  }
}

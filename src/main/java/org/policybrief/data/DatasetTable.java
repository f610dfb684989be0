package org.policybrief.data;

import java.util.Locale;
import java.util.Set;

/**
 * The tables of a dataset with their columns (docs/data-format.md). Every source has them: the
 * CSV files, the sheets of a workbook, the tables of a database.
 */
public enum DatasetTable {
  DOCUMENTS(true, Set.of("id", "country", "date"),
      Set.of("title_zh", "title_en", "issuer", "type", "url")),
  MEASURES(true, Set.of("id", "document", "category"),
      Set.of("title_zh", "title_en", "summary_zh", "summary_en", "tags", "date")),
  CATEGORIES(true, Set.of("id"), Set.of("name_zh", "name_en", "color")),
  COUNTRIES(false, Set.of("code"), Set.of("name_zh", "name_en"));

  private final boolean required;
  private final Set<String> requiredColumns;
  private final Set<String> optionalColumns;

  DatasetTable(boolean required, Set<String> requiredColumns, Set<String> optionalColumns) {
    this.required = required;
    this.requiredColumns = requiredColumns;
    this.optionalColumns = optionalColumns;
  }

  /** The table's name without extension: {@code documents}, {@code measures}, … */
  public String tableName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** False only for countries, whose names may come from the built-in table. */
  public boolean required() {
    return required;
  }

  public Set<String> requiredColumns() {
    return requiredColumns;
  }

  public Set<String> optionalColumns() {
    return optionalColumns;
  }

  public boolean knows(String column) {
    return requiredColumns.contains(column) || optionalColumns.contains(column);
  }
}

package org.policybrief.diag;

/**
 * Where a problem is: the file as the user named it, and the 1-based line and column where the
 * offending record or field starts. Line 0 means the whole file. Sources that do not number
 * their columns (a workbook's column letter, a database column's name) give a
 * {@code columnLabel}, printed instead of the column number; CSV locations have none.
 */
public record Location(String file, int line, int column, String columnLabel) {

  public static final Location NONE = new Location(null, 0, 0);

  public Location(String file, int line, int column) {
    this(file, line, column, null);
  }

  public static Location wholeFile(String file) {
    return new Location(file, 0, 0);
  }

  @Override
  public String toString() {
    if (file == null) {
      return "";
    }
    if (line == 0) {
      return file;
    }
    return file + ":" + line + ":" + (columnLabel != null ? columnLabel : String.valueOf(column));
  }
}

package org.policybrief.diag;

/**
 * Where a problem is: the file as the user named it, and the 1-based line and column where the
 * offending record or field starts. Line 0 means the whole file.
 */
public record Location(String file, int line, int column) {

  public static final Location NONE = new Location(null, 0, 0);

  public static Location wholeFile(String file) {
    return new Location(file, 0, 0);
  }

  @Override
  public String toString() {
    if (file == null) {
      return "";
    }
    return line == 0 ? file : file + ":" + line + ":" + column;
  }
}

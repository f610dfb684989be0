package org.policybrief.diag;

/**
 * One problem found in the input. {@code code} is stable (tests and scripts match on it); the
 * message says what failed and then why.
 */
public record Diagnostic(Severity severity, String code, String message, Location at) {

  public static Diagnostic error(Location at, String code, String message) {
    return new Diagnostic(Severity.ERROR, code, message, at);
  }

  public static Diagnostic warning(Location at, String code, String message) {
    return new Diagnostic(Severity.WARNING, code, message, at);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code measures.csv:3:14: error[measure.unknown-category]: message}. */
  public String format() {
    String where = at.toString();
    String head = severity.label() + "[" + code + "]: " + message;
    return where.isEmpty() ? head : where + ": " + head;
  }
}

package org.policybrief.diag;

import java.util.Locale;

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

  /**
   * {@code measures.csv:3:14: error[measure.unknown-category]: message}, on one line. A control
   * character or bidi override that the message quotes from the input (a bad id, a plan's name)
   * is shown as {@code <U+001B>}: sent as it is, it would act on the terminal or log that shows
   * it (clear the screen, hide the lines before it, reorder the line).
   */
  public String format() {
    String where = at.toString();
    String head = severity.label() + "[" + code + "]: " + message;
    return visible(where.isEmpty() ? head : where + ": " + head);
  }

  private static String visible(String line) {
    if (line.codePoints().noneMatch(Diagnostic::acts)) {
      return line;
    }
    StringBuilder shown = new StringBuilder(line.length() + 16);
    line.codePoints().forEach(cp -> {
      if (acts(cp)) {
        shown.append(String.format(Locale.ROOT, "<U+%04X>", cp));
      } else {
        shown.appendCodePoint(cp);
      }
    });
    return shown.toString();
  }

  /** C0 (TAB and line breaks too), DEL, C1, and the bidi embeddings and overrides U+202A–U+202E. */
  private static boolean acts(int cp) {
    return Character.getType(cp) == Character.CONTROL || (cp >= 0x202A && cp <= 0x202E);
  }
}

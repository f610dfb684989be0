package org.policybrief.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every problem of a run, so that one run reports all of them. Thread-safe. */
public final class Diagnostics {

  private final List<Diagnostic> all = new ArrayList<>();

  public synchronized void report(Diagnostic diagnostic) {
    all.add(diagnostic);
  }

  public void error(Location at, String code, String message) {
    report(Diagnostic.error(at, code, message));
  }

  public void warning(Location at, String code, String message) {
    report(Diagnostic.warning(at, code, message));
  }

  public synchronized boolean hasErrors() {
    return all.stream().anyMatch(Diagnostic::isError);
  }

  public synchronized List<Diagnostic> errors() {
    return all.stream().filter(Diagnostic::isError).toList();
  }

  /** Every diagnostic, in reading order: by file, line and column, then as reported. */
  public synchronized List<Diagnostic> sorted() {
    Comparator<Diagnostic> byPlace =
        Comparator.comparing((Diagnostic d) -> d.at().file(), Comparator.nullsFirst(String::compareTo))
            .thenComparingInt(d -> d.at().line())
            .thenComparingInt(d -> d.at().column());
    return all.stream().sorted(byPlace).toList();
  }
}

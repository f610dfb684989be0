package org.policybrief.diag;

import java.util.List;

/** Thrown only when a stage can produce nothing; carries what went wrong, never a stack trace. */
public final class DiagnosticException extends RuntimeException {

  private final List<Diagnostic> diagnostics;

  public DiagnosticException(List<Diagnostic> diagnostics) {
    super(diagnostics.isEmpty() ? "failed" : diagnostics.get(0).format(), null, false, false);
    this.diagnostics = List.copyOf(diagnostics);
  }

  public DiagnosticException(Diagnostic diagnostic) {
    this(List.of(diagnostic));
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}

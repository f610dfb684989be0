package org.policybrief.diag;

import java.io.PrintWriter;
import java.util.List;

/** Prints diagnostics one per line, as compilers do: {@code file:line:col: error[code]: message}. */
public final class DiagnosticPrinter {

  private DiagnosticPrinter() {}

  public static void print(List<Diagnostic> diagnostics, PrintWriter err) {
    for (Diagnostic d : diagnostics) {
      err.println(d.format());
    }
    long errors = diagnostics.stream().filter(Diagnostic::isError).count();
    if (errors > 0) {
      err.println(errors + (errors == 1 ? " error" : " errors") + "; nothing was written");
    }
    err.flush();
  }
}

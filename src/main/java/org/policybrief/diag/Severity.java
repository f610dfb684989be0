package org.policybrief.diag;

public enum Severity {
  ERROR,
  WARNING;

  String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}

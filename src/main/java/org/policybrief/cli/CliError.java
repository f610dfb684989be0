package org.policybrief.cli;

/** A user's mistake found by the command line layer: one line for stderr and an exit code. */
final class CliError extends RuntimeException {

  private final int exitCode;

  CliError(int exitCode, String message) {
    super(message, null, false, false);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }
}

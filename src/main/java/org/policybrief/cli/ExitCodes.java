package org.policybrief.cli;

/** The exit codes, with the sysexits values cron users know. */
final class ExitCodes {

  static final int OK = 0;
  static final int USAGE = 2;
  static final int DATA = 65;
  static final int INTERNAL = 70;
  static final int IO = 74;
  static final int LOCKED = 75;

  static final String HELP = """
      Exit codes:
        0   ok
        2   usage error (unknown option, bad value, a bad line in --config)
        65  bad data, an empty selection, a broken own template or font: every problem
            is printed as FILE:LINE:COLUMN: message
        70  internal error (please report it, with --verbose output), or out of
            memory (give Java more, e.g. JAVA_OPTS=-Xmx2g)
        74  input/output error (folder missing, not writable, disk full)
        75  locked: another run is publishing into the output folder (try again later)""";

  private ExitCodes() {}
}

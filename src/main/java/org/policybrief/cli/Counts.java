package org.policybrief.cli;

/** A count with its noun, singular for one, for the summaries commands print: "1 document, 3 measures". */
final class Counts {

  private Counts() {}

  static String of(long count, String one, String many) {
    return count + " " + (count == 1 ? one : many);
  }
}

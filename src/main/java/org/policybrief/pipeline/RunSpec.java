package org.policybrief.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * One weekly run: the plan, where editions are published, the edition date, how many editions
 * to keep, and how many briefings to build at once.
 */
public record RunSpec(Path planFile, Path outFolder, LocalDate edition, int keep, int threads) {

  public RunSpec {
    if (keep < 1 || threads < 1) {
      throw new IllegalArgumentException("keep and threads must be at least 1");
    }
  }
}

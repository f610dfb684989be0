package org.policybrief.pipeline;

/**
 * Hears how a weekly run goes, for a progress bar on a terminal or log lines under cron.
 * Called from the worker threads; implementations must be thread-safe.
 */
public interface RunListener {

  RunListener SILENT = new RunListener() {};

  /** The plan is read and the data loaded: {@code total} briefings will be built. */
  default void started(String edition, int total) {}

  /** One briefing was built (not yet published). */
  default void built(String fileName, int pages, long bytes) {}

  /** Every briefing was built; the edition is being published. */
  default void publishing() {}
}

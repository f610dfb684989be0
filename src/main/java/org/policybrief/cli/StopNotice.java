package org.policybrief.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;
import org.policybrief.pipeline.RunListener;

/**
 * Says in the log what a run stopped by a signal (a shutdown, {@code systemctl stop}, {@code kill})
 * leaves, as its last line: such a run ended its log with the last briefing it had built, as if it
 * were still going. Passes every step on to the progress it wraps; {@link #close()} when the run
 * has ended, before the JVM exits.
 */
final class StopNotice implements RunListener, AutoCloseable {

  private final RunListener progress;
  private final PrintWriter err;
  private final Thread hook = new Thread(this::stopped, "stop-notice");
  private final AtomicInteger built = new AtomicInteger();
  private volatile String edition;
  private volatile int total;
  private volatile boolean publishing;

  StopNotice(RunListener progress, PrintWriter err) {
    this.progress = progress;
    this.err = err;
    Runtime.getRuntime().addShutdownHook(hook);
  }

  @Override
  public void started(String edition, int total) {
    this.edition = edition;
    this.total = total;
    progress.started(edition, total);
  }

  @Override
  public void built(String fileName, int pages, long bytes) {
    built.incrementAndGet();
    progress.built(fileName, pages, bytes);
  }

  @Override
  public void publishing() {
    publishing = true;
    progress.publishing();
  }

  private void stopped() {
    String line;
    if (edition == null) {
      line = "stopped before building the edition; nothing was published";
    } else if (!publishing) {
      line = "stopped while building edition " + edition + " (" + built.get() + " of "
          + Counts.of(total, "briefing", "briefings") + " built); nothing was published";
    } else {
      line = "stopped while publishing edition " + edition + "; the next run finishes publishing it,"
          + " or takes it out if its folder was not yet in place";
    }
    err.println("policybrief: " + line);
    err.flush();
  }

  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the JVM is stopping: the hook says so
    }
  }
}

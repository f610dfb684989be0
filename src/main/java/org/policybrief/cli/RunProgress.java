package org.policybrief.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.policybrief.pipeline.RunListener;

/** How a run shows progress: a bar on a terminal, plain log lines on stderr under cron. */
final class RunProgress {

  private RunProgress() {}

  static RunListener forTerminal(boolean terminal, PrintWriter err) {
    return terminal ? new Bar() : new Lines(err);
  }

  /** One line per step, for log files. */
  private static final class Lines implements RunListener {
    private final PrintWriter err;
    private final AtomicInteger done = new AtomicInteger();
    private volatile int total;

    Lines(PrintWriter err) {
      this.err = err;
    }

    @Override
    public void started(String edition, int total) {
      this.total = total;
      log("building " + Counts.of(total, "briefing", "briefings") + " of edition " + edition);
    }

    @Override
    public void built(String fileName, int pages, long bytes) {
      log("built " + fileName + " (" + pages + " pages, " + bytes + " bytes) [" + done.incrementAndGet() + "/" + total + "]");
    }

    @Override
    public void publishing() {
      log("all briefings built; publishing");
    }

    private synchronized void log(String line) {
      err.println("policybrief: " + line);
      err.flush();
    }
  }

  /** The progress bar goes straight to the terminal's stderr. */
  private static final class Bar implements RunListener {
    private volatile ProgressBar bar;

    @Override
    public void started(String edition, int total) {
      bar = new ProgressBarBuilder().setTaskName(edition).setInitialMax(total)
          .setStyle(ProgressBarStyle.ASCII).setUnit(" briefings", 1).continuousUpdate()
          .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
    }

    @Override
    public void built(String fileName, int pages, long bytes) {
      bar.step();
      bar.setExtraMessage(fileName);
    }

    @Override
    public void publishing() {
      bar.setExtraMessage("publishing");
      bar.close();
    }
  }
}

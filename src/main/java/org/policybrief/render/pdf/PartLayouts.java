package org.policybrief.render.pdf;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The body parts of a {@link PartedPdfWriter} briefing laid out ahead of their painting: at most
 * {@code partsAtOnce} held at a time, the next ones on a second core when there is one. Part
 * {@code k} is laid out with font set {@code k % FONT_SETS}, which is free again once part
 * {@code k - FONT_SETS} is painted.
 */
final class PartLayouts implements AutoCloseable {

  /** A body part made and laid out, not yet painted. */
  record LaidOut(String xhtml, PdfBoxRenderer renderer) {}

  private final List<Supplier<String>> body;
  private final BiFunction<String, Integer, PdfBoxRenderer> layOut;
  private final ThreadPoolExecutor secondCore;
  private final List<FutureTask<LaidOut>> parts = new ArrayList<>(); // null once taken

  /**
   * @param layOut makes the renderer of a part's XHTML with the given font set and lays it out
   */
  PartLayouts(List<Supplier<String>> body, int partsAtOnce, BiFunction<String, Integer, PdfBoxRenderer> layOut) {
    this.body = body;
    this.layOut = layOut;
    boolean twoCores = Runtime.getRuntime().availableProcessors() > 1 && body.size() > 1;
    secondCore = twoCores ? new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
        PartLayouts::layoutThread) : null;
    while (parts.size() < Math.min(partsAtOnce, body.size())) {
      layOutLater();
    }
  }

  /**
   * Part {@code i}, laid out here if the second core has not started it. While the second core
   * lays it out, this thread lays out the last of the parts not started (the second core takes
   * them in order). A part's failure is thrown as it was thrown there. The caller paints and
   * closes the part before it takes the next.
   */
  LaidOut take(int i) {
    FutureTask<LaidOut> part = parts.get(i);
    part.run(); // does nothing once started, as below
    for (int later = parts.size() - 1; later > i && !part.isDone(); later--) {
      parts.get(later).run();
    }
    parts.set(i, null);
    try {
      return part.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while a part was laid out", e);
    }
  }

  /** A part painted: the set of the one {@code FONT_SETS} on is free for it. */
  void painted() {
    if (parts.size() < body.size()) {
      layOutLater();
    }
  }

  /**
   * Makes and lays out the next body part on the second core, or, without one, when it is taken:
   * then only one part is ever held.
   */
  private void layOutLater() {
    Supplier<String> part = body.get(parts.size());
    int fontSet = parts.size() % PartedPdfWriter.FONT_SETS;
    FutureTask<LaidOut> task = new FutureTask<>(() -> {
      String xhtml = part.get();
      PdfBoxRenderer renderer = layOut.apply(xhtml, fontSet);
      renderer.getSharedContext().removeFromThread();
      return new LaidOut(xhtml, renderer);
    });
    parts.add(task);
    if (secondCore != null) {
      secondCore.execute(task);
    }
  }

  /**
   * After a failure, the parts not yet started are dropped and one being laid out is waited for,
   * so that no thread uses the fonts once they go back to the pool; the layouts are then closed.
   */
  @Override
  public void close() {
    if (secondCore != null) {
      parts.stream().filter(Objects::nonNull).forEach(secondCore::remove);
      secondCore.shutdown();
      try {
        secondCore.awaitTermination(1, TimeUnit.HOURS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    for (FutureTask<LaidOut> pending : parts) {
      if (pending != null && pending.isDone()) {
        try {
          pending.get().renderer().close();
        } catch (ExecutionException | CancellationException | InterruptedException e) {
          // the failure that got us here is the one to report
        }
      }
    }
  }

  private static Thread layoutThread(Runnable run) {
    Thread thread = new Thread(run, "policybrief-layout");
    thread.setDaemon(true);
    return thread;
  }
}

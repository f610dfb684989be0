package org.policybrief.render;

import freemarker.core._CoreAPI;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.Writer;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A template's render with bounds on what it may write and for how long it may run. A user's
 * template that never stopped filled the heap when it wrote, and when it wrote nothing
 * ({@code <#list 1.. as i></#list>}) held the batch job for ever. The render runs on a thread of
 * its own; past the time limit the caller gives up on it and interrupts it, which ends a
 * template's lists at their next turn (Freemarker's interruption checks, added to every template
 * it loads). A built-in that loops in Java cannot be stopped so; its thread is a daemon, left
 * behind by a run that then ends with the user's mistake.
 */
final class BoundedRender {

  /**
   * Characters a render may write: a briefing writes about 600 a measure, 12 million for 20,000
   * measures; a user's template that never stops reached the heap's end instead, and was
   * reported as the data being too large.
   */
  static final int MAX_OUTPUT = 50_000_000;

  /** Far longer than the template of any briefing takes (of 20,000 measures: about a second). */
  static final Duration TIME_LIMIT = Duration.ofMinutes(2);

  /** The render wrote more than {@link #MAX_OUTPUT} characters. */
  static final class TooMuchOutput extends IOException {}

  /** The render ran longer than its time limit. */
  static final class TooLong extends Exception {}

  private BoundedRender() {}

  /** A configuration whose every template, built-in or the user's, stops when its thread is interrupted. */
  static Configuration interruptible() {
    Set<Template> checked = Collections.newSetFromMap(new WeakHashMap<>());
    return new Configuration(Configuration.VERSION_2_3_34) {
      @Override
      public Template getTemplate(String name, Locale locale, Object customLookupCondition,
          String encoding, boolean parseAsFtl, boolean ignoreMissing) throws IOException {
        Template template = super.getTemplate(name, locale, customLookupCondition, encoding, parseAsFtl,
            ignoreMissing);
        if (template != null) {
          synchronized (checked) { // a template is shared: checked once, before any thread runs it
            if (checked.add(template)) {
              _CoreAPI.addThreadInterruptedChecks(template);
            }
          }
        }
        return template;
      }
    };
  }

  /** What {@code template} writes for {@code model} within the bounds. */
  static String run(Template template, Map<String, Object> model, Duration limit)
      throws TemplateException, IOException, TooLong {
    BoundedWriter out = new BoundedWriter();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    AtomicBoolean finished = new AtomicBoolean();
    // A thread of its own, not a pool's: out of memory, a pool's thread could die before it ran
    // the render (the error then thrown by its uncaught-exception handler), and the caller waited
    // for a result that would never come, the whole time limit.
    Thread thread = new Thread(() -> {
      try {
        template.process(model, out);
      } catch (Throwable e) {
        failure.set(e);
      } finally {
        finished.set(true);
      }
    }, "template");
    thread.setDaemon(true);
    thread.start();
    try {
      thread.join(limit.toMillis());
    } catch (InterruptedException e) {
      thread.interrupt();
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while the template ran");
    }
    if (thread.isAlive()) {
      thread.interrupt();
      throw new TooLong();
    }
    if (!finished.get()) {
      throw new OutOfMemoryError("the template's thread ended before it could render");
    }
    Throwable cause = failure.get();
    if (cause instanceof TemplateException t) {
      throw t;
    }
    if (cause instanceof IOException t) {
      throw t;
    }
    if (cause instanceof RuntimeException t) {
      throw t;
    }
    if (cause instanceof Error t) { // a StackOverflowError is the user's mistake; out of memory
      throw t;
    }
    if (cause != null) {
      throw new IllegalStateException(cause);
    }
    return out.toString();
  }

  /** A string writer that refuses to grow past {@link #MAX_OUTPUT} characters. */
  private static final class BoundedWriter extends Writer {
    private final StringBuilder text = new StringBuilder(64 * 1024);

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
      room(length);
      text.append(chars, offset, length);
    }

    @Override
    public void write(String string, int offset, int length) throws IOException {
      room(length);
      text.append(string, offset, offset + length);
    }

    private void room(int length) throws TooMuchOutput {
      if (text.length() + length > MAX_OUTPUT) {
        throw new TooMuchOutput();
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    @Override
    public String toString() {
      return text.toString();
    }
  }
}

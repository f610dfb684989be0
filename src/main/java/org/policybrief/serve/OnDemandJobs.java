package org.policybrief.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Builds on-demand briefings in a bounded pool: a few at a time and a short queue; beyond that,
 * {@link #submit} refuses with {@link Busy} (the server answers 429). Jobs are named by a hash of
 * the data and the request, so identical requests share one job and, once done, one cached
 * file. A generation that throws, even an {@link Error}, fails only its own job.
 */
final class OnDemandJobs {

  enum State { QUEUED, RUNNING, DONE, FAILED }

  /** Builds a briefing's PDF. */
  interface Generator {
    byte[] generate() throws Exception;
  }

  /** The queue is full; try again after {@code retryAfterSeconds}. */
  static final class Busy extends Exception {
    final long retryAfterSeconds;

    Busy(long retryAfterSeconds) {
      super("busy", null, false, false);
      this.retryAfterSeconds = retryAfterSeconds;
    }
  }

  /** A job's state as seen now: jobs queued before it, seconds in its state. */
  record Status(String id, State state, int ahead, long seconds) {}

  private record Entry(State state, long sinceNanos) {}

  /** A queued job, named so that its place in the queue can be found. */
  private final class Task implements Runnable {
    final String id;
    final Generator generator;

    Task(String id, Generator generator) {
      this.id = id;
      this.generator = generator;
    }

    @Override
    public void run() {
      OnDemandJobs.this.run(id, generator);
    }
  }

  private final BriefingCache cache;
  private final ThreadPoolExecutor pool;
  private final Map<String, Entry> jobs = new ConcurrentHashMap<>();
  private final Consumer<Throwable> crashLog;
  private volatile long averageMillis = 20_000;

  OnDemandJobs(BriefingCache cache, int workers, int queue, Consumer<Throwable> crashLog) {
    this.cache = cache;
    this.crashLog = crashLog;
    this.pool = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.MILLISECONDS,
        new ArrayBlockingQueue<>(queue), runnable -> {
          Thread thread = new Thread(runnable, "on-demand-briefing");
          thread.setDaemon(true);
          return thread;
        });
  }

  /** The job {@code id}: the running or cached one if any, else a new one queued. */
  synchronized Status submit(String id, Generator generator) throws Busy {
    Status known = status(id).orElse(null);
    if (known != null && known.state() != State.FAILED) {
      return known;
    }
    jobs.put(id, new Entry(State.QUEUED, System.nanoTime()));
    try {
      pool.execute(new Task(id, generator));
    } catch (RejectedExecutionException e) {
      jobs.remove(id);
      long waiting = pool.getQueue().size() + pool.getActiveCount();
      throw new Busy(Math.max(1, averageMillis * waiting / pool.getMaximumPoolSize() / 1000));
    }
    return status(id).orElseThrow();
  }

  /** The job's state; a briefing still in the cache is done even after a restart. */
  Optional<Status> status(String id) {
    Entry entry = jobs.get(id);
    if (entry != null) {
      return Optional.of(new Status(id, entry.state(), entry.state() == State.QUEUED ? ahead(id) : 0,
          (System.nanoTime() - entry.sinceNanos()) / 1_000_000_000));
    }
    return cache.find(id).map(file -> new Status(id, State.DONE, 0, 0));
  }

  private int ahead(String id) {
    int ahead = 0;
    for (Runnable queued : pool.getQueue()) {
      if (queued instanceof Task task && task.id.equals(id)) {
        break;
      }
      ahead++;
    }
    return ahead;
  }

  Optional<Path> result(String id) {
    return cache.find(id);
  }

  /** Stops taking jobs, lets running ones finish within {@code limit}; false if some did not. */
  boolean shutdown(Duration limit) throws InterruptedException {
    pool.shutdown();
    if (pool.awaitTermination(limit.toMillis(), TimeUnit.MILLISECONDS)) {
      return true;
    }
    pool.shutdownNow();
    return false;
  }

  private void run(String id, Generator generator) {
    long start = System.nanoTime();
    jobs.put(id, new Entry(State.RUNNING, start));
    try {
      cache.store(id, generator.generate());
      averageMillis = (averageMillis + (System.nanoTime() - start) / 1_000_000) / 2;
      jobs.remove(id); // from now on the cache answers
    } catch (Throwable e) { // a bug or an exhausted resource: this job fails, the server goes on
      crashLog.accept(e);
      jobs.put(id, new Entry(State.FAILED, System.nanoTime()));
    }
  }
}

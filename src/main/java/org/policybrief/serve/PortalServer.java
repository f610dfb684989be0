package org.policybrief.serve;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.policybrief.data.DatasetSource;
import org.policybrief.pipeline.OnDemandBriefings;

/**
 * The staff portal: the published archive read-only at {@code /}, and briefings on demand at
 * {@code /on-demand}, built from the current data in a bounded pool and kept in a cache folder
 * of their own. Built on the JDK's HTTP server; {@link FileResponder} adds what it lacks.
 */
public final class PortalServer {

  /**
   * {@code authFile} protects the on-demand part, and the archive too when
   * {@code protectArchive}. {@code log} receives the access log and internal errors.
   */
  public record Config(Path archive, String bind, int port, DatasetSource data, Path cache, long cacheMaxBytes,
      int workers, int queue, Optional<Path> authFile, boolean protectArchive, Consumer<String> log) {

    public Config {
      if (workers < 1 || queue < 1 || cacheMaxBytes < 1) {
        throw new IllegalArgumentException("workers, queue and cache size must be at least 1");
      }
    }
  }

  /** Requests read and answered at once, stalled ones included (see {@link RequestTimeLimit}). */
  static final int MAX_REQUEST_THREADS = 256;

  private final HttpServer server;
  private final ExecutorService requests;
  private final OnDemandJobs jobs;

  private PortalServer(HttpServer server, ExecutorService requests, OnDemandJobs jobs) {
    this.server = server;
    this.requests = requests;
    this.jobs = jobs;
  }

  /** Starts serving; a bad auth file or an unusable folder fails here, before any request. */
  public static PortalServer start(Config config) throws IOException {
    OnDemandBriefings briefings = new OnDemandBriefings();
    return start(config, briefings, briefings::render);
  }

  /** With {@code maker} in place of rendering, for tests of the server itself. */
  static PortalServer start(Config config, OnDemandHandler.Maker maker) throws IOException {
    return start(config, new OnDemandBriefings(), maker);
  }

  private static PortalServer start(Config config, OnDemandBriefings briefings, OnDemandHandler.Maker maker)
      throws IOException {
    refuseCacheAmongPublishedFiles(config.cache(), config.archive());
    Optional<AuthFile> auth = config.authFile().isPresent()
        ? Optional.of(AuthFile.read(config.authFile().get())) : Optional.empty();
    Consumer<Throwable> errorLog = e -> config.log().accept("internal error: " + e
        + (e.getStackTrace().length > 0 ? " at " + e.getStackTrace()[0] : ""));
    Pages pages = new Pages();
    OnDemandJobs jobs = new OnDemandJobs(new BriefingCache(config.cache(), config.cacheMaxBytes()),
        config.workers(), config.queue(), errorLog);
    OnDemandHandler onDemand = new OnDemandHandler(config.data(), briefings, maker, jobs, pages);

    RequestTimeLimit.apply(); // before the JDK's server reads it
    HttpServer server = HttpServer.create(new InetSocketAddress(config.bind(), config.port()), 64);
    AccessLog accessLog = new AccessLog(config.log());
    HttpContext archive = server.createContext("/",
        Exchanges.guarded(new ArchiveHandler(new ArchivePaths(config.archive()), pages), errorLog));
    HttpContext demand = server.createContext("/on-demand", Exchanges.guarded(onDemand, errorLog));
    archive.getFilters().add(accessLog);
    demand.getFilters().add(accessLog);
    auth.ifPresent(a -> {
      demand.getFilters().add(new Authentication(a, pages));
      if (config.protectArchive()) {
        archive.getFilters().add(new Authentication(a, pages));
      }
    });
    // The JDK's server reads a request's headers on these threads too, so a fixed 16 were all
    // held by 16 clients that never finished theirs. Up to 256 now, each client dropped after
    // the request time limit; past 256 at once a new connection is closed, not queued.
    ExecutorService requests = new ThreadPoolExecutor(16, MAX_REQUEST_THREADS, 30, TimeUnit.SECONDS,
        new SynchronousQueue<>(), runnable -> {
          Thread thread = new Thread(runnable, "portal-request");
          thread.setDaemon(true);
          return thread;
        });
    server.setExecutor(requests);
    server.start();
    return new PortalServer(server, requests, jobs);
  }

  /**
   * Refuses a cache folder among the archive's published files (the archive itself, latest/, an
   * edition): the archive would serve its PDFs, and its eviction would delete published briefings.
   * A hidden folder of the archive, as the default {@code .cache}, is neither. Checked before the
   * folder is made, through symbolic links.
   */
  private static void refuseCacheAmongPublishedFiles(Path cache, Path archive) throws IOException {
    Path existing = cache.toAbsolutePath().normalize();
    Path rest = existing.getFileSystem().getPath("");
    while (existing.getParent() != null && !Files.exists(existing)) {
      rest = existing.getFileName().resolve(rest);
      existing = existing.getParent();
    }
    Path real = existing.toRealPath().resolve(rest);
    Path root = archive.toRealPath();
    if (real.startsWith(root)) {
      for (Path part : root.relativize(real)) {
        if (part.toString().startsWith(".")) {
          return;
        }
      }
      throw new IllegalArgumentException("the cache folder " + cache + " is among the archive's published files"
          + " (its least recently used PDFs would be deleted there): use a hidden folder of the archive, such as "
          + archive.resolve(".cache") + ", or one outside it");
    }
  }

  /** Why {@code name} cannot be given to {@link #authLine}, or null when it can. */
  public static String authLineNameProblem(String name) {
    return name.equals("token") || AuthFile.isUserName(name) ? null
        : "the user name \"" + name + "\" cannot be in an auth file: a name is " + AuthFile.USER_NAME_RULE;
  }

  /** The auth file line of user {@code name}, or of a token when {@code name} is "token". */
  public static String authLine(String name, String secret) {
    return name.equals("token") ? AuthFile.tokenLine(secret) : AuthFile.userLine(name, secret);
  }

  public InetSocketAddress address() {
    return server.getAddress();
  }

  /** The address to open in a browser, e.g. {@code http://127.0.0.1:8080/}. */
  public String url() {
    return url(server.getAddress());
  }

  /** An IPv6 address goes in brackets ({@code http://[::1]:8080/}), its zone's % encoded (RFC 6874). */
  static String url(InetSocketAddress address) {
    String host = address.getHostString();
    String inUrl = host.contains(":") ? "[" + host.replace("%", "%25") + "]" : host;
    return "http://" + inUrl + ":" + address.getPort() + "/";
  }

  /**
   * Stops taking connections, lets running generations finish within {@code limit}, then stops.
   * False when some generation had to be abandoned.
   */
  public boolean stop(Duration limit) throws InterruptedException {
    server.stop(1); // no new connections; requests under way get a second
    boolean finished = jobs.shutdown(limit);
    requests.shutdown();
    requests.awaitTermination(2, TimeUnit.SECONDS);
    return finished;
  }
}

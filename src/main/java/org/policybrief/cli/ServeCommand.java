package org.policybrief.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.policybrief.data.DatasetSource;
import org.policybrief.serve.PortalServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serves the published archive of OUT read-only to staff, and builds briefings on demand"
        + " from the current data. Stops on SIGTERM or Ctrl-C after running briefings finish.",
    footer = ExitCodes.HELP)
final class ServeCommand implements Callable<Integer> {

  /** A billion megabytes (a petabyte): far beyond any disk, and in bytes well within a long. */
  static final long MAX_CACHE_MB = 1_000_000_000L;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "output",
      description = "The archive folder the run command publishes into (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  String bind;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}).")
  int port;

  // Not the other commands' --data: on-demand briefings are cached by the bytes of CSV files.
  @Option(names = "--data", paramLabel = "DIR",
      description = "Dataset of on-demand briefings: a folder of CSV files (documents.csv,"
          + " measures.csv, categories.csv, countries.csv). Default: the sample dataset built into"
          + " the program.")
  Path data;

  @Option(names = "--verbose", description = "Show the stack trace of internal errors.")
  boolean verbose;

  @Option(names = "--cache", paramLabel = "DIR",
      description = "Folder of on-demand briefings (default: OUT/.cache, never served as part of the archive).")
  Path cache;

  @Option(names = "--cache-mb", paramLabel = "N", defaultValue = "500",
      description = "Size cap of the on-demand folder in MB (default: ${DEFAULT-VALUE}).")
  long cacheMb;

  @Option(names = "--workers", paramLabel = "N", defaultValue = "1",
      description = "On-demand briefings built at once, 1 or 2 (default: ${DEFAULT-VALUE}).")
  int workers;

  @Option(names = "--queue", paramLabel = "N", defaultValue = "8",
      description = "On-demand requests that may wait; more are refused with 429 (default: ${DEFAULT-VALUE}).")
  int queue;

  @Option(names = "--auth-file", paramLabel = "FILE",
      description = "Tokens and users (PBKDF2 hashes) allowed to ask for briefings; see --auth-line.")
  Path authFile;

  @Option(names = "--protect-archive", description = "Require --auth-file credentials for the archive too.")
  boolean protectArchive;

  @Option(names = "--stop-timeout", paramLabel = "SECONDS", defaultValue = "120",
      description = "On SIGTERM, how long running briefings may take to finish (default: ${DEFAULT-VALUE}).")
  long stopTimeout;

  @Option(names = "--auth-line", paramLabel = "NAME",
      description = "Print the auth file line of user NAME (or of a token, for NAME \"token\") whose"
          + " password or token is read from standard input, and exit.")
  String authLine;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter log = spec.commandLine().getOut();
    if (authLine != null) {
      String problem = PortalServer.authLineNameProblem(authLine);
      if (problem != null) {
        throw new CliError(ExitCodes.USAGE, "--auth-line: " + problem);
      }
      String secret = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      if (secret == null || secret.isEmpty()) {
        throw new CliError(ExitCodes.USAGE, "no password or token on standard input");
      }
      log.println(PortalServer.authLine(authLine, secret));
      return ExitCodes.OK;
    }
    if (workers < 1 || workers > 2) {
      throw new CliError(ExitCodes.USAGE, "--workers must be 1 or 2, not " + workers);
    }
    if (queue < 1) {
      throw new CliError(ExitCodes.USAGE, "--queue must be at least 1, not " + queue);
    }
    // in bytes it must fit a long: 2^63 bytes overflowed to a negative cap, which evicted all
    if (cacheMb < 1 || cacheMb > MAX_CACHE_MB) {
      throw new CliError(ExitCodes.USAGE, "--cache-mb must be from 1 to " + MAX_CACHE_MB + ", not " + cacheMb);
    }
    if (stopTimeout < 0) {
      throw new CliError(ExitCodes.USAGE, "--stop-timeout must be 0 or more seconds, not " + stopTimeout);
    }
    if (port < 0 || port > 65535) {
      throw new CliError(ExitCodes.USAGE, "--port must be from 0 to 65535, not " + port);
    }
    if (protectArchive && authFile == null) {
      // it would protect nothing: there are no credentials to ask for
      throw new CliError(ExitCodes.USAGE, "--protect-archive needs --auth-file");
    }
    if (!Files.isDirectory(this.out)) {
      // the portal is often set up before the first weekly run has published anything
      throw new CliError(ExitCodes.IO, "archive folder not found: " + this.out + " (`policybrief run --out "
          + this.out + "` publishes editions into it; an empty folder serves a portal with no edition yet)");
    }
    if (authFile != null && !Files.isRegularFile(authFile)) {
      throw new CliError(ExitCodes.IO, "auth file not found: " + authFile);
    }
    boolean loopback;
    try {
      loopback = InetAddress.getByName(bind).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw new CliError(ExitCodes.USAGE, "--bind: unknown address " + bind);
    }
    if (authFile == null && !loopback) {
      spec.commandLine().getErr().println("policybrief: warning: listening on " + bind
          + " without --auth-file: anyone who can reach it may ask for briefings");
    }
    Object logLock = new Object();
    PortalServer server;
    try {
      server = PortalServer.start(new PortalServer.Config(this.out, bind, port, dataSource(),
          cache != null ? cache : this.out.resolve(".cache"), cacheMb * 1024 * 1024, workers, queue,
          Optional.ofNullable(authFile), protectArchive, line -> {
            synchronized (logLock) {
              log.println(line);
            }
          }));
    } catch (IllegalArgumentException e) {
      throw new CliError(ExitCodes.USAGE, e.getMessage());
    } catch (BindException e) { // the JDK's message names neither address nor port
      throw new CliError(ExitCodes.IO, "cannot listen on " + bind + ":" + port + ": "
          + e.getMessage() + " (another program has it? choose another --port)");
    }
    log.println("serving " + this.out.toAbsolutePath().normalize() + " at " + server.url());
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        boolean finished = server.stop(Duration.ofSeconds(stopTimeout));
        log.println(finished ? "stopped" : "stopped; unfinished on-demand briefings were abandoned");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        stopped.countDown();
      }
    }, "portal-stop"));
    stopped.await();
    return ExitCodes.OK;
  }

  private DatasetSource dataSource() {
    if (data == null) {
      return DatasetSource.sample();
    }
    if (!Files.exists(data)) {
      throw new CliError(ExitCodes.IO, DataOptions.notFound(data.toString())); // as the other commands
    }
    if (!Files.isDirectory(data)) {
      throw new CliError(ExitCodes.USAGE, "serve reads a folder of CSV files only (not a workbook"
          + " or a database); " + data + " is not one");
    }
    return DatasetSource.folder(data);
  }
}

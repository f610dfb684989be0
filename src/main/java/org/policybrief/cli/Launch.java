package org.policybrief.cli;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The jar's entry point. {@code java -jar target/policybrief.jar …} with no Java options of its
 * own hands the command to {@code bin/policybrief} beside the jar, when the build made that
 * launcher a start-up archive for this jar: the launcher's JDK, archive and options make a small
 * briefing in about 1.1 s where a plain JVM takes 3.2 s. Options given to {@code java} are the
 * user's choice and keep the command here, as does a start by the launcher itself. Uses no other
 * class of the program before it decides, so that handing over costs one JVM start.
 */
public final class Launch {

  /** Set by bin/policybrief for the JVM it starts. */
  static final String STARTED_BY_LAUNCHER = "POLICYBRIEF_LAUNCHER";
  /** The process id of the {@code java -jar} JVM that handed its command to the launcher. */
  static final String HANDED_OVER_BY = "POLICYBRIEF_HANDED_OVER_BY";

  private Launch() {}

  public static void main(String[] args) throws InterruptedException {
    Optional<Path> launcher = launcher();
    if (launcher.isEmpty()) {
      stopWithTheJvmThatHandedOver();
      Main.main(args);
      return;
    }
    List<String> command = new ArrayList<>(List.of("sh", launcher.get().toString()));
    command.addAll(Arrays.asList(args));
    Process process;
    try {
      ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
      builder.environment().put(HANDED_OVER_BY, Long.toString(ProcessHandle.current().pid()));
      process = builder.start();
    } catch (IOException e) {
      Main.main(args); // no shell to start the launcher with: run here
      return;
    }
    // Stopped (SIGTERM, or SIGINT from outside a terminal), this JVM stops the command too.
    Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
    System.exit(process.waitFor());
  }

  /**
   * In the JVM a bare {@code java -jar} handed its command to: stops as a SIGTERM would stop it
   * when that JVM ends. Its shutdown hook passes a SIGTERM or Ctrl-C on; killed with SIGKILL (by
   * {@code kill -9} or {@code timeout -s KILL}) it cannot, and the command went on without it,
   * holding the output folder's lock and publishing after the operator had stopped it.
   */
  private static void stopWithTheJvmThatHandedOver() {
    String handedOverBy = System.getenv(HANDED_OVER_BY);
    if (handedOverBy == null) {
      return;
    }
    try {
      long pid = Long.parseLong(handedOverBy);
      // only that JVM, through the launcher's exec: a variable left in a user's environment names no parent
      ProcessHandle.current().parent().filter(parent -> parent.pid() == pid).ifPresent(parent ->
          parent.onExit().thenRun(() -> {
            System.err.println("policybrief: stopped: the java -jar process that started it has ended");
            System.exit(143); // as for SIGTERM: the stop is orderly, shutdown hooks run
          }));
    } catch (NumberFormatException e) {
      // not set by Launch: nothing to follow
    }
  }

  /**
   * {@code bin/policybrief}, when this JVM runs as a bare {@code java -jar} on the jar of a
   * program folder whose launcher has a start-up archive newer than the jar.
   */
  static Optional<Path> launcher() {
    if (System.getenv(STARTED_BY_LAUNCHER) != null || System.getenv("JDK_JAVA_OPTIONS") != null
        || System.getenv("JAVA_TOOL_OPTIONS") != null || File.separatorChar != '/') {
      return Optional.empty();
    }
    List<String> arguments = ProcessHandle.current().info().arguments().map(List::of).orElse(List.of());
    if (arguments.size() < 2 || !arguments.get(0).equals("-jar")) {
      return Optional.empty(); // options before -jar, or not started with -jar at all
    }
    try {
      Path jar = Path.of(Launch.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path target = jar.getParent();
      if (target == null || !jar.getFileName().toString().equals("policybrief.jar")
          || !target.getFileName().toString().equals("target")) {
        return Optional.empty();
      }
      Path launcher = target.resolveSibling("bin").resolve("policybrief");
      Path runtime = target.resolve("policybrief.runtime");
      boolean archived = Files.isRegularFile(runtime)
          && Files.getLastModifiedTime(runtime).compareTo(Files.getLastModifiedTime(jar)) > 0;
      return archived && Files.isRegularFile(launcher) ? Optional.of(launcher) : Optional.empty();
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return Optional.empty(); // run here: the launcher is only the faster way
    }
  }
}

package org.policybrief.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.policybrief.data.DatasetSource;
import org.policybrief.model.IsoDate;
import org.policybrief.publish.EditionPublisher;
import org.policybrief.render.BriefingRenderer;
import org.policybrief.render.fonts.JdkFonts;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "policybrief", mixinStandardHelpOptions = true, version = "policybrief 0.1.0",
    description = "Turns structured policy data into PDF briefings.",
    footer = ExitCodes.HELP)
public final class Main {

  /**
   * Made at start-up: when the heap runs out, other threads may still hold it full, and building
   * the text then failed with a second out-of-memory error (exit 1, a stack trace).
   */
  private static final String OUT_OF_MEMORY = outOfMemoryAdvice(Runtime.getRuntime().maxMemory());
  private static final byte[] OUT_OF_MEMORY_LINE =
      (OUT_OF_MEMORY + System.lineSeparator()).getBytes(StandardCharsets.UTF_8);

  /** In the order `--help` lists them. */
  private static final Map<String, Class<?>> SUBCOMMANDS = subcommands(GenerateCommand.class,
      ValidateCommand.class, RunCommand.class, ServeCommand.class, ExportCommand.class,
      DbCommand.class, CommandLine.HelpCommand.class);

  public static void main(String[] args) {
    JdkFonts.configure();
    if (args.length > 0 && Set.of("generate", "run", "serve").contains(args[0])) {
      BriefingRenderer.preloadFonts(); // overlaps building the command line (~0.2 s cold)
    }
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(run(args, out, err));
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text, IsoDate.FORMAT);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException("'" + text + "' is not a date of the calendar in the form YYYY-MM-DD");
    }
  }

  /** Runs one command line; output goes only to {@code out} and {@code err}. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    quietLibraryLogs(Arrays.asList(args).contains("--verbose"));
    return execute(commandLine(args), args, out, err);
  }

  /** Runs {@code commandLine}, turning every failure into a message and an exit code. */
  static int execute(CommandLine commandLine, String[] args, PrintWriter out, PrintWriter err) {
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.registerConverter(LocalDate.class, Main::date);
    // As the user reads it: the system resolves x/../out through x, which may not exist, while
    // Java creates folders by the name's parts; both agree on the normalised name.
    commandLine.registerConverter(Path.class, text -> Path.of(text).normalize());
    commandLine.setParameterExceptionHandler((e, arguments) -> {
      err.println("policybrief: " + e.getMessage());
      // "Did you mean: policybrief generate?", "Possible solutions: --title, --to, --templates"
      CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
      err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
      return ExitCodes.USAGE;
    });
    // picocli shows the help of "generatee --help" (exit 0) and leaves the word it did not know
    // unsaid; a mistyped word stays a usage error, with its suggestion, whatever else is asked
    commandLine.setExecutionStrategy(parsed -> {
      for (CommandLine.ParseResult part = parsed; part != null; part = part.subcommand()) {
        if (!part.unmatched().isEmpty()) {
          throw new CommandLine.UnmatchedArgumentException(part.commandSpec().commandLine(), part.unmatched());
        }
      }
      return new CommandLine.RunLast().execute(parsed);
    });
    commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
      boolean verbose = parsed.originalArgs().contains("--verbose");
      if (outOfMemory(e)) {
        return outOfMemory(err);
      }
      if (e instanceof CliError user) {
        err.println("policybrief: " + user.getMessage());
        return user.exitCode();
      }
      if (e instanceof IOException || e instanceof UncheckedIOException) {
        err.println("policybrief: input/output error: " + describe(e));
        if (verbose) {
          e.printStackTrace(err);
        }
        return ExitCodes.IO;
      }
      err.println("policybrief: internal error: " + describe(e)
          + (verbose ? "" : " (run with --verbose for details)"));
      if (verbose) {
        e.printStackTrace(err);
      }
      return ExitCodes.INTERNAL;
    });
    int code;
    try {
      code = commandLine.execute(args);
    } catch (Error e) {
      // picocli passes errors through; linking a lambda wraps the heap running out in an
      // InternalError, which is why the whole chain is looked at
      if (!outOfMemory(e)) {
        throw e;
      }
      code = outOfMemory(err);
    }
    out.flush();
    err.flush();
    return code;
  }

  /**
   * The command line with just the subcommand the arguments start with: picocli building the
   * model of all seven was 0.16 s of a cold start. Help, a mistyped command (picocli suggests the
   * closest) and no command at all get every subcommand.
   */
  private static CommandLine commandLine(String[] args) {
    CommandLine commandLine = new CommandLine(new Main());
    Class<?> asked = args.length > 0 ? SUBCOMMANDS.get(args[0]) : null;
    if (asked != null && asked != CommandLine.HelpCommand.class) {
      commandLine.addSubcommand(args[0], asked);
    } else {
      SUBCOMMANDS.values().forEach(commandLine::addSubcommand);
    }
    return commandLine;
  }

  private static Map<String, Class<?>> subcommands(Class<?>... commands) {
    Map<String, Class<?>> byName = new LinkedHashMap<>();
    for (Class<?> command : commands) {
      byName.put(command.getAnnotation(Command.class).name(), command);
    }
    return byName;
  }

  /**
   * PDFBox, openhtmltopdf and POI (through log4j-to-jul) log through java.util.logging; what
   * matters to a user reaches them as diagnostics, so their chatter is shown only with --verbose.
   * Even at SEVERE: POI logs the XML error of a hostile workbook that the reader then reports.
   */
  private static void quietLibraryLogs(boolean verbose) {
    java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
    java.util.logging.Level level = verbose ? java.util.logging.Level.INFO : java.util.logging.Level.OFF;
    root.setLevel(level);
    for (java.util.logging.Handler handler : root.getHandlers()) {
      handler.setLevel(level);
    }
    com.openhtmltopdf.util.XRLog.setLoggingEnabled(verbose);
  }

  /**
   * The advice for a heap of {@code maxHeap} bytes that ran out: twice as much, in whole
   * gigabytes and at least 2 GB (a run with 2.7 GB was told to try 2 GB).
   */
  static String outOfMemoryAdvice(long maxHeap) {
    long megabytes = maxHeap / (1024 * 1024);
    String more = "-Xmx" + Math.max(2, (2 * megabytes + 1023) / 1024) + "g";
    return "policybrief: out of memory: the command needs more than the " + megabytes + " MB of"
        + " heap this Java allows; nothing was written. Give it more, e.g. JAVA_OPTS=" + more
        + " bin/policybrief …, or java " + more + " -jar target/policybrief.jar …, or select less"
        + " data.";
  }

  /** Nothing was published (writes are atomic); the user can give the JVM more memory. */
  private static int outOfMemory(PrintWriter err) {
    try {
      err.println(OUT_OF_MEMORY);
      err.flush();
    } catch (OutOfMemoryError stillFull) {
      // Threads still running hold the heap: encoding the text failed. Writing bytes made at
      // start-up allocates nothing.
      System.err.write(OUT_OF_MEMORY_LINE, 0, OUT_OF_MEMORY_LINE.length);
      System.err.flush();
    }
    return ExitCodes.INTERNAL;
  }

  private static boolean outOfMemory(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError) {
        return true;
      }
    }
    return false;
  }

  /** What {@code file} is when it is a symbolic link to nothing ("is a symbolic link to …"). */
  private static Optional<String> brokenLink(String file) {
    try {
      return file == null ? Optional.empty() : DatasetSource.brokenLink(Path.of(file));
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  private static String describe(Throwable e) {
    Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    if (cause instanceof EditionPublisher.NotPublished notPublished) {
      return describe(notPublished.getCause()) + "; " + notPublished.outcome();
    }
    String message = cause.getMessage();
    String kind = cause.getClass().getSimpleName();
    if (cause instanceof java.nio.file.AccessDeniedException) {
      return "permission denied: " + message;
    }
    if (cause instanceof java.nio.file.FileAlreadyExistsException exists) {
      // --out naming a symbolic link to nothing was said to "exist"
      return message + ": " + brokenLink(exists.getFile()).orElse("exists and is not a folder");
    }
    if (cause instanceof java.nio.file.NoSuchFileException) {
      return "no such file or folder: " + message;
    }
    if (cause instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
      return fse.getFile() + ": " + fse.getReason();
    }
    return message == null ? kind : message;
  }
}

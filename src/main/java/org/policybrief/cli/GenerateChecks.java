package org.policybrief.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.policybrief.config.BriefingSettings;
import org.policybrief.diag.Diagnostic;
import org.policybrief.diag.Diagnostics;
import org.policybrief.diag.Location;
import org.policybrief.model.BriefingSpec;
import org.policybrief.model.IsoDate;

/**
 * The mistakes of a {@code generate} command line that keep the run from starting (a value no
 * briefing can have, a config file, data, template or font folder that is not there), each
 * reported where it was given, so that one run names them all, where the first one ended the run.
 */
final class GenerateChecks {

  /** The codes of the problems that make the exit code 74 (input/output). */
  static final String NOT_FOUND = "input.not-found";
  static final String NOT_A_FOLDER = "input.not-a-folder";
  static final String NOT_A_FILE = "input.not-a-file";

  /** The codes of the usage errors (exit 2), as those of a config file's lines. */
  static final String BAD_VALUE = "option.bad-value";
  static final String CONFLICT = "option.conflict";

  private GenerateChecks() {}

  /**
   * The date {@code text} of {@code option} gives (null when not given), or null and a usage
   * error when it is no date of the calendar in the form YYYY-MM-DD.
   */
  static LocalDate date(String option, String text, Diagnostics diagnostics) {
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text, IsoDate.FORMAT);
    } catch (DateTimeParseException e) {
      diagnostics.error(Location.NONE, BAD_VALUE, "bad date in " + option + " (" + IsoDate.whyNot(text) + ")");
      return null;
    }
  }

  /** Reports the settings that make no briefing: a language, text or output folder. */
  static void values(BriefingSettings settings, Diagnostics diagnostics) {
    if (settings.lang() != null && !BriefingSpec.LANGUAGES.contains(settings.lang())) {
      diagnostics.error(Location.NONE, BAD_VALUE, "unknown language \"" + settings.lang() + "\" (expected one of "
          + String.join(", ", BriefingSpec.LANGUAGES) + ")");
    }
    text("title", settings.title(), diagnostics);
    text("subtitle", settings.subtitle(), diagnostics);
    text("organisation", settings.organisation(), diagnostics);
    if (settings.out() != null && settings.out().toString().isEmpty()) {
      diagnostics.error(Location.NONE, BAD_VALUE, "--out is empty: name a folder (. for this one)");
    }
  }

  static void pdfKinds(boolean pdfa, boolean pdfua, Diagnostics diagnostics) {
    if (pdfa && pdfua) {
      diagnostics.error(Location.NONE, CONFLICT, "--pdfa and --pdfua are two different kinds of PDF: choose one");
    }
  }

  private static void text(String what, String text, Diagnostics diagnostics) {
    String problem = BriefingSpec.titleProblem(text);
    if (problem != null) {
      diagnostics.error(Location.NONE, BAD_VALUE, "the " + what + " " + problem);
    }
  }

  /** Whether {@code config} is a file to read; a folder or a pipe was "not found", though the user could see it. */
  static boolean configFile(Path config, Diagnostics diagnostics) {
    if (Files.isRegularFile(config)) {
      return true;
    }
    if (!Files.exists(config)) {
      diagnostics.error(Location.NONE, NOT_FOUND, "config file not found: " + config);
    } else {
      diagnostics.error(Location.NONE, NOT_A_FILE, "config file " + config + " is "
          + (Files.isDirectory(config) ? "a folder" : "a pipe or device") + ", not a file: give the path of a briefing.yaml");
    }
    return false;
  }

  /** Reports a {@code what} ("template", "font") folder given at {@code at} that is not a folder. */
  static void folder(Path folder, String what, Location at, Diagnostics diagnostics) {
    if (folder != null && folder.toString().isEmpty()) {
      // --fonts "$FONTS" with FONTS unset read this folder's fonts, and an empty --templates
      // ended the run as an input/output error " does not exist"
      diagnostics.error(at, BAD_VALUE, "--" + what + "s is empty: name a folder (. for this one)");
      return;
    }
    if (folder == null || Files.isDirectory(folder)) {
      return;
    }
    if (Files.exists(folder)) {
      diagnostics.error(at, NOT_A_FOLDER, what + " folder " + folder + " is a file, not a folder");
    } else {
      diagnostics.error(at, NOT_FOUND, what + " folder not found: " + folder);
    }
  }

  /** Reports data given at {@code at} that names a folder that is not there, or no PostgreSQL database. */
  static void data(String data, Location at, Diagnostics diagnostics) {
    if (data != null && data.isEmpty()) {
      diagnostics.error(at, BAD_VALUE, DataOptions.EMPTY);
    } else if (data != null && data.startsWith("jdbc:")) {
      DataOptions.jdbcProblem(at.equals(Location.NONE) ? "--data" : "data", data)
          .ifPresent(problem -> diagnostics.error(at, BAD_VALUE, problem));
    } else if (DataOptions.missing(data)) {
      diagnostics.error(at, NOT_FOUND, DataOptions.notFound(data));
    }
  }

  /** The exit code of a command line with these errors: a usage error's when there is one. */
  static int exitCode(List<Diagnostic> errors) {
    return errors.stream().allMatch(e -> e.code().startsWith("input.")) ? ExitCodes.IO : ExitCodes.USAGE;
  }
}

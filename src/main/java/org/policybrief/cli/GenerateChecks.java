package org.policybrief.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.policybrief.diag.Diagnostic;
import org.policybrief.diag.Diagnostics;
import org.policybrief.diag.Location;

/**
 * The mistakes of a {@code generate} command line that keep the run from starting (a config
 * file, data, template or font folder that is not there), each reported where it was given, so
 * that one run names them all, where the first one ended the run.
 */
final class GenerateChecks {

  /** The codes of the problems that make the exit code 74 (input/output). */
  static final String NOT_FOUND = "input.not-found";
  static final String NOT_A_FOLDER = "input.not-a-folder";
  static final String NOT_A_FILE = "input.not-a-file";

  private GenerateChecks() {}

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
    if (folder == null || Files.isDirectory(folder)) {
      return;
    }
    if (Files.exists(folder)) {
      diagnostics.error(at, NOT_A_FOLDER, what + " folder " + folder + " is a file, not a folder");
    } else {
      diagnostics.error(at, NOT_FOUND, what + " folder not found: " + folder);
    }
  }

  /** Reports data given at {@code at} that names a folder that is not there. */
  static void data(String data, Location at, Diagnostics diagnostics) {
    if (DataOptions.missing(data)) {
      diagnostics.error(at, NOT_FOUND, "data folder not found: " + data);
    }
  }

  /** The exit code of a command line with these errors. */
  static int exitCode(List<Diagnostic> errors) {
    return errors.stream().anyMatch(e -> e.code().startsWith("input.")) ? ExitCodes.IO : ExitCodes.USAGE;
  }
}

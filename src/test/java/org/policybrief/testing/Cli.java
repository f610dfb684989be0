package org.policybrief.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.policybrief.cli.Main;

/** Runs the command line in-process, capturing what it prints. */
public final class Cli {

  /** Exit code and the text printed on stdout and stderr. */
  public record Result(int exitCode, String out, String err) {}

  private Cli() {}

  public static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
  }
}

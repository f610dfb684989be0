package org.policybrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** How {@link Main} turns what escapes a command into a message and an exit code. */
class MainTest {

  /** Linking a lambda when the heap is full throws an InternalError that wraps the real error. */
  @Command(name = "fill")
  static final class LinksALambdaOnAFullHeap implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new InternalError(new OutOfMemoryError("Java heap space"));
    }
  }

  @Command(name = "fill")
  static final class RunsOutOfHeap implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new OutOfMemoryError("Java heap space");
    }
  }

  @Test
  void anOutOfMemoryErrorWrappedInAnInternalErrorGetsTheAdvice() {
    assertAdvice(new LinksALambdaOnAFullHeap());
  }

  @Test
  void anOutOfMemoryErrorGetsTheAdvice() {
    assertAdvice(new RunsOutOfHeap());
  }

  @Test
  void theAdviceAsksForMoreThanTheHeapThatRanOut() {
    long megabyte = 1024 * 1024;

    assertThat(Main.outOfMemoryAdvice(576 * megabyte)).contains("576 MB").contains("JAVA_OPTS=-Xmx2g ");
    assertThat(Main.outOfMemoryAdvice(2732 * megabyte)).contains("2732 MB").contains("JAVA_OPTS=-Xmx6g ")
        .contains("java -Xmx6g -jar");
  }

  private static void assertAdvice(Callable<Integer> command) {
    StringWriter err = new StringWriter();
    int code = Main.execute(new CommandLine(command), new String[0],
        new PrintWriter(new StringWriter()), new PrintWriter(err));

    assertThat(code).isEqualTo(ExitCodes.INTERNAL);
    assertThat(err.toString()).contains("out of memory").contains("-Xmx").doesNotContain("\tat ");
  }
}

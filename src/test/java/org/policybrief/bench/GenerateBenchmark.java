package org.policybrief.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.policybrief.data.DatasetSource;
import org.policybrief.diag.Diagnostics;
import org.policybrief.model.BriefingSpec;
import org.policybrief.pipeline.BriefingPipeline;
import org.policybrief.render.fonts.JdkFonts;

/**
 * In-process generation of a whole briefing (read, validate, analyse, render), warm: fonts and
 * templates already loaded. Run with bench/jmh.sh, which makes the datasets.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class GenerateBenchmark {

  @Param({"small", "medium"})
  String size;

  private BriefingPipeline pipeline;
  private DatasetSource source;
  private final BriefingSpec spec =
      new BriefingSpec(LocalDate.of(2026, 11, 30), BriefingSpec.SIMPLIFIED_CHINESE, "");

  @Setup
  public void setUp() {
    JdkFonts.configure(); // as the program's main does, before any chart is drawn
    Path root = Path.of(System.getProperty("bench.data", "/tmp/policybrief-bench"));
    source = DatasetSource.folder(root.resolve(size));
    pipeline = new BriefingPipeline();
  }

  @Benchmark
  public byte[] generate() throws IOException {
    return pipeline.render(source, spec, new Diagnostics()).orElseThrow();
  }
}

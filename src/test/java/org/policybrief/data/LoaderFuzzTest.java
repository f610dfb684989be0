package org.policybrief.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.policybrief.diag.Diagnostic;
import org.policybrief.diag.Diagnostics;
import org.policybrief.model.Dataset;
import org.policybrief.testing.Fixtures;

/**
 * Random damage to a valid dataset: the loader gives a dataset or located errors, never an
 * exception. A few hundred tries keep the build quick; jqwik shrinks a failure to a small case.
 */
class LoaderFuzzTest {

  private static final List<String> FILES =
      List.of("documents.csv", "measures.csv", "categories.csv", "countries.csv");

  /** One change to one file: what to do, where (taken modulo the file's length) and with which byte. */
  record Mutation(String file, Kind kind, int position, byte value) {}

  enum Kind { DELETE_BYTE, INSERT_BYTE, REPLACE_BYTE, DUPLICATE_LINE, DELETE_LINE, TRUNCATE }

  @Provide
  Arbitrary<List<Mutation>> mutations() {
    Arbitrary<Byte> bytes = Arbitraries.oneOf(
        Arbitraries.of((byte) ',', (byte) '"', (byte) '\n', (byte) '\r', (byte) 0, (byte) '-',
            (byte) 0xE4, (byte) 0xFF, (byte) ' '),
        Arbitraries.bytes());
    Arbitrary<Mutation> one = Combinators.combine(Arbitraries.of(FILES), Arbitraries.of(Kind.class),
        Arbitraries.integers().between(0, 10_000), bytes).as(Mutation::new);
    return one.list().ofMinSize(1).ofMaxSize(4);
  }

  @Property(tries = 300)
  void damagedDataGivesADatasetOrLocatedErrors(@ForAll("mutations") List<Mutation> mutations)
      throws IOException {
    Path folder = Files.createTempDirectory("policybrief-fuzz");
    try {
      Fixtures.copy(Fixtures.MINIMAL, folder);
      for (Mutation m : mutations) {
        Path file = folder.resolve(m.file());
        Files.write(file, apply(Files.readAllBytes(file), m));
      }
      Diagnostics diagnostics = new Diagnostics();
      Optional<Dataset> dataset = new CsvDatasetReader(DatasetSource.folder(folder)).read(diagnostics);

      assertThat(dataset.isPresent()).as("a dataset exactly when there is no error")
          .isEqualTo(!diagnostics.hasErrors());
      for (Diagnostic error : diagnostics.errors()) {
        assertThat(error.at().file()).as(error.format()).isNotNull();
        assertThat(error.at().line()).as(error.format()).isGreaterThanOrEqualTo(1);
        assertThat(error.at().column()).as(error.format()).isGreaterThanOrEqualTo(1);
      }
    } finally {
      try (var files = Files.walk(folder)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(LoaderFuzzTest::delete);
      }
    }
  }

  static byte[] apply(byte[] data, Mutation m) {
    int at = data.length == 0 ? 0 : m.position() % data.length;
    ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + 64);
    switch (m.kind()) {
      case DELETE_BYTE -> { out.write(data, 0, at); out.write(data, Math.min(at + 1, data.length), data.length - Math.min(at + 1, data.length)); }
      case INSERT_BYTE -> { out.write(data, 0, at); out.write(m.value()); out.write(data, at, data.length - at); }
      case REPLACE_BYTE -> { out.write(data, 0, data.length); if (data.length > 0) { byte[] b = out.toByteArray(); b[at] = m.value(); return b; } }
      case TRUNCATE -> out.write(data, 0, at);
      case DUPLICATE_LINE, DELETE_LINE -> {
        int start = lastIndexOf(data, at) + 1;
        int end = indexOf(data, at);
        out.write(data, 0, end);
        if (m.kind() == Kind.DUPLICATE_LINE) {
          out.write('\n');
          out.write(data, start, end - start);
          out.write(data, end, data.length - end);
        } else {
          out.reset();
          out.write(data, 0, start);
          int next = Math.min(end + 1, data.length);
          out.write(data, next, data.length - next);
        }
      }
      default -> throw new IllegalStateException();
    }
    return out.toByteArray();
  }

  private static int lastIndexOf(byte[] data, int before) {
    for (int i = Math.min(before, data.length) - 1; i >= 0; i--) {
      if (data[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private static int indexOf(byte[] data, int from) {
    for (int i = from; i < data.length; i++) {
      if (data[i] == '\n') {
        return i;
      }
    }
    return data.length;
  }

  private static void delete(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

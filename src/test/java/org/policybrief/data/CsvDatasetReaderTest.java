package org.policybrief.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybrief.diag.Diagnostic;
import org.policybrief.diag.Diagnostics;

/** CSV diagnostics keep their form now that validation works on source-neutral rows. */
class CsvDatasetReaderTest {

  @TempDir Path temp;

  @Test
  void reportsEveryBadCellWithFileLineAndColumn() throws Exception {
    Path folder = new BrokenCases.Case("bad-country", "documents", "CN-GAIGAP,CN,",
        "CN-GAIGAP,China,").write(temp);
    Diagnostics diagnostics = new Diagnostics();

    assertThat(new CsvDatasetReader(DatasetSource.folder(folder)).read(diagnostics)).isEmpty();

    assertThat(diagnostics.sorted()).extracting(Diagnostic::format).containsExactly(
        folder.resolve("documents.csv") + ":2:11: error[document.bad-country]: bad country code"
            + " \"China\" (expected an ISO 3166-1 alpha-2 code in capitals such as CN or US,"
            + " or EU or UN)");
  }

  @Test
  void unknownReferenceNamesTheOtherFile() throws Exception {
    Path folder = BrokenCases.all().get(1).write(temp);
    Diagnostics diagnostics = new Diagnostics();

    new CsvDatasetReader(DatasetSource.folder(folder)).read(diagnostics);

    assertThat(diagnostics.sorted()).extracting(Diagnostic::format).containsExactly(
        folder.resolve("measures.csv") + ":2:24: error[measure.unknown-category]: unknown"
            + " category \"nope\": no row of categories.csv has this id");
  }
}

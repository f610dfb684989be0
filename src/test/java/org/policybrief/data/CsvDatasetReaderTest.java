package org.policybrief.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybrief.diag.Diagnostic;
import org.policybrief.diag.Diagnostics;
import org.policybrief.diag.Location;
import org.policybrief.model.Measure;
import org.policybrief.testing.Fixtures;

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
  void aFileThisUserMayNotReadIsNamedWithTheOtherFilesProblems() throws Exception {
    // chmod 000 on measures.csv ended the run as "input/output error: permission denied" alone,
    // so the bad colour of categories.csv was not shown (QA pass 4); a fault stands in for the
    // permission, which root, who runs the tests in some containers, is not stopped by
    Path folder = Fixtures.copy(Fixtures.MINIMAL, temp.resolve("data"));
    Fixtures.edit(folder.resolve("categories.csv"), "#117733", "#1177");
    DatasetSource source = DatasetSource.folder(folder, file -> {
      if (file.getFileName().toString().equals("measures.csv")) {
        throw new AccessDeniedException(file.toString());
      }
      return Files.readAllBytes(file);
    });
    Diagnostics diagnostics = new Diagnostics();

    assertThat(new CsvDatasetReader(source).read(diagnostics)).isEmpty();

    assertThat(diagnostics.sorted()).extracting(Diagnostic::format).containsExactly(
        folder.resolve("categories.csv") + ":2:18: error[category.bad-color]: bad colour \"#1177\""
            + " (expected #RRGGBB)",
        folder.resolve("measures.csv") + ":1:1: error[file.unreadable]: cannot be read: permission"
            + " denied (its permissions do not let this user read it)");
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

  @Test
  void aFieldLongerThanAnyBriefingPrintsIsAnErrorAtItsCellAndTheOtherChecksGoOn() throws Exception {
    // a pasted file of 17 million characters kept generate busy for more than ten minutes
    String pasted = "长".repeat(OverlongCells.MAX_LENGTH + 1);
    Path folder = new BrokenCases.Case("overlong", "measures", "CN-GAIGAP-01,CN-GAIGAP,intl-coop,共同把握人工智能机遇,",
        "CN-GAIGAP-01,CN-GAIGAP,intl-coop,\"" + pasted + "\",").write(temp);
    Fixtures.edit(folder.resolve("documents.csv"), "CN-GAIGAP,CN,", "CN-GAIGAP,China,");
    Diagnostics diagnostics = new Diagnostics();

    assertThat(new CsvDatasetReader(DatasetSource.folder(folder)).read(diagnostics)).isEmpty();

    assertThat(diagnostics.sorted()).extracting(Diagnostic::format).containsExactly(
        folder.resolve("documents.csv") + ":2:11: error[document.bad-country]: bad country code"
            + " \"China\" (expected an ISO 3166-1 alpha-2 code in capitals such as CN or US,"
            + " or EU or UN)",
        folder.resolve("measures.csv") + ":2:34: error[field.too-long]: column title_zh holds"
            + " 1,000,001 characters: a field holds at most 1,000,000");
  }

  @Test
  void keepsWhereEachCellStarts() throws Exception {
    Path measures = Fixtures.MINIMAL.resolve("measures.csv");
    Measure m1 = new CsvDatasetReader(DatasetSource.folder(Fixtures.MINIMAL))
        .read(new Diagnostics()).orElseThrow().measures().get(0);

    // M1,D1,energy,扩大可再生能源,Expand renewables,…
    assertThat(m1.at("title_zh")).isEqualTo(new Location(measures.toString(), 2, 14));
    assertThat(m1.at("title_en")).isEqualTo(new Location(measures.toString(), 2, 22));
    assertThat(m1.at("tags").column()).isEqualTo(m1.at("summary_en").column() + 27);
    assertThat(m1.at("date").column()).isGreaterThan(m1.at("tags").column());
    assertThat(m1.at("no-such-column")).as("the row's start").isEqualTo(m1.at());
  }
}

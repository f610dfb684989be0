package org.policybrief.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policybrief.data.sql.JdbcDatasetReader;
import org.policybrief.data.sql.TestDatabase;
import org.policybrief.data.xlsx.CsvToWorkbook;
import org.policybrief.data.xlsx.XlsxDatasetReader;
import org.policybrief.diag.Diagnostic;
import org.policybrief.diag.Diagnostics;

/**
 * Each broken CSV case, rebuilt as a workbook and as database rows, gives the same diagnostics
 * (same codes, same rows) located in each source's own form.
 */
class DiagnosticsAcrossSourcesTest {

  private static final String TABLE = "(documents|measures|categories|countries)";

  @TempDir Path temp;

  static List<BrokenCases.Case> cases() {
    return BrokenCases.all();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void workbookGivesTheCsvDiagnosticsAtTheSameRows(BrokenCases.Case broken) throws Exception {
    Path folder = broken.write(temp);
    List<Diagnostic> csv = read(new CsvDatasetReader(DatasetSource.folder(folder)));
    Path book = CsvToWorkbook.convert(folder, temp.resolve("book.xlsx"));
    List<Diagnostic> xlsx = read(new XlsxDatasetReader(book));

    assertThat(csv).extracting(Diagnostic::isError).contains(true);
    assertThat(codes(xlsx)).isEqualTo(codes(csv));
    assertThat(xlsx).extracting(d -> d.at().line())
        .isEqualTo(csv.stream().map(d -> d.at().line()).toList());
    assertThat(xlsx).extracting(d -> d.at().toString()).allMatch(at -> at.matches(
        java.util.regex.Pattern.quote(book.toString()) + "\\[" + TABLE + "\\]:\\d+:[A-Z]+"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void databaseRowsGiveTheCsvDiagnostics(BrokenCases.Case broken) throws Exception {
    String url = TestDatabase.url();
    Path folder = broken.write(temp);
    List<Diagnostic> csv = read(new CsvDatasetReader(DatasetSource.folder(folder)));
    String schema = TestDatabase.loadCsvAsText(folder, "broken_" + broken.name());
    List<Diagnostic> sql = read(new JdbcDatasetReader(url, Map.of(), schema));

    assertThat(codes(sql)).containsExactlyInAnyOrderElementsOf(codes(csv));
    assertThat(sql).extracting(d -> d.at().toString()).allMatch(at -> at.matches(
        schema + "\\." + TABLE + "(\\[(id|code)=[^\\]]*\\]:\\d+:[a-z_]+)?"), "located by row id");
  }

  private static List<Diagnostic> read(DatasetReader reader) throws Exception {
    Diagnostics diagnostics = new Diagnostics();
    assertThat(reader.read(diagnostics)).isEmpty();
    return diagnostics.sorted();
  }

  /** The codes in order, the source prefix of header codes (csv., xlsx., sql.) made neutral. */
  private static List<String> codes(List<Diagnostic> diagnostics) {
    return diagnostics.stream()
        .map(d -> d.code().replaceFirst("^(csv|xlsx|sql)\\.", "source."))
        .toList();
  }
}

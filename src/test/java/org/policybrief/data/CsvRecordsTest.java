package org.policybrief.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.policybrief.diag.Diagnostic;
import org.policybrief.diag.Diagnostics;

/** The record splitter: RFC 4180 values, where each field starts, and going on after an error. */
class CsvRecordsTest {

  private final Diagnostics diagnostics = new Diagnostics();

  private List<CsvRecords.Record> split(String text) {
    CsvRecords records = new CsvRecords(text, new TextPositions("t.csv", text), diagnostics);
    List<CsvRecords.Record> all = new ArrayList<>();
    for (Optional<CsvRecords.Record> r = records.next(); r.isPresent(); r = records.next()) {
      all.add(r.get());
    }
    return all;
  }

  @Test
  void readsQuotesDoubledQuotesLineBreaksInQuotesAndEmptyFields() {
    List<CsvRecords.Record> records = split("a,\"b \"\"c\"\"\",\"x\r\n\r\ny\"  ,\r\n\r\n,\rlast");

    assertThat(records).extracting(CsvRecords.Record::values).containsExactly(
        List.of("a", "b \"c\"", "x\r\n\r\ny", ""), List.of("", ""), List.of("last"));
    assertThat(records.get(0).fieldStarts()).containsExactly(0, 2, 12, 23);
    assertThat(records.get(1).start()).isEqualTo(27);
    assertThat(records.get(2).start()).isEqualTo(29);
    assertThat(diagnostics.sorted()).isEmpty();
  }

  @Test
  void aQuoteInsideAPlainFieldIsText() {
    assertThat(split("a\"b,c\n")).extracting(CsvRecords.Record::values)
        .containsExactly(List.of("a\"b", "c"));
  }

  @Test
  void goesOnAtTheNextLineAfterEverySyntaxError() {
    List<CsvRecords.Record> records = split("h\n\"a\"b,c\nok1\n\"x\r\ny\"z\rok3\n\"open\nok4\n");

    assertThat(records).extracting(r -> r.values().get(0)).containsExactly("h", "ok1", "ok3", "ok4");
    assertThat(diagnostics.sorted()).extracting(Diagnostic::format).containsExactly(
        "t.csv:2:1: error[csv.syntax]: text after the closing quote of a field"
            + " (a quote inside a quoted field is written as two quotes \"\")",
        "t.csv:4:1: error[csv.syntax]: text after the closing quote of a field: the quote opened"
            + " here closes at line 5, column 2 (a quote inside a quoted field is written as two"
            + " quotes \"\")",
        "t.csv:7:1: error[csv.syntax]: unterminated quoted field: the quote opened here is never"
            + " closed");
  }
}

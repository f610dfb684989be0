package org.policybrief.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.policybrief.diag.Diagnostic;
import org.policybrief.diag.Diagnostics;

/** Records read by Commons CSV: values, where each field starts, and going on after an error. */
class CsvRecordReaderTest {

  private static final String HINT = " (a quote inside a quoted field is written as two quotes \"\")";

  private final Diagnostics diagnostics = new Diagnostics();

  private List<CsvRecordReader.Record> read(String text) {
    CsvRecordReader records =
        new CsvRecordReader(text, new TextPositions("t.csv", text), diagnostics);
    List<CsvRecordReader.Record> all = new ArrayList<>();
    for (Optional<CsvRecordReader.Record> r = records.next(); r.isPresent(); r = records.next()) {
      all.add(r.get());
    }
    return all;
  }

  private List<String> errors() {
    return diagnostics.sorted().stream().map(Diagnostic::format).toList();
  }

  @Test
  void readsQuotesDoubledQuotesLineBreaksInQuotesAndEmptyFields() {
    List<CsvRecordReader.Record> records = read("a,\"b \"\"c\"\"\",\"x\r\n\r\ny\"  ,\r\n\r\n,\rlast");

    assertThat(records).extracting(r -> r.values().toList()).containsExactly(
        List.of("a", "b \"c\"", "x\r\n\r\ny", ""), List.of("", ""), List.of("last"));
    assertThat(records.get(0).fieldStarts()).containsExactly(0, 2, 12, 23);
    assertThat(records.get(1).start()).isEqualTo(27);
    assertThat(records.get(1).fieldStarts()).containsExactly(27, 28);
    assertThat(records.get(2).start()).isEqualTo(29);
    assertThat(errors()).isEmpty();
  }

  @Test
  void aQuoteInsideAPlainFieldIsText() {
    assertThat(read("a\"b,c\n")).extracting(r -> r.values().toList())
        .containsExactly(List.of("a\"b", "c"));
  }

  @Test
  void goesOnAtTheNextLineAfterEverySyntaxError() {
    List<CsvRecordReader.Record> records =
        read("h\n\"a\"b,c\nok1\n\"x\r\ny\"z\rok3\n\"open\nok4\n");

    assertThat(records).extracting(r -> r.get(0)).containsExactly("h", "ok1", "ok3", "ok4");
    assertThat(errors()).containsExactly(
        "t.csv:2:1: error[csv.syntax]: text after the closing quote of a field" + HINT,
        "t.csv:4:1: error[csv.syntax]: text after the closing quote of a field: the quote opened"
            + " here closes at line 5, column 2" + HINT,
        "t.csv:7:1: error[csv.syntax]: unterminated quoted field: the quote opened here is never"
            + " closed");
  }

  @Test
  void recordsReadAfterAnErrorKeepTheirOffsetsInTheWholeText() {
    String text = "h,i\n\n x,\"a\"b\n\n\r\nd,\"e\nf\"\r\ng,h";
    List<CsvRecordReader.Record> records = read(text);

    assertThat(records).extracting(r -> r.values().toList())
        .containsExactly(List.of("h", "i"), List.of("d", "e\nf"), List.of("g", "h"));
    assertThat(records.get(1).start()).isEqualTo(text.indexOf('d'));
    assertThat(records.get(1).fieldStarts()).containsExactly(text.indexOf('d'), text.indexOf("\"e"));
    assertThat(records.get(2).fieldStarts()).containsExactly(text.indexOf('g'), text.length() - 1);
    assertThat(errors()).containsExactly(
        "t.csv:3:4: error[csv.syntax]: text after the closing quote of a field" + HINT);
  }

  @Test
  void aBrokenFirstRecordIsCountedAndTheNextLineRead() {
    CsvRecordReader records =
        new CsvRecordReader("\n\"a\"x,b\nc,d", new TextPositions("t.csv", "\n\"a\"x,b\nc,d"),
            diagnostics);

    assertThat(records.next()).map(r -> r.values().toList()).contains(List.of("c", "d"));
    assertThat(records.brokenRecords()).isEqualTo(1);
    assertThat(errors()).containsExactly(
        "t.csv:2:1: error[csv.syntax]: text after the closing quote of a field" + HINT);
  }

  @Test
  void anErrorOnTheLastLineEndsTheText() {
    assertThat(read("a\nb,\"c\"d")).extracting(r -> r.get(0)).containsExactly("a");
    assertThat(read("a\nb,\"c")).extracting(r -> r.get(0)).containsExactly("a");
    assertThat(errors()).hasSize(2);
  }
}

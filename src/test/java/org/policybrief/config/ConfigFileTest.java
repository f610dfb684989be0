package org.policybrief.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybrief.diag.Diagnostic;
import org.policybrief.diag.Diagnostics;
import org.policybrief.model.BriefingSpec.PageSize;

class ConfigFileTest {

  @TempDir Path folder;

  private Path write(String yaml) throws Exception {
    return Files.writeString(folder.resolve("briefing.yaml"), yaml);
  }

  @Test
  void readsEverySetting() throws Exception {
    Path file = write("""
        title: 标题
        lang: en
        countries: [CN, US]
        categories: infra, safety
        from: 2025-01-01
        pageSize: letter
        organisation: Example Institute
        data: sample
        """);
    BriefingSettings s = ConfigFile.read(file, new Diagnostics()).orElseThrow();
    assertThat(s.title()).isEqualTo("标题");
    assertThat(s.lang()).isEqualTo("en");
    assertThat(s.countries()).containsExactly("CN", "US");
    assertThat(s.categories()).containsExactly("infra", "safety");
    assertThat(s.from()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(s.pageSize()).isEqualTo(PageSize.LETTER);
    assertThat(s.organisation()).isEqualTo("Example Institute");
    assertThat(s.data()).isEqualTo(folder.toAbsolutePath().resolve("sample").toString());
  }

  @Test
  void reportsEveryBadLineWithItsNumber() throws Exception {
    Path file = write("""
        title: ok
        colour: red
        lang: fr
        pageSize: A5
        to: 2025-13-01
        title: again
        subtitle: ~
        organisation: null
        """);
    Diagnostics diagnostics = new Diagnostics();
    assertThat(ConfigFile.read(file, diagnostics)).isEmpty();
    // a YAML null is no text: it used to become the subtitle "~"
    assertThat(diagnostics.sorted()).extracting(d -> d.at().line() + ":" + d.code()).containsExactly(
        "2:config.unknown-key", "3:config.bad-value", "4:config.bad-value", "5:config.bad-value",
        "6:config.duplicate-key", "7:config.bad-value", "8:config.bad-value");
    assertThat(diagnostics.sorted().get(0).format()).startsWith(file + ":2:1: error[config.unknown-key]");
  }

  @Test
  void reportsBrokenYamlWithItsLine() throws Exception {
    Diagnostics diagnostics = new Diagnostics();
    assertThat(ConfigFile.read(write("title: ok\ncountries: [CN\n"), diagnostics)).isEmpty();
    assertThat(diagnostics.errors()).extracting(Diagnostic::code).containsExactly("config.syntax");
  }

  @Test
  void saysWhereAnUnclosedQuoteBegan() throws Exception {
    Path file = write("subtitle: ok\ntitle: \"abc\nlang: en\n");
    Diagnostics diagnostics = new Diagnostics();
    assertThat(ConfigFile.read(file, diagnostics)).isEmpty();
    // found at the end of the file, with nothing to say where the quote was
    assertThat(diagnostics.errors()).extracting(Diagnostic::format).containsExactly(file
        + ":4:1: error[config.syntax]: not valid YAML: found unexpected end of stream (while scanning"
        + " a quoted scalar that began at line 2, column 8)");
  }

  @Test
  void reportsAnAliasBombInsteadOfExpandingIt() throws Exception {
    StringBuilder yaml = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (char c = 'b'; c <= 'h'; c++) {
      yaml.append(c).append(": &").append(c).append(" [").append(("*" + (char) (c - 1) + ", ").repeat(8))
          .append('*').append((char) (c - 1)).append("]\n");
    }
    Path file = write(yaml + "title: *h\n");
    Diagnostics diagnostics = new Diagnostics();
    assertThat(ConfigFile.read(file, diagnostics)).isEmpty();
    assertThat(diagnostics.errors()).extracting(Diagnostic::format).containsExactly(file
        + ":1:1: error[config.too-many-aliases]: more than 50 aliases (*name) repeat a list or mapping,"
        + " which can grow into billions of values; write the values out instead");
  }

  @Test
  void reportsAFileTooLargeToBeAConfigWithoutReadingIt() throws Exception {
    Path file = write("title: " + "x".repeat(2_500_000) + "\n");
    Diagnostics diagnostics = new Diagnostics();
    assertThat(ConfigFile.read(file, diagnostics)).isEmpty();
    assertThat(diagnostics.errors()).extracting(Diagnostic::format).containsExactly(file
        + ":1:1: error[config.too-large]: the file is 2.5 MB; a config file is at most 1 MB (is it the file you meant?)");
  }

  @Test
  void reportsDeepNestingAndControlCharactersWithoutAnInternalError() throws Exception {
    Diagnostics diagnostics = new Diagnostics();
    assertThat(ConfigFile.read(write("title: " + "[".repeat(60) + "]".repeat(60) + "\n"), diagnostics)).isEmpty();
    assertThat(ConfigFile.read(write("title: ok\nsubtitle: 副\u0001题\n"), diagnostics)).isEmpty();
    assertThat(diagnostics.errors()).extracting(Diagnostic::format).containsExactly(
        folder.resolve("briefing.yaml") + ":1:1: error[config.too-deep]: lists and mappings are nested more than 50"
            + " deep; a config file needs only a few levels",
        folder.resolve("briefing.yaml") + ":2:12: error[config.syntax]: not valid YAML: control character U+0001"
            + " is not allowed; delete it");
  }

  @Test
  void reportsATitleTooLongOrUnprintableAtItsLine() throws Exception {
    // QA pass 3: said "policybrief: the organisation has 5000 characters…", naming no file or line
    Diagnostics diagnostics = new Diagnostics();
    Path file = write("title: \"x\\u202Ey\"\norganisation: " + "x".repeat(5000) + "\nsubtitle: \"a\\u001bb\"\n");
    assertThat(ConfigFile.read(file, diagnostics)).isEmpty();
    assertThat(diagnostics.errors()).extracting(Diagnostic::format).containsExactly(
        file + ":1:8: error[config.bad-value]: title has the bidi control U+202E: the program sets the"
            + " direction of text itself, and embeddings and overrides would print as marks and reorder"
            + " the text; remove it (an isolate U+2066–U+2069 or a mark U+200E/U+200F may be used where"
            + " one is needed)",
        file + ":2:15: error[config.bad-value]: organisation has 5000 characters; at most 200 fit the"
            + " cover and the running header and footer",
        file + ":3:11: error[config.bad-value]: subtitle has the control character U+001B, which cannot"
            + " be printed; remove it");
  }

  @Test
  void reportsBytesThatAreNotUtf8AtTheirLineAndColumn() throws Exception {
    Path file = Files.write(folder.resolve("briefing.yaml"),
        "data: sample\nout: out\ntitle: \u00ff\u00fe bad\n".getBytes(StandardCharsets.ISO_8859_1));
    Diagnostics diagnostics = new Diagnostics();
    assertThat(ConfigFile.read(file, diagnostics)).isEmpty();
    assertThat(diagnostics.errors()).extracting(Diagnostic::format).containsExactly(file
        + ":3:8: error[config.encoding]: not UTF-8: bytes 0xFF 0xFE (2 in a row) cannot be read as UTF-8"
        + " (is the file in GBK, Big5 or Latin-1?); save it as UTF-8");
  }

  @Test
  void commandLineOverridesTheFile() throws Exception {
    BriefingSettings file = ConfigFile.read(write("title: from file\nlang: zh-Hant\ncountries: CN\n"),
        new Diagnostics()).orElseThrow();
    BriefingSettings cli = new BriefingSettings("from command line", null, null, List.of("US"), null,
        null, null, null, null, null, null, null, null, null);
    BriefingSettings merged = file.overriddenBy(cli);
    assertThat(merged.title()).isEqualTo("from command line");
    assertThat(merged.lang()).isEqualTo("zh-Hant");
    assertThat(merged.countries()).containsExactly("US");
  }
}

package org.policybrief.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybrief.diag.Diagnostic;
import org.policybrief.diag.Diagnostics;
import org.policybrief.testing.Fixtures;

/** The weekly run checks the data's text in every language of its plan, not the first only. */
class WeeklyRunGlyphsTest {

  @TempDir Path work;

  @Test
  void eachLanguageIsCheckedAndAWarningOfBothIsGivenOnce() throws Exception {
    WeeklyRunTest.copyFixtureData(work.resolve("data"));
    // Tangut, which no font has: in title_zh, which only zh-Hans prints, and in the tags, which
    // both editions print
    Fixtures.edit(work.resolve("data/measures.csv"), "算力投资,Compute investment,",
        "算力投资\uD81C\uDC00,Compute investment,");
    Fixtures.edit(work.resolve("data/measures.csv"), "Invest in national compute.,,",
        "Invest in national compute.,t\uD81C\uDC01,");
    Path plan = Files.writeString(work.resolve("weekly.yaml"), """
        data: data
        briefings:
          - name: brief
            countries: [FR]
            language: [en, zh-Hans]
        """);
    Diagnostics diagnostics = new Diagnostics();

    assertThat(new WeeklyRun().run(new RunSpec(plan, work.resolve("output"),
        LocalDate.of(2026, 11, 30), 10, 2), RunListener.SILENT, diagnostics)).isPresent();

    assertThat(diagnostics.sorted()).filteredOn(d -> d.code().startsWith("glyph."))
        .extracting(Diagnostic::message).containsExactly(
            "no font has a glyph for \"\uD81C\uDC00\" (U+17000 TANGUT 17000) in measure FR-1-01,"
                + " title_zh; it prints as a placeholder",
            "no font has a glyph for \"\uD81C\uDC01\" (U+17001 TANGUT 17001) in measure FR-1-01,"
                + " tags; it prints as a placeholder");
  }
}

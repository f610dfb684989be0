package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybrief.TestData;
import org.policybrief.TestDatasets;
import org.policybrief.model.BriefingSpec;
import org.policybrief.model.Dataset;

/**
 * A word far longer than a line, and longer than the line breaker looks ahead (a pasted blob):
 * it is broken by character over as many lines as it needs and every character of it printed.
 * Before the breakers looked only a little ahead, such a word took time growing with the square
 * of its length (80,000 characters: 20 s, a megabyte: many minutes).
 */
class LongWordTest {

  @TempDir Path folder;

  @Test
  void aWordOfTwentyThousandCharactersIsPrintedWhole() throws Exception {
    String word = "ж".repeat(20_000);
    Files.writeString(folder.resolve("documents.csv"), "id,country,title_en,date\nD1,GB,A document,2025-06-01\n");
    Files.writeString(folder.resolve("measures.csv"),
        "id,document,category,title_en,summary_en\nM1,D1,a,A measure," + word + "\n");
    Files.writeString(folder.resolve("categories.csv"), "id,name_en\na,Water\n");
    Dataset dataset = TestDatasets.read(folder);

    String text = TestData.text(new BriefingRenderer().render(dataset, TestDatasets.analyze(dataset),
        new BriefingSpec(LocalDate.of(2026, 11, 30), "en", "")).pdf());
    assertThat(text.chars().filter(c -> c == 'ж').count()).isEqualTo(word.length());
  }
}

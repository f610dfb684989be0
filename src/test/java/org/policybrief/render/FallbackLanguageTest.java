package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybrief.analysis.Analyzer;
import org.policybrief.data.CsvDatasetReader;
import org.policybrief.data.DatasetSource;
import org.policybrief.diag.Diagnostics;
import org.policybrief.model.BriefingSpec;
import org.policybrief.model.Dataset;

/**
 * Text shown in the other language (a Chinese briefing of English-only data) is set in that
 * language's font first: the CJK font draws ’ and “ ” 1 em wide.
 */
class FallbackLanguageTest {

  @TempDir Path folder;

  @Test
  void englishInAChineseBriefingIsSetInTheLatinFont() throws IOException {
    Files.writeString(folder.resolve("documents.csv"),
        "id,country,title_en,date\nD1,GB,The Authority’s “first” plan,2025-03-01\n");
    Files.writeString(folder.resolve("measures.csv"),
        "id,document,category,title_en,date\nM1,D1,skills,Set the Authority’s “oversight” role,2025-03-01\n");
    Files.writeString(folder.resolve("categories.csv"), "id,name_en\nskills,Skills\n");
    Dataset dataset = new CsvDatasetReader(DatasetSource.folder(folder)).read(new Diagnostics()).orElseThrow();
    BriefingSpec spec = new BriefingSpec(LocalDate.of(2026, 11, 30), "zh-Hans", "", null);
    byte[] pdf = new BriefingRenderer().render(dataset, Analyzer.analyze(dataset), spec).pdf();

    Set<String> quoteFonts = new HashSet<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      new PDFTextStripper() {
        @Override
        protected void writeString(String text, List<TextPosition> positions) {
          // the English titles only: a Chinese caption's “ ” around an English name are Chinese quotes
          if (text.contains("Authority")) {
            positions.stream().filter(p -> "’“”".contains(p.getUnicode()))
                .forEach(p -> quoteFonts.add(p.getFont().getName().replaceAll("^[A-Z]{6}\\+", "")));
          }
        }
      }.getText(document);
    }
    assertThat(quoteFonts).isNotEmpty().allMatch(name -> name.startsWith("NotoSans-"));
  }

  @Test
  void theTagStaysOnTheLineOfTheTextsLastWord() throws IOException {
    // titles of 1 to 40 words: some fill their last line and would leave the 英 tag alone on one
    StringBuilder documents = new StringBuilder("id,country,title_en,date\n");
    StringBuilder measures = new StringBuilder("id,document,category,title_en,summary_en,date\n");
    for (int n = 1; n <= 40; n++) {
      String words = "national strategy for trusted data ".repeat(8).substring(0, 5 * n + 3 * (n % 7));
      documents.append("D").append(n).append(",GB,Plan ").append(words.strip()).append(" revision,2025-03-01\n");
      measures.append("M").append(n).append(",D").append(n).append(",skills,Measure ").append(words.strip())
          .append(" revision,Summary ").append(words.strip()).append(" revision,2025-03-01\n");
    }
    Files.writeString(folder.resolve("documents.csv"), documents);
    Files.writeString(folder.resolve("measures.csv"), measures);
    Files.writeString(folder.resolve("categories.csv"), "id,name_en\nskills,Skills\n");
    Dataset dataset = new CsvDatasetReader(DatasetSource.folder(folder)).read(new Diagnostics()).orElseThrow();
    BriefingSpec spec = new BriefingSpec(LocalDate.of(2026, 11, 30), "zh-Hans", "", null);
    BriefingRenderer.Rendered rendered = new BriefingRenderer().render(dataset, Analyzer.analyze(dataset), spec);

    assertThat(rendered.loneCharacters()).isEmpty();
    try (PDDocument document = Loader.loadPDF(rendered.pdf())) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      assertThat(stripper.getText(document).lines().map(String::strip)).contains("Plan national revision 英")
          .doesNotContain("英");
    }
  }
}

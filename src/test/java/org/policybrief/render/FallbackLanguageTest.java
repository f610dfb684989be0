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
}

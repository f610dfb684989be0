package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybrief.TestDatasets;
import org.policybrief.model.BriefingSpec;
import org.policybrief.model.Dataset;
import org.policybrief.testing.PdfReader;

/**
 * Countries' names in the English edition, as the data gives them or as built in, and in its charts;
 * the Traditional edition's built-in names in the characters it converts the data to.
 */
class CountryNamesTest {

  @TempDir Path folder;

  /** An English-only dataset: one document of four measures for each code, names as {@code countries} gives. */
  private Dataset dataset(List<String> codes, String countries) throws IOException {
    StringBuilder documents = new StringBuilder("id,country,title_en,date\n");
    StringBuilder measures = new StringBuilder("id,document,category,title_en\n");
    for (String code : codes) {
      documents.append(code).append("-D,").append(code).append(",Strategy of ").append(code).append(",2025-03-01\n");
      for (int m = 0; m < 4; m++) {
        measures.append(code).append("-M").append(m).append(',').append(code).append("-D,")
            .append((char) ('a' + m % 2)).append(",Measure ").append(m).append('\n');
      }
    }
    Files.writeString(folder.resolve("documents.csv"), documents);
    Files.writeString(folder.resolve("measures.csv"), measures);
    Files.writeString(folder.resolve("categories.csv"), "id,name_en\na,Governance\nb,Industry\n");
    if (countries != null) {
      Files.writeString(folder.resolve("countries.csv"), countries);
    }
    return TestDatasets.read(folder);
  }

  private static String english(Dataset dataset) throws IOException {
    byte[] pdf = new BriefingRenderer().render(dataset, TestDatasets.analyze(dataset),
        new BriefingSpec(LocalDate.of(2026, 11, 30), "en", "")).pdf();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return PdfReader.text(document).replaceAll("\\s+", " ");
    }
  }

  @Test
  void shortenedOfficialNamesInChartsKeepThePartThatTellsThemApart() throws IOException {
    // QA: the heat map's and the profile's columns read "Republic of…" for Moldova beside "Republic
    // of Korea", "Democratic…" for the Congo, "Bolivarian…" and "Korea…" beside "Korea, Republic of"
    String text = english(dataset(List.of("KR", "MD", "CD", "VE", "KP", "IR", "GB"), """
        code,name_en
        KR,"Korea, Republic of"
        MD,Republic of Moldova
        CD,Democratic Republic of the Congo
        VE,Bolivarian Republic of Venezuela
        KP,"Korea, Democratic People's Republic of"
        IR,Islamic Republic of Iran
        GB,United Kingdom of Great Britain and Northern Ireland
        """));

    assertThat(text).contains("Note: abbreviations in the chart:")
        .doesNotContain("“Republic of…”").doesNotContain("“Democratic…”").doesNotContain("“Bolivarian…”")
        .doesNotContain("“Korea…”").doesNotContain("“Islamic Republic…”")
        .containsPattern("“[^”]*Moldova” stands for “Republic of Moldova”")
        .containsPattern("“[^”]*Congo” stands for “Democratic Republic of the Congo”")
        .containsPattern("“[^”]*Venezuela” stands for “Bolivarian Republic of Venezuela”")
        .containsPattern("“[^”]*Iran” stands for “Islamic Republic of Iran”")
        .containsPattern("“Korea, Democratic[^”]*” stands for “Korea, Democratic People's Republic of”");
  }

  @Test
  void theTablesHeadersBreakLongNamesOnlyBetweenWords() throws IOException {
    // QA: four countries to a table left each column a little short of " Democratic", and
    // openhtmltopdf broke the word inside: "Korea, Dem / ocratic / People's / Republic of"
    String text = english(dataset(List.of("KP", "IR", "LA", "CD", "KR"), """
        code,name_en
        KP,"Korea, Democratic People's Republic of"
        IR,"Iran, Islamic Republic of"
        LA,Lao People's Democratic Republic
        CD,"Congo, The Democratic Republic of the"
        KR,"Korea, Republic of"
        """));

    assertThat(text).contains("Table 1: Measures per category, by country or body")
        .doesNotContainPattern("\\bDem\\b")
        .doesNotContainPattern("\\bocratic\\b");
  }

  @Test
  void builtInNamesAreWrittenOutAsInProse() throws IOException {
    // QA: an English dataset without countries.csv had sections "4.1 Bosnia & Herzegovina",
    // "St. Kitts & Nevis has 1 policy document …", "Congo - Kinshasa" (the JDK's names for lists)
    String text = english(dataset(List.of("BA", "KN", "CD", "CG", "TT"), null));

    assertThat(text).contains("Bosnia and Herzegovina: 1 policy document")
        .contains("Saint Kitts and Nevis: 1 document").contains("Trinidad and Tobago")
        .contains("Congo (Kinshasa)").contains("Congo (Brazzaville)")
        .doesNotContain("&").doesNotContain("St.").doesNotContain(" - ");
  }

  @Test
  void theTraditionalEditionWritesABuiltInNameAsItConvertsTheData() throws IOException {
    // QA: a dataset without countries.csv headed its section 台灣 (CLDR's) over measures whose
    // 台湾 the edition converted to 臺灣; names CLDR gives in Taiwan's own words stay its
    Files.writeString(folder.resolve("documents.csv"),
        "id,country,title_zh,date\nD1,TW,台湾人工智能基本法,2025-03-01\nD2,NZ,新西兰战略,2025-03-01\n"
            + "D3,HK,香港策略,2025-03-01\n");
    Files.writeString(folder.resolve("measures.csv"),
        "id,document,category,title_zh\nM1,D1,a,台湾的算力建设\nM2,D2,a,措施\n");
    Files.writeString(folder.resolve("categories.csv"), "id,name_zh\na,治理\n");
    Dataset dataset = TestDatasets.read(folder);
    byte[] pdf = new BriefingRenderer().render(dataset, TestDatasets.analyze(dataset),
        new BriefingSpec(LocalDate.of(2026, 11, 30), "zh-Hant", "")).pdf();
    String text;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      text = PdfReader.text(document);
      assertThat(PdfReader.bookmarks(document)).contains("（二）臺灣");
    }

    assertThat(text).contains("臺灣人工").contains("臺灣的算力").contains("臺灣共有")
        .contains("紐西蘭").doesNotContain("台灣")
        // Taiwan's short name, not the mainland's full form
        .contains("香港：").doesNotContain("特別行政區");
  }
}

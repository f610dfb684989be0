package org.policybrief;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.policybrief.analysis.Aggregates;
import org.policybrief.analysis.Analyzer;
import org.policybrief.data.CsvDatasetReader;
import org.policybrief.data.DatasetSource;
import org.policybrief.diag.Diagnostics;
import org.policybrief.model.Dataset;

/**
 * Datasets of any shape for tests, written as CSV into a folder and read back by the real
 * reader: {@code countries} countries (the first has most measures), {@code categories}
 * categories without colours, English-only long names when asked, dates over {@code months}.
 */
public final class TestDatasets {

  private static final List<String> CODES = java.util.Arrays.stream(Locale.getISOCountries()).sorted().toList();

  private TestDatasets() {}

  public static Path write(Path folder, int countries, int categories, int months, boolean longNames) {
    StringBuilder cats = new StringBuilder("id,name_zh,name_en,color\n");
    for (int k = 0; k < categories; k++) {
      cats.append("cat").append(k).append(',')
          .append(longNames ? "" : "类别" + k).append(',')
          .append(longNames ? "International cooperation and capacity building part " + k : "Category " + k)
          .append(",\n");
    }
    StringBuilder docs = new StringBuilder("id,country,title_zh,title_en,date\n");
    StringBuilder measures = new StringBuilder("id,document,category,title_zh,date\n");
    LocalDate start = LocalDate.of(2024, 1, 15);
    int id = 0;
    for (int c = 0; c < countries; c++) {
      String code = CODES.get(c * 5 % CODES.size());
      docs.append("D").append(c).append(',').append(code).append(",文件").append(c).append(",,")
          .append(start).append('\n');
      int count = countries - c + 1;
      for (int m = 0; m < count; m++) {
        LocalDate date = start.plusMonths((long) (m * 7 + c) % Math.max(months, 1));
        measures.append("M").append(id++).append(",D").append(c).append(",cat")
            .append((m + c) % categories).append(",措施").append(id).append(',').append(date).append('\n');
      }
    }
    try {
      Files.createDirectories(folder);
      Files.writeString(folder.resolve("categories.csv"), cats, StandardCharsets.UTF_8);
      Files.writeString(folder.resolve("documents.csv"), docs, StandardCharsets.UTF_8);
      Files.writeString(folder.resolve("measures.csv"), measures, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return folder;
  }

  /**
   * One English document of {@code rows} measures of one category, each summary two lines of the
   * measures table: a table that goes on over pages.
   */
  public static Path longTable(Path folder, int rows) {
    StringBuilder measures = new StringBuilder("id,document,category,title_en,summary_en,date\n");
    for (int i = 1; i <= rows; i++) {
      measures.append(String.format("M%03d,D1,a,Measure number %d,%s,2025-03-01%n", i, i,
          "A summary long enough to take two lines of the measure column. ".repeat(3)));
    }
    try {
      Files.createDirectories(folder);
      Files.writeString(folder.resolve("documents.csv"),
          "id,country,title_en,issuer,date,type,url\nD1,GB,Strategy,Office,2025-03-01,strategy,\n");
      Files.writeString(folder.resolve("measures.csv"), measures);
      Files.writeString(folder.resolve("categories.csv"), "id,name_en\na,Alpha\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return folder;
  }

  /**
   * The dataset of {@code measures} (a measures.csv with both languages' columns), all of one
   * document (D1, of GB) and one category (a): for tests of how a table of measures is set.
   */
  public static Dataset oneDocument(Path folder, CharSequence measures) {
    try {
      Files.createDirectories(folder);
      Files.writeString(folder.resolve("documents.csv"),
          "id,country,title_zh,title_en,issuer,date,type,url\nD1,GB,战略,Strategy,Office,2025-03-01,strategy,\n");
      Files.writeString(folder.resolve("measures.csv"), measures);
      Files.writeString(folder.resolve("categories.csv"), "id,name_zh,name_en\na,甲类,Alpha\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return read(folder);
  }

  /**
   * 14 categories, 13 of them tied with the most measures (2 each, one in France and one in
   * Germany) and one with 1 (in France): more than a chart draws (QA qa22 manycats), so that some
   * tied leaders are summed as "other categories".
   */
  public static Path tiedLeaders(Path dir) {
    try {
      StringBuilder categories = new StringBuilder("id,name_zh,name_en\n");
      StringBuilder measures = new StringBuilder("id,document,category,title_en\n");
      for (int i = 0; i < 14; i++) {
        String id = String.format(Locale.ROOT, "c%02d", i);
        categories.append(id).append(",类别").append(i).append(",Category ").append(i).append('\n');
        measures.append("F").append(i).append(",D1,").append(id).append(",M\n");
        if (i < 13) {
          measures.append("G").append(i).append(",D2,").append(id).append(",M\n");
        }
      }
      Files.writeString(dir.resolve("categories.csv"), categories);
      Files.writeString(dir.resolve("measures.csv"), measures);
      Files.writeString(dir.resolve("documents.csv"),
          "id,country,title_en,date\nD1,FR,One,2025-03-01\nD2,DE,Two,2025-03-01\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dir;
  }

  public static Dataset read(Path folder) {
    Diagnostics diagnostics = new Diagnostics();
    try {
      Dataset dataset = new CsvDatasetReader(DatasetSource.folder(folder)).read(diagnostics)
          .orElseThrow(() -> new AssertionError("invalid test dataset: " + diagnostics.sorted()));
      return dataset;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Dataset sample() {
    try {
      return new CsvDatasetReader(DatasetSource.sample()).read(new Diagnostics()).orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Aggregates analyze(Dataset dataset) {
    return Analyzer.analyze(dataset);
  }
}

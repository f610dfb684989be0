package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybrief.TestDatasets;
import org.policybrief.model.BriefingSpec;
import org.policybrief.model.Dataset;

/**
 * A long measure that goes on to the next page says there which measure it is: its id, category
 * and title (continued) head the page under the table's header, where its summary went on beside
 * empty id and category cells; and its tags stay with the summary's last lines, where the tags
 * line alone went overleaf.
 */
class LongRowContinuedTest {

  @TempDir Path folder;

  @Test
  void aMeasureGoingOnToANewPageIsNamedThere() throws Exception {
    StringBuilder measures = new StringBuilder("id,document,category,title_zh,title_en,summary_zh,summary_en,tags,date\n");
    for (int i = 1; i <= 30; i++) {
      // every summary takes 15-30 lines, each a little longer than the one before, so that rows
      // end at every height of a page: some went on with their summary, some with their tags alone
      String zh = "该措施要求各有关部门加强协调并定期报告进展。".repeat(60).substring(0, 430 + i * 37 % 470);
      String en = "The measure asks every ministry concerned to coordinate and report on progress. ".repeat(30)
          .substring(0, 800 + i * 53 % 900).strip();
      measures.append(String.format("M%03d,D1,a,第%d项措施,Measure number %d,%s,%s,%s,2025-03-01%n",
          i, i, i, zh, en, "data;AI;tag" + i));
    }
    Dataset dataset = TestDatasets.oneDocument(folder, measures);

    for (String language : List.of("en", "zh-Hans", "zh-Hant")) {
      BriefingSpec spec = new BriefingSpec(LocalDate.of(2026, 11, 23), language, "", null);
      byte[] pdf = new BriefingRenderer().render(dataset, TestDatasets.analyze(dataset), spec).pdf();
      try (PDDocument document = Loader.loadPDF(pdf)) {
        int continued = 0;
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
          List<String> lines = lines(document, page);
          int header = lines.indexOf(lines.stream()
              .filter(line -> line.matches("(ID|编号|編號) ?(Category|类别|類別) ?(Measure|措施) ?(\\(continued\\)|（续）|（續）)"))
              .findFirst().orElse("none"));
          if (header < 0) {
            continue;
          }
          continued++;
          assertThat(lines.get(header + 1)).as("%s page %d: the first row under the header", language, page)
              .matches("M\\d{3} ?(Alpha|甲类|甲類) ?(Measure number \\d+|第\\d+[项項]措施).*");
          assertThat(lines.get(header + 2)).as("%s page %d: the line under the measure's title", language, page)
              .doesNotStartWith("Tags").doesNotStartWith("标签").doesNotStartWith("標籤");
        }
        assertThat(continued).as("%s: pages the table goes on to", language).isGreaterThanOrEqualTo(8);
      }
    }
  }

  @Test
  void aTitleOfManyLinesIsNotRepeated() throws Exception {
    // a 1,000-character title over a summary of 20,000: repeated, it filled the top of each of the
    // 60 pages its summary goes on to
    String title = "Sentinel " + "very long measure title ".repeat(41);
    String summary = "The measure asks every ministry concerned to coordinate and report on progress. ".repeat(250);
    Files.writeString(folder.resolve("documents.csv"),
        "id,country,title_en,issuer,date,type,url\nD1,GB,Strategy,Office,2025-03-01,strategy,\n");
    Files.writeString(folder.resolve("measures.csv"), "id,document,category,title_en,summary_en,date\n"
        + "M001,D1,a," + title.strip() + "," + summary.strip() + ",2025-03-01\n");
    Files.writeString(folder.resolve("categories.csv"), "id,name_en\na,Alpha\n");
    Dataset dataset = TestDatasets.read(folder);
    BriefingSpec spec = new BriefingSpec(LocalDate.of(2026, 11, 23), "en", "", null);
    byte[] pdf = new BriefingRenderer().render(dataset, TestDatasets.analyze(dataset), spec).pdf();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text.split("Sentinel", -1)).as("the title's first word, once").hasSize(2);
      assertThat(text.split("report on progress", -1)).as("the summary whole").hasSize(251);
    }
  }

  @Test
  void aLongRowWithATitleOfManyLinesStillSplits() throws Exception {
    // not its own table (a title of more than two lines), the row lost its class "long" and was
    // kept whole: it went to the next page and left the rest of this one, two fifths, empty
    String title = "Sentinel " + "very long measure title ".repeat(6);
    String summary = "The measure asks every ministry concerned to coordinate and report on progress. ".repeat(14);
    String filler = "Filler text of moderate length for the row. ".repeat(8).strip();
    StringBuilder measures = new StringBuilder("id,document,category,title_en,summary_en,date\n");
    for (int i = 1; i <= 3; i++) {
      measures.append("M00" + i + ",D1,a,Short one " + i + "," + filler + ",2025-03-01\n");
    }
    measures.append("M009,D1,a," + title.strip() + "," + summary.strip() + ",2025-03-01\n");
    Files.writeString(folder.resolve("documents.csv"),
        "id,country,title_en,issuer,date,type,url\nD1,GB,Strategy,Office,2025-03-01,strategy,\n");
    Files.writeString(folder.resolve("measures.csv"), measures);
    Files.writeString(folder.resolve("categories.csv"), "id,name_en\na,Alpha\n");
    Dataset dataset = TestDatasets.read(folder);
    BriefingSpec spec = new BriefingSpec(LocalDate.of(2026, 11, 23), "en", "", null);
    byte[] pdf = new BriefingRenderer().render(dataset, TestDatasets.analyze(dataset), spec).pdf();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      int page = 1;
      while (lines(document, page).stream().noneMatch(line -> line.contains("Short one 3"))) {
        page++;
      }
      assertThat(String.join("\n", lines(document, page))).as("page %d", page).contains("Sentinel");
    }
  }

  @Test
  void aLongCategoryNameDoesNotRunIntoTheNextMeasure() throws Exception {
    // a category of seven lines in its column, beside continued summaries of a few lines: it ran
    // on past its row into the next measure's category, the two printed over each other
    assertColumnKeepsToItsRows("M", "Open source & innovation ecosystem and more words and even more words here too for good measure",
        "Category", "Measure");
  }

  @Test
  void aLongIdDoesNotRunIntoTheNextMeasure() throws Exception {
    // an id of five lines in its column ran on into the next measure's id in the same way
    assertColumnKeepsToItsRows("GB-DSIT-2025-NATIONAL-AI-STRATEGY-ANNEX-B-PART-7-M", "Alpha", "ID", "Category");
  }

  /** That the words under {@code header}, up to {@code next}, are never printed over each other. */
  private void assertColumnKeepsToItsRows(String idPrefix, String category, String header, String next) throws Exception {
    StringBuilder measures = new StringBuilder("id,document,category,title_en,summary_en,tags,date\n");
    for (int i = 1; i <= 30; i++) {
      String en = "The measure asks every ministry concerned to coordinate and report on progress. ".repeat(30)
          .substring(0, 800 + i * 53 % 900).strip();
      measures.append(String.format("%s%03d,D1,a,Measure number %d,%s,%s,2025-03-01%n", idPrefix, i, i, en,
          "data;AI;tag" + i));
    }
    Files.writeString(folder.resolve("documents.csv"),
        "id,country,title_en,issuer,date,type,url\nD1,GB,Strategy,Office,2025-03-01,strategy,\n");
    Files.writeString(folder.resolve("measures.csv"), measures);
    Files.writeString(folder.resolve("categories.csv"), "id,name_en\na," + category + "\n");
    Dataset dataset = TestDatasets.read(folder);
    BriefingSpec spec = new BriefingSpec(LocalDate.of(2026, 11, 23), "en", "", null);
    byte[] pdf = new BriefingRenderer().render(dataset, TestDatasets.analyze(dataset), spec).pdf();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      int tables = 0;
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        Column column = new Column(header, next);
        column.setSortByPosition(true);
        column.setStartPage(page);
        column.setEndPage(page);
        column.getText(document);
        if (column.baselines.isEmpty()) {
          continue;
        }
        tables++;
        List<Float> lines = column.baselines.stream().sorted().toList();
        for (int i = 1; i < lines.size(); i++) {
          float gap = lines.get(i) - lines.get(i - 1);
          assertThat(gap < 0.5f || gap >= 10f).as("page %d: lines of the %s column %.1f pt apart at %.1f",
              page, header, gap, lines.get(i)).isTrue();
        }
      }
      assertThat(tables).as("pages of the measures table").isGreaterThanOrEqualTo(8);
    }
  }

  /** The baselines of the letters in a column of the measures table, under its header. */
  private static final class Column extends PDFTextStripper {

    private final String header;
    private final String next;
    private final List<TextPosition> letters = new ArrayList<>();
    private final List<Float> baselines = new ArrayList<>();

    Column(String header, String next) throws IOException {
      this.header = header;
      this.next = next;
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
      letters.addAll(positions);
    }

    @Override
    protected void endPage(PDPage page) {
      List<TextPosition> following = starts(next);
      TextPosition top = starts(header).stream()
          .filter(c -> following.stream().anyMatch(m -> m.getYDirAdj() == c.getYDirAdj())).findFirst().orElse(null);
      if (top == null) {
        return;
      }
      float right = following.stream().filter(m -> m.getYDirAdj() == top.getYDirAdj())
          .findFirst().orElseThrow().getXDirAdj();
      letters.stream().filter(l -> l.getYDirAdj() > top.getYDirAdj() + 1 && l.getXDirAdj() >= top.getXDirAdj()
          && l.getXDirAdj() < right - 2).forEach(l -> baselines.add(l.getYDirAdj()));
    }

    /** The first letters of {@code word} wherever the page has it. */
    private List<TextPosition> starts(String word) {
      List<TextPosition> found = new ArrayList<>();
      for (int i = 0; i + word.length() <= letters.size(); i++) {
        int at = i;
        if (IntStream.range(0, word.length())
            .allMatch(k -> letters.get(at + k).getUnicode().equals(String.valueOf(word.charAt(k))))) {
          found.add(letters.get(i));
        }
      }
      return found;
    }
  }

  /** The page's lines from top to bottom. */
  private static List<String> lines(PDDocument document, int page) throws Exception {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setSortByPosition(true);
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(document).lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
  }
}

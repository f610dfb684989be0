package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybrief.TestDatasets;
import org.policybrief.model.BriefingSpec;
import org.policybrief.model.Dataset;
import org.policybrief.testing.PdfReader;

/**
 * A country's measures table is cut into row groups (one tbody each) so that its layout time
 * grows linearly with the rows; to a reader it is still one table, in order, with its header
 * repeated on every page it continues on.
 */
class LongTableTest {

  @TempDir Path folder;

  @Test
  void aLongTableIsOneTableToTheReader() throws Exception {
    int rows = 45;
    Dataset dataset = TestDatasets.read(TestDatasets.longTable(folder, rows));
    BriefingSpec spec = new BriefingSpec(LocalDate.of(2026, 11, 23), "en", "", null);

    BriefingRenderer.Rendered rendered = new BriefingRenderer().render(dataset, TestDatasets.analyze(dataset), spec);

    String table = rendered.xhtml().substring(rendered.xhtml().indexOf("<table class=\"measures\""));
    table = table.substring(0, table.indexOf("</table>"));
    assertThat(Pattern.compile("<tbody>").matcher(table).results().count()).isEqualTo(3);
    assertThat(Pattern.compile("<thead>").matcher(table).results().count()).isEqualTo(1);

    try (PDDocument pdf = Loader.loadPDF(rendered.pdf())) {
      String text = PdfReader.text(pdf);
      List<Integer> order = new ArrayList<>();
      Pattern.compile("Measure number (\\d+)").matcher(text).results()
          .forEach(m -> order.add(Integer.parseInt(m.group(1))));
      assertThat(order).hasSize(rows).isSorted();
      int continuedPages = 0;
      for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        String pageText = stripper.getText(pdf);
        if (pageText.contains("Measure number") && pageText.contains("(continued)")) {
          continuedPages++;
        }
      }
      assertThat(continuedPages).as("pages the table continues on, header repeated").isGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void noPageEndsWithAMeasuresTableHeaderAlone() throws Exception {
    // 100 measures in 10 countries: before the first row could split and a heading near a page's
    // foot went overleaf, pages 26 and 27 of the English briefing and 21 of the Chinese ones ended
    // with the heading "Measures" and the table's header, its rows overleaf
    Dataset dataset = TestDatasets.read(Path.of("src/test/resources/fixtures/stranded-headers"));
    for (String language : List.of("en", "zh-Hans", "zh-Hant")) {
      BriefingSpec spec = new BriefingSpec(LocalDate.of(2026, 11, 30), language, "", null);
      byte[] pdf = new BriefingRenderer().render(dataset, TestDatasets.analyze(dataset), spec).pdf();
      try (PDDocument document = Loader.loadPDF(pdf)) {
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
          List<String> lines = PdfReader.text(document, page, page).lines().map(String::strip)
              .filter(line -> !line.isEmpty()).toList();
          // the running footer comes out before or after the body
          assertThat(lines.subList(lines.size() - 2, lines.size())).as("%s page %d", language, page)
              .noneMatch(line -> line.matches("(ID|编号|編號) ?(Category|类别|類別) ?(Measure|措施)"));
        }
      }
    }
  }
}

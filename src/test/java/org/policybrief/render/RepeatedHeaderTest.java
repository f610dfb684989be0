package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
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

/**
 * A table that goes on over several pages repeats its header row at the top of each, drawn once:
 * openhtmltopdf collected the header's lines for every page their painting bounds (the font's
 * whole ascent, 1.8 em in Noto Sans CJK) reached into, and the header at the top of the next page
 * reached into this one, so every page of a table but its last drew its header twice (copied
 * twice, read aloud twice, its grey “(continued)” darker).
 */
class RepeatedHeaderTest {

  // the text stripper puts a header drawn twice on one line: "ID Category MeasureID Category Measure"
  private static final Pattern MEASURES_HEADER =
      Pattern.compile("(ID|编号|編號) ?(Category|类别|類別) ?(Measure|措施)");
  private static final Pattern MATRIX_HEADER = Pattern.compile("Category \\(continued\\)|类别（续）|類別（續）");

  @TempDir Path folder;

  @Test
  void aMeasuresTableDrawsItsHeaderOncePerPage() throws Exception {
    Dataset dataset = TestDatasets.read(TestDatasets.longTable(folder, 45));
    for (String language : List.of("en", "zh-Hans", "zh-Hant")) {
      assertDrawnOncePerPage(dataset, language, MEASURES_HEADER);
    }
  }

  @Test
  void aLongCategoryTableDrawsItsHeaderOncePerPage() throws Exception {
    // 110 categories: the category × country table goes on over three pages
    Dataset dataset = TestDatasets.read(TestDatasets.write(folder, 4, 110, 12, false));
    for (String language : List.of("en", "zh-Hans")) {
      assertDrawnOncePerPage(dataset, language, MATRIX_HEADER);
    }
  }

  private static void assertDrawnOncePerPage(Dataset dataset, String language, Pattern header)
      throws IOException {
    BriefingSpec spec = new BriefingSpec(LocalDate.of(2026, 11, 23), language, "", null);
    byte[] pdf = new BriefingRenderer().render(dataset, TestDatasets.analyze(dataset), spec).pdf();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      int shown = 0;
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        long headers = header.matcher(drawn(document, page)).results().count();
        assertThat(headers).as("%s page %d: header rows drawn", language, page).isLessThanOrEqualTo(1);
        shown += headers > 0 ? 1 : 0;
      }
      assertThat(shown).as("%s: pages of the table that show its header", language).isGreaterThanOrEqualTo(2);
    }
  }

  /** Every text the page draws, in drawing order, a text drawn twice at one place twice. */
  private static String drawn(PDDocument document, int page) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setSortByPosition(false);
    stripper.setSuppressDuplicateOverlappingText(false);
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(document);
  }
}

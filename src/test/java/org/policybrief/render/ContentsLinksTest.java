package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policybrief.TestDatasets;
import org.policybrief.model.BriefingSpec;
import org.policybrief.model.Dataset;

/**
 * A reader clicks a line of the contents and lands on the page it names. Link areas were as tall
 * as the font's bounding box (2.86 em), so the next line's link lay over the lower half of a
 * line's words: in the English edition "1 Summary" opened the charts, "3 Categories and
 * countries" the country sections. A tagged contents line has two areas, its words and its leader
 * with the number; cut one pair after another, they left strips below the words (713.5 to 717.4 pt
 * under "1 Summary") that opened nothing.
 */
class ContentsLinksTest {

  private static final Pattern TOC_LINE = Pattern.compile("^(.+?)[ \u00A0]?\\.{4,}[ \u00A0]?(\\d+)$");

  @ParameterizedTest
  @CsvSource({"en, 2000, false", "zh-Hans, 2000, false", "en, 5, false", "zh-Hant, 5, false",
      "en, 2000, true", "zh-Hans, 2000, true", "en, 5, true"})
  void aClickAnywhereOnAContentsLineOpensThePageItNames(String language, int rowsPerPart, boolean tagged)
      throws IOException {
    Dataset dataset = TestDatasets.sample();
    byte[] pdf = new BriefingRenderer(null, null, tagged, rowsPerPart).render(dataset,
        TestDatasets.analyze(dataset), new BriefingSpec(LocalDate.of(2026, 11, 30), language, "", null)).pdf();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDPage contents = document.getPage(1);
      List<PDAnnotationLink> links = new ArrayList<>();
      for (PDAnnotation annotation : contents.getAnnotations()) {
        if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionGoTo) {
          links.add(link);
        }
      }
      assertThat(links).hasSizeGreaterThan(10);
      for (PDAnnotationLink a : links) {
        for (PDAnnotationLink b : links) {
          if (a != b) {
            assertThat(overlap(a.getRectangle(), b.getRectangle())).as("areas of two contents lines overlap").isFalse();
          }
        }
      }
      int lines = 0;
      for (Map.Entry<Float, List<TextPosition>> line : lines(document).entrySet()) {
        StringBuilder text = new StringBuilder();
        line.getValue().forEach(p -> text.append(p.getUnicode()));
        Matcher entry = TOC_LINE.matcher(text.toString().strip());
        if (!entry.matches()) {
          continue;
        }
        lines++;
        float height = contents.getMediaBox().getHeight();
        // on every character, from below its descenders (where the next line's area reached) to its top
        for (TextPosition p : line.getValue()) {
          float x = p.getXDirAdj() + p.getWidthDirAdj() / 2;
          float baseline = height - p.getYDirAdj();
          for (float y = baseline - 0.25f * p.getFontSizeInPt(); y <= baseline + 0.75f * p.getFontSizeInPt(); y += 0.5f) {
            PDAnnotationLink hit = null;
            for (PDAnnotationLink link : links) { // the last one drawn is on top
              if (link.getRectangle().contains(x, y)) {
                hit = link;
              }
            }
            String where = entry.group(1) + " at " + x + ", " + y;
            assertThat(hit).as(where).isNotNull();
            PDPageDestination target = (PDPageDestination) ((PDActionGoTo) hit.getAction()).getDestination();
            assertThat(document.getPages().indexOf(target.getPage()) + 1).as(where)
                .isEqualTo(Integer.parseInt(entry.group(2)));
          }
        }
      }
      assertThat(lines).isGreaterThan(10);
    }
  }

  private static boolean overlap(PDRectangle a, PDRectangle b) {
    return a.getLowerLeftX() < b.getUpperRightX() && b.getLowerLeftX() < a.getUpperRightX()
        && a.getLowerLeftY() < b.getUpperRightY() && b.getLowerLeftY() < a.getUpperRightY();
  }

  /** The contents page's characters by line, top to bottom, each line left to right. */
  private static Map<Float, List<TextPosition>> lines(PDDocument document) throws IOException {
    Map<Float, List<TextPosition>> lines = new TreeMap<>();
    PDFTextStripper stripper = new PDFTextStripper() {
      @Override
      protected void writeString(String text, List<TextPosition> positions) {
        for (TextPosition p : positions) {
          lines.computeIfAbsent(Math.round(p.getYDirAdj() * 2) / 2f, y -> new ArrayList<>()).add(p);
        }
      }
    };
    stripper.setSortByPosition(true);
    stripper.setStartPage(2);
    stripper.setEndPage(2);
    stripper.getText(document);
    lines.values().forEach(l -> l.sort((p, q) -> Float.compare(p.getXDirAdj(), q.getXDirAdj())));
    return lines;
  }
}

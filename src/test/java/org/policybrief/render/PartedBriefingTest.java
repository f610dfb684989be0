package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybrief.TestDatasets;
import org.policybrief.model.BriefingSpec;
import org.policybrief.model.Dataset;
import org.policybrief.testing.PdfReader;

/**
 * A long briefing is rendered in parts (here: parts of at most 5 measures, so 6 countries of
 * 7, 6, 5, 4, 3 and 2 measures make six country parts, two countries cut in two). To a reader
 * it is the same briefing:
 * every measure in order, pages numbered on, contents whose numbers, links and bookmarks lead
 * to the right pages, each face embedded as at most four subsets. The whole briefing is held to
 * the same checks.
 */
class PartedBriefingTest {

  /** PDFBox may extract the gap around a leader as a space or a no-break space. */
  private static final Pattern TOC_LINE = Pattern.compile("^(.+?)[ \u00A0]?\\.{4,}[ \u00A0]?(\\d+)$", Pattern.MULTILINE);
  private static final Pattern MEASURE = Pattern.compile("措施\\d+");

  @TempDir static Path folder;
  private static Dataset dataset;
  private static BriefingSpec spec;
  private static byte[] whole;
  private static byte[] parted;

  @BeforeAll
  static void render() {
    dataset = TestDatasets.read(TestDatasets.write(folder.resolve("data"), 6, 4, 12, false));
    spec = new BriefingSpec(LocalDate.of(2026, 11, 23), "zh-Hans", "", null);
    whole = new BriefingRenderer().render(dataset, TestDatasets.analyze(dataset), spec).pdf();
    parted = new BriefingRenderer(null, null, false, 5).render(dataset, TestDatasets.analyze(dataset), spec).pdf();
  }

  @Test
  void partsHoldEveryMeasureInOrder() throws IOException {
    try (PDDocument w = Loader.loadPDF(whole); PDDocument p = Loader.loadPDF(parted)) {
      List<String> inWhole = MEASURE.matcher(PdfReader.text(w)).results().map(java.util.regex.MatchResult::group).toList();
      assertThat(inWhole).hasSize(27);
      assertThat(MEASURE.matcher(PdfReader.text(p)).results().map(java.util.regex.MatchResult::group).toList()).isEqualTo(inWhole);
      // each later country part starts a page
      assertThat(p.getNumberOfPages()).isGreaterThanOrEqualTo(w.getNumberOfPages());
    }
  }

  @Test
  void theSameDataGivesTheSameBytes() {
    byte[] again = new BriefingRenderer(null, null, false, 5).render(dataset, TestDatasets.analyze(dataset), spec).pdf();
    assertThat(again).isEqualTo(parted);
  }

  @Test
  void pagesAreNumberedOnAcrossParts() throws IOException {
    try (PDDocument p = Loader.loadPDF(parted)) {
      assertThat(PdfReader.text(p, 1, 1)).doesNotContain("第1页");
      for (int page = 2; page <= p.getNumberOfPages(); page++) {
        assertThat(PdfReader.text(p, page, page)).contains("第" + page + "页");
      }
    }
  }

  @Test
  void contentsNumbersLinksAndBookmarksLeadToTheirPages() throws IOException {
    for (byte[] pdf : List.of(whole, parted)) {
      try (PDDocument document = Loader.loadPDF(pdf)) {
        String contents = PdfReader.text(document, 2, 2);
        List<Integer> numbers = new ArrayList<>();
        Matcher line = TOC_LINE.matcher(contents);
        while (line.find()) {
          int page = Integer.parseInt(line.group(2));
          // a figure is listed by its number and kind; its caption states the finding
          // (图 1 holds a no-break space, extracted as one or as a plain space)
          String heading = line.group(1).strip().split("\u3000")[0].replace('\u00A0', ' ');
          assertThat(PdfReader.text(document, page, page).replace('\u00A0', ' ')).as(line.group()).contains(heading);
          numbers.add(page);
        }
        assertThat(numbers).hasSizeGreaterThan(12); // 6 sections, 6 countries, the figures

        Set<Integer> linked = new HashSet<>();
        for (PDAnnotation annotation : document.getPage(1).getAnnotations()) {
          if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionGoTo goTo) {
            linked.add(pageNumber(document, ((PDPageDestination) goTo.getDestination()).getPage()));
          }
        }
        assertThat(linked).containsExactlyInAnyOrderElementsOf(new HashSet<>(numbers));

        List<String> bookmarks = new ArrayList<>();
        checkBookmarks(document, document.getDocumentCatalog().getDocumentOutline(), bookmarks);
        assertThat(bookmarks).hasSize(1 + 6 + 6); // contents, six sections, six countries
        for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
          if (item.getTitle().equals("四、国别分析")) {
            List<String> countries = new ArrayList<>();
            item.children().forEach(c -> countries.add(c.getTitle()));
            assertThat(countries).hasSize(6).allMatch(t -> t.startsWith("（"));
          }
        }
      }
    }
  }

  /** Parts take turns with four sets of fonts (up to four parts are laid out or painted at once). */
  @Test
  void eachFaceIsEmbeddedAsAtMostFourSubsets() throws IOException {
    try (PDDocument p = Loader.loadPDF(parted)) {
      Set<String> names = new HashSet<>();
      PdfReader.fonts(p).forEach(f -> names.add(f.getName()));
      assertThat(names).allMatch(n -> n.matches("[A-Z]{6}\\+.*"));
      Map<String, Long> subsetsPerFace = names.stream()
          .collect(Collectors.groupingBy(n -> n.substring(7), Collectors.counting()));
      assertThat(subsetsPerFace).containsKey("NotoSansSC-Regular").allSatisfy((face, count) -> assertThat(count).isBetween(1L, 4L));
    }
  }

  private static void checkBookmarks(PDDocument document, PDOutlineNode node, List<String> titles) throws IOException {
    for (PDOutlineItem item : node.children()) {
      PDPageDestination destination = (PDPageDestination) item.getDestination();
      int page = pageNumber(document, destination.getPage());
      assertThat(PdfReader.text(document, page, page)).as(item.getTitle()).contains(item.getTitle());
      titles.add(item.getTitle());
      checkBookmarks(document, item, titles);
    }
  }

  private static int pageNumber(PDDocument document, PDPage page) {
    return document.getPages().indexOf(page) + 1;
  }
}

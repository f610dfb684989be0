package org.policybrief.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ibm.icu.util.ULocale;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.policybrief.render.fonts.FontLibrary;

/**
 * Parts are laid out up to four at once, on another thread when there is a second core and on
 * this one while it waits: the PDF still has every part in order with its pages numbered on, and
 * a part that fails stops the briefing with its own error.
 */
class PartedPdfWriterTest {

  private static final PdfWriter.Info INFO =
      new PdfWriter.Info("Parts", "", "", "", "zh-Hans", LocalDate.of(2026, 11, 30));
  private static final Function<Map<String, String>, String> FRONT = pages -> page("封面");

  private final PartedPdfWriter writer = new PartedPdfWriter(new PdfWriter(new FontLibrary(null)), PartedPdfWriter.FONT_SETS);

  @Test
  void everyPartIsPrintedInOrderOnItsOwnPagesNumberedOn() throws IOException {
    // parts of one and two pages, more than are laid out at once
    List<Supplier<String>> body = IntStream.rangeClosed(1, 9)
        .mapToObj(part -> (Supplier<String>) () -> page("部分" + part + (part % 3 == 0 ? "<p style=\"page-break-before: always\">续" + part + "</p>" : "")))
        .toList();
    byte[] pdf = write(body);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<String> expected = new ArrayList<>(List.of("封面"));
      for (int part = 1; part <= 9; part++) {
        expected.add("部分" + part);
        if (part % 3 == 0) {
          expected.add("续" + part);
        }
      }
      assertThat(document.getNumberOfPages()).isEqualTo(expected.size());
      PDFTextStripper stripper = new PDFTextStripper();
      for (int page = 1; page <= expected.size(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        assertThat(stripper.getText(document).strip().split("\\s+"))
            .containsExactlyInAnyOrder(expected.get(page - 1), "p" + page);
      }
    }
    assertThat(write(body)).as("the same parts give the same bytes").isEqualTo(pdf);
    assertThat(new PartedPdfWriter(new PdfWriter(new FontLibrary(null)), 2).write(FRONT, body,
        body.stream().map(part -> false).toList(), ULocale.SIMPLIFIED_CHINESE, INFO, new DefaultObjectDrawerFactory()).pdf())
        .as("two parts held at once instead of four: the same bytes").isEqualTo(pdf);
  }

  @Test
  void aPartThatFailsStopsTheBriefingWithItsOwnError() throws InterruptedException {
    List<Supplier<String>> body = List.of(() -> page("第一部分"), () -> page("第二部分"),
        () -> {
          throw new IllegalArgumentException("the third part is broken");
        },
        () -> page("第四部分"));
    assertThatThrownBy(() -> write(body)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the third part is broken");
    assertLayoutThreadsEnd();
  }

  @Test
  void aPartThatFailsWhilePaintedStopsTheBriefingOnceTheNextPartIsLaidOut() throws InterruptedException {
    DefaultObjectDrawerFactory drawers = new DefaultObjectDrawerFactory();
    drawers.registerDrawer("test/broken", (element, x, y, width, height, device, context, dotsPerPixel) -> {
      throw new IllegalStateException("the drawing failed");
    });
    List<Supplier<String>> body = List.of(() -> page("第一部分"),
        () -> page("<object type=\"test/broken\" style=\"display: block; width: 10mm; height: 10mm\"></object>"),
        () -> page("第三部分"));
    assertThatThrownBy(() -> writer.write(FRONT, body, List.of(false, false, false), ULocale.SIMPLIFIED_CHINESE,
        INFO, drawers)).hasMessageContaining("the drawing failed");
    assertLayoutThreadsEnd();
  }

  private static void assertLayoutThreadsEnd() throws InterruptedException {
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().equals("policybrief-layout")) {
        thread.join(10_000);
        assertThat(thread.isAlive()).as("the layout thread ends").isFalse();
      }
    }
  }

  private byte[] write(List<Supplier<String>> body) {
    return writer.write(FRONT, body, body.stream().map(part -> false).toList(),
        ULocale.SIMPLIFIED_CHINESE, INFO, new DefaultObjectDrawerFactory()).pdf();
  }

  private static String page(String text) {
    return "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><style>html { font-family: \"Noto Sans SC\"; }"
        + " @page { size: 105mm 148mm; @bottom-center { content: \"p\" counter(page); font-family: \"Noto Sans SC\"; } }"
        + "</style></head><body><p>" + text + "</p></body></html>";
  }
}

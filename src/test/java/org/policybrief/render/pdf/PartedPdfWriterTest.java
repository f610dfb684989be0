package org.policybrief.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ibm.icu.util.ULocale;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.policybrief.render.fonts.FontLibrary;

/**
 * Parts are laid out one ahead, on another thread when there is a second core: the PDF still has
 * every part in order, and a part that fails stops the briefing with its own error.
 */
class PartedPdfWriterTest {

  private static final PdfWriter.Info INFO =
      new PdfWriter.Info("Parts", "", "", "", "zh-Hans", LocalDate.of(2026, 11, 30));
  private static final Function<Map<String, String>, String> FRONT = pages -> page("封面");

  private final PartedPdfWriter writer = new PartedPdfWriter(new PdfWriter(new FontLibrary(null)));

  @Test
  void everyPartIsPrintedInOrderOnItsOwnPages() throws IOException {
    List<Supplier<String>> body = List.of(() -> page("第一部分"), () -> page("第二部分"),
        () -> page("第三部分"), () -> page("第四部分"));
    byte[] pdf = write(body);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isEqualTo(5);
      PDFTextStripper stripper = new PDFTextStripper();
      List<String> expected = List.of("封面", "第一部分", "第二部分", "第三部分", "第四部分");
      for (int page = 1; page <= 5; page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        assertThat(stripper.getText(document).strip()).isEqualTo(expected.get(page - 1));
      }
    }
    assertThat(write(body)).as("the same parts give the same bytes").isEqualTo(pdf);
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
        + " @page { size: A6; }</style></head><body><p>" + text + "</p></body></html>";
  }
}

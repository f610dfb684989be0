package org.policybrief.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.util.ULocale;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.policybrief.render.fonts.FontLibrary;

/** Text measured on the quick path is laid out exactly as openhtmltopdf lays it out. */
class PrintableTextRendererTest {

  private static final PdfWriter.Info INFO =
      new PdfWriter.Info("Widths", "", "", "", "zh-Hans", LocalDate.of(2026, 11, 30));

  private final PdfWriter writer = new PdfWriter(new FontLibrary(null));

  @Test
  void layOutTextAsOpenhtmltopdfDoes() throws IOException {
    String body = "<p>全球人工智能治理行动计划提出，各方应当在联合国框架下加强协调。</p>"
        + "<p style=\"width: 30mm\">A justified paragraph of English words that wraps, well, several times over.</p>"
        + "<p>soft\u00ADhyphen and object\uFFFCreplacement, 😀 outside the face, 𠀀 too</p>"
        + "<table style=\"width: 40mm\"><tr><td>短</td><td>一个较长的单元格文本</td></tr></table>";
    byte[] stock = render(body, PdfRendererBuilder::buildPdfRenderer);
    byte[] quick = render(body, builder -> PdfWriter.renderer(builder, List.of()));

    assertThat(Arrays.equals(quick, stock)).as("the same PDF bytes").isTrue();
  }

  private byte[] render(String body, Function<PdfRendererBuilder, PdfBoxRenderer> build)
      throws IOException {
    List<PdfWriter.LazyFont> fonts = new ArrayList<>();
    try (PDDocument document = new PDDocument()) {
      String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><style>html { font-family: 'Noto Sans SC';"
          + " } p { text-align: justify }</style></head><body>" + body + "</body></html>";
      PdfRendererBuilder builder = writer.builder(document, xhtml, ULocale.SIMPLIFIED_CHINESE, new DefaultObjectDrawerFactory(), fonts);
      try (PdfBoxRenderer renderer = build.apply(builder)) {
        renderer.createPDFWithoutClosing();
      }
      PdfWriter.describe(document, INFO, new byte[32]);
      return PdfWriter.save(document);
    } finally {
      fonts.forEach(PdfWriter.LazyFont::close);
    }
  }
}

package org.policybrief.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.policybrief.render.fonts.FontFace;
import org.policybrief.render.fonts.FontLibrary;
import org.policybrief.testing.PdfReader;

/** The remembered widths and codes are exactly PDFBox's, and the font still embeds as a subset. */
class MeasuredFontTest {

  private static final List<String> TEXTS = List.of("全球人工智能治理行动计划", "AI Action Plan, 2025",
      "“引号”与（括号）：100%", "\uD840\uDC21 Extension B", "");

  @Test
  void widthsAndCodesAreThoseOfTheWrappedFont() throws IOException {
    FontFace face = new FontLibrary(null).regularFace(FontLibrary.CJK_FAMILY);
    TrueTypeFont parsed = face.acquire();
    try (PDDocument document = new PDDocument()) {
      PDFont plain = PDType0Font.load(document, parsed, true);
      MeasuredFont measured = new MeasuredFont(PDType0Font.load(document, parsed, true));
      for (int round = 0; round < 2; round++) { // the second round reads what the first remembered
        for (String text : TEXTS.subList(0, 3)) {
          assertThat(measured.getStringWidth(text)).isEqualTo(plain.getStringWidth(text));
          assertThat(measured.encode(text)).isEqualTo(plain.encode(text));
        }
      }
      // Noto Sans SC lacks the Extension B character: both fonts refuse it, every time.
      for (int round = 0; round < 2; round++) {
        assertThatThrownBy(() -> plain.getStringWidth(TEXTS.get(3))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> measured.getStringWidth(TEXTS.get(3))).isInstanceOf(IllegalArgumentException.class);
      }
      assertThat(measured.getStringWidth("")).isZero();
    } finally {
      face.release(parsed);
    }
  }

  @Test
  void aDocumentWrittenWithItEmbedsOneSubsetAndReadsBack() throws IOException {
    FontFace face = new FontLibrary(null).regularFace(FontLibrary.CJK_FAMILY);
    TrueTypeFont parsed = face.acquire();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument document = new PDDocument()) {
      PDFont font = new MeasuredFont(PDType0Font.load(document, parsed, true));
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(font, 12);
        content.newLineAtOffset(72, 700);
        content.showText(TEXTS.get(0) + " " + TEXTS.get(1));
        content.endText();
      }
      document.save(out);
    } finally {
      face.release(parsed);
    }
    try (PDDocument read = Loader.loadPDF(out.toByteArray())) {
      assertThat(PdfReader.text(read).strip()).isEqualTo(TEXTS.get(0) + " " + TEXTS.get(1));
      PDFont embedded = read.getPage(0).getResources().getFont(
          read.getPage(0).getResources().getFontNames().iterator().next());
      assertThat(embedded.getName()).matches("[A-Z]{6}\\+NotoSansSC-Regular");
      assertThat(embedded.isEmbedded()).isTrue();
      assertThat(out.size()).isLessThan(100_000); // a subset, not the 10 MB face
    }
  }
}

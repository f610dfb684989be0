package org.policybrief.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.util.ULocale;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.policybrief.render.fonts.FontLibrary;

/** The user-agent stylesheet keeps the rules a document's elements can match, and only those. */
class DocumentXhtmlHandlerTest {

  @Test
  void keepsTheRulesOfTheElementsTheDocumentHas() {
    String css = DocumentXhtmlHandler.css(Set.of("html", "body", "div", "p", "table", "tr", "td", "b"));

    assertThat(css).contains("html, body, div, p { display: block }", "td {", "tr {", "table {")
        .contains("b { font-weight: bold; }", "@page")
        .as("selectors without an element name apply anywhere").contains("[dir=rtl] {")
        .doesNotContain("input", "select", "frame", "h1", "li ", "ol ul", "caption");
  }

  @Test
  void aSelectorOfSeveralElementsNeedsThemAll() {
    assertThat(DocumentXhtmlHandler.css(Set.of("ol"))).contains("ol {").doesNotContain("ol ul");
    assertThat(DocumentXhtmlHandler.css(Set.of("ol", "ul"))).contains("ol ul, ul ol, ul ul, ol ol {");
  }

  @Test
  void elementsOutsideABriefingKeepTheirDefaultLook() throws IOException {
    String body = "<p><b>粗体</b></p><h4>标题</h4><dl><dt>术语</dt><dd>释义</dd></dl>";
    byte[] pdf = new PdfWriter(new FontLibrary(null)).write(page(body), ULocale.SIMPLIFIED_CHINESE,
        new PdfWriter.Info("UA", "", "", "", "zh-Hans", LocalDate.of(2026, 11, 30)),
        new DefaultObjectDrawerFactory());

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(document))
          .as("headings, terms and their definitions are blocks").contains("粗体\n标题\n术语\n释义");
      assertThat(fontNames(document.getPage(0))).as("<b> and <h4> are bold")
          .anyMatch(name -> name.endsWith("-Bold"));
    }
  }

  private static List<String> fontNames(PDPage page) throws IOException {
    List<String> names = new ArrayList<>();
    for (COSName name : page.getResources().getFontNames()) {
      names.add(page.getResources().getFont(name).getName());
    }
    return names;
  }

  private static String page(String body) {
    return "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><style>html { font-family: 'Noto Sans SC'; }"
        + "</style></head><body>" + body + "</body></html>";
  }
}

package org.policybrief.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.util.ULocale;
import com.openhtmltopdf.css.parser.CSSParser;
import com.openhtmltopdf.css.sheet.MediaRule;
import com.openhtmltopdf.css.sheet.Ruleset;
import com.openhtmltopdf.css.sheet.Stylesheet;
import com.openhtmltopdf.css.sheet.StylesheetInfo;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.policybrief.render.fonts.FontLibrary;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.policybrief.testing.PdfReader;

/** A document's stylesheets keep the selectors that can match there, and only those. */
class DocumentXhtmlHandlerTest {

  @Test
  void keepsTheSelectorsWhoseElementsAndClassesAllOccur() throws IOException {
    String document = "<div class=\"a  b\"><p class=\"c\">x</p></div>";
    String css = "div.a p.c {} div.a p.d {} .b > .c {} input {} [dir=rtl] {} a[href$=\".pdf\"] {}"
        + " p[title=\".zzz]\"] {} table.a {} p:first-child {} body div, span.c {} @media print { .b p {} }";

    assertThat(kept(document, css))
        .containsExactly(true, false, true, false, true, false, true, false, true, true, false, true);
  }

  @Test
  void aNameThatCouldBeMisreadInAPrintedSelectorKeepsEverySelector() throws IOException {
    assertThat(kept("<p class=\"md:flex\">x</p>", ".md\\:flex {} input {}")).containsExactly(true, true);
    assertThat(kept("<p class=\"a.b\">x</p>", ".a\\.b {} .z {}")).containsExactly(true, true);
  }

  @Test
  void aStyleElementReadBeforeTheUserAgentSheetIsLeftWholeToOpenhtmltopdf() throws IOException {
    Document document = XhtmlParser.parse("<html xmlns=\"http://www.w3.org/1999/xhtml\">"
        + "<head><style>input { color: red }</style></head><body><p>x</p></body></html>");
    Element style = (Element) document.getElementsByTagName("style").item(0);

    StylesheetInfo info = new DocumentXhtmlHandler(document).readStyleElement(style);

    assertThat(info.getStylesheet()).isNull();
    assertThat(info.getContent()).contains("input { color: red }");
  }

  /** For each selector of {@code css}, whether it is kept for a document of {@code body}. */
  private static List<Boolean> kept(String body, String css) throws IOException {
    DocumentXhtmlHandler handler = new DocumentXhtmlHandler(XhtmlParser.parse(
        "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>" + body + "</body></html>"));
    Stylesheet sheet = new CSSParser((uri, message) -> {}).parseStylesheet("about:test", StylesheetInfo.AUTHOR,
        new StringReader(css.replace("{}", "{ color: red }")));
    List<Boolean> kept = new ArrayList<>();
    for (Object content : sheet.getContents()) {
      List<Ruleset> rules = content instanceof MediaRule media ? media.getContents() : List.of((Ruleset) content);
      rules.forEach(rule -> rule.getFSSelectors().forEach(selector -> kept.add(handler.canMatch(selector))));
    }
    return kept;
  }

  @Test
  void elementsOutsideABriefingKeepTheirDefaultLook() throws IOException {
    String body = "<p><b>粗体</b></p><h4>标题</h4><dl><dt>术语</dt><dd>释义</dd></dl>";
    byte[] pdf = new PdfWriter(new FontLibrary(null)).write(page(body), ULocale.SIMPLIFIED_CHINESE,
        new PdfWriter.Info("UA", "", "", "", "zh-Hans", LocalDate.of(2026, 11, 30)),
        new DefaultObjectDrawerFactory()).pdf();

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(PdfReader.text(document))
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

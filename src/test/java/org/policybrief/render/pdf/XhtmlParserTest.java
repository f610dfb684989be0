package org.policybrief.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class XhtmlParserTest {

  private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";

  @TempDir Path folder;

  @Test
  void buildsANamespaceAwareDomWithTheTextAsWritten() {
    Document document = XhtmlParser.parse("<!DOCTYPE html>\n<html xmlns=\"" + XHTML_NS
        + "\" xml:lang=\"zh\"><body><p class=\"a\">政策 &amp; 措施</p></body></html>");

    assertThat(document.getDocumentElement().getLocalName()).isEqualTo("html");
    assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo(XHTML_NS);
    assertThat(document.getElementsByTagNameNS(XHTML_NS, "p").item(0).getTextContent()).isEqualTo("政策 & 措施");
  }

  @Test
  void fetchesNoDtdAndExpandsNoExternalEntity() throws Exception {
    Path secret = Files.writeString(folder.resolve("secret.txt"), "the secret");
    Document document = XhtmlParser.parse("<!DOCTYPE html SYSTEM \"http://127.0.0.1:9/x.dtd\" [\n"
        + "<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>\n"
        + "<html xmlns=\"" + XHTML_NS + "\"><body><p>&leak;</p></body></html>");

    assertThat(document.getDocumentElement().getTextContent()).doesNotContain("the secret");
  }

  @Test
  void markupThatIsNotWellFormedSaysWhere() {
    assertThatThrownBy(() -> XhtmlParser.parse("<html xmlns=\"" + XHTML_NS + "\">\n<p>open<b></p></html>"))
        .isInstanceOf(XhtmlParser.MalformedXhtmlException.class)
        .hasMessageStartingWith("XHTML that is not well-formed (line 2, column ")
        .hasMessageContaining("\"b\"");
  }

  @Test
  void aDoctypeInsideTheBodyIsMarkupThatIsNotWellFormedNotAParserFailure() {
    // Xerces stopped with a bare SAXException, "Scanner State 24 not Recognized", without a position
    assertThatThrownBy(() -> XhtmlParser.parse("<html xmlns=\"" + XHTML_NS + "\"><body><div>x</div>"
        + "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><p>&e;</p></body></html>"))
        .isInstanceOf(XhtmlParser.MalformedXhtmlException.class)
        .hasMessageStartingWith("XHTML that is not well-formed (the parser stopped without saying where: ")
        .hasMessageContaining("<!DOCTYPE>");
  }
}

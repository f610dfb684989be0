package org.policybrief.render.pdf;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The XHTML a template wrote, parsed into the DOM openhtmltopdf lays out. openhtmltopdf's own
 * loading parses with SAX and copies the events into a DOM through an identity transform, which
 * cost 100 of the 2,600 ms a medium briefing's main thread spends; this builds the DOM directly,
 * whole at once (the layout visits every node, so Xerces' deferred nodes only added work).
 * Nothing is fetched: no external DTD, entity or schema.
 */
public final class XhtmlParser {

  private static final DocumentBuilderFactory FACTORY = factory();

  /** Fatal errors end the parse (and are reported by the caller); nothing else is worth a word. */
  private static final ErrorHandler QUIET = new ErrorHandler() {
    @Override
    public void warning(SAXParseException e) {}

    @Override
    public void error(SAXParseException e) {}

    @Override
    public void fatalError(SAXParseException e) throws SAXParseException {
      throw e;
    }
  };

  private XhtmlParser() {}

  /** Markup that is not well-formed: a template's mistake, with where the parser stopped. */
  public static final class MalformedXhtmlException extends IllegalArgumentException {
    MalformedXhtmlException(SAXParseException cause) {
      super("XHTML that is not well-formed (line " + cause.getLineNumber() + ", column "
          + cause.getColumnNumber() + " of the output): " + cause.getMessage(), cause);
    }

    /**
     * Xerces gives up on some markup without a position: a {@code <!DOCTYPE>} inside the body
     * stopped it with "Scanner State 24 not Recognized", reported as an internal error (exit 70).
     */
    MalformedXhtmlException(SAXException cause) {
      super("XHTML that is not well-formed (the parser stopped without saying where: "
          + String.valueOf(cause.getMessage()).strip() + "; a <!DOCTYPE> after the start of the output is one such mistake)",
          cause);
    }
  }

  static Document parse(String xhtml) {
    try {
      DocumentBuilder builder;
      synchronized (FACTORY) {
        builder = FACTORY.newDocumentBuilder();
      }
      builder.setErrorHandler(QUIET); // the default one prints to the console
      builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
      return builder.parse(new InputSource(new StringReader(xhtml)));
    } catch (SAXParseException e) {
      throw new MalformedXhtmlException(e);
    } catch (SAXException e) {
      // the text is in memory: nothing but the markup itself can stop the parse
      throw new MalformedXhtmlException(e);
    } catch (IOException | ParserConfigurationException e) {
      throw new IllegalStateException("the XHTML parser failed: " + e.getMessage(), e);
    }
  }

  private static DocumentBuilderFactory factory() {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setValidating(false);
    factory.setXIncludeAware(false);
    try {
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/dom/defer-node-expansion", false);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser lacks a security feature", e);
    }
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    return factory;
  }
}

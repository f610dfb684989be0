package org.policybrief.data.xlsx;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Which day a workbook's date numbers count from: Excel's own 1900 system, or the 1904 system of
 * old Mac workbooks (and of any workbook with "Use 1904 date system" ticked), whose numbers are
 * 1,462 days smaller for the same date. The workbook part says which in
 * {@code <workbookPr date1904="1"/>}; POI's streaming sheet reader does not look, so a date cell
 * of a 1904 workbook read four years and a day early.
 */
final class DateSystem {

  private DateSystem() {}

  /** Whether the workbook part ({@code xl/workbook.xml}) chooses the 1904 date system. */
  static boolean is1904(InputStream workbookPart)
      throws IOException, SAXException, ParserConfigurationException {
    boolean[] found = new boolean[1];
    XMLReader parser = XMLHelper.newXMLReader(); // POI's settings: no document type, no entities
    parser.setContentHandler(new DefaultHandler() {
      @Override
      public void startElement(String uri, String localName, String qName, Attributes atts) {
        if (localName.equals("workbookPr")) {
          String value = atts.getValue("date1904");
          found[0] = "1".equals(value) || "true".equals(value); // xsd:boolean
        }
      }
    });
    try (workbookPart) {
      parser.parse(new InputSource(workbookPart));
    }
    return found[0];
  }
}

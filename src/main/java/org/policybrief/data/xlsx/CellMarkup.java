package org.policybrief.data.xlsx;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Watches a sheet's XML on its way to POI's handler for what that handler passes over in
 * silence: a formula cell without a stored (cached) value, and merged ranges.
 */
final class CellMarkup extends XMLFilterImpl {

  /** Told of each finding while the sheet is read. */
  interface Findings {
    /** A formula whose value the workbook does not hold (a script wrote it, nothing computed it). */
    void formulaNotStored(String reference);

    /** A merged range such as {@code C2:C4}; the sheet lists them after its rows. */
    void merged(String range);
  }

  private final Findings findings;
  private String cellType;
  private String cellReference;
  private boolean formula;
  private StringBuilder value;
  private boolean inValue;

  /** Keeps the parent's entity resolver and error handler (POI's: no entities, errors logged). */
  CellMarkup(XMLReader parent, Findings findings) {
    super(parent);
    this.findings = findings;
    setEntityResolver(parent.getEntityResolver());
    setErrorHandler(parent.getErrorHandler());
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts)
      throws SAXException {
    switch (localName) {
      case "c" -> {
        cellReference = atts.getValue("r");
        cellType = atts.getValue("t");
        formula = false;
        value = null;
      }
      case "f" -> formula = true;
      case "v" -> {
        value = new StringBuilder();
        inValue = true;
      }
      case "mergeCell" -> {
        if (atts.getValue("ref") != null) {
          findings.merged(atts.getValue("ref"));
        }
      }
      default -> { }
    }
    super.startElement(uri, localName, qName, atts);
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    if (inValue) {
      value.append(ch, start, length);
    }
    super.characters(ch, start, length);
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    if (localName.equals("v")) {
      inValue = false;
    } else if (localName.equals("c") && formula && cellReference != null && !valueStored()) {
      findings.formulaNotStored(cellReference);
    }
    super.endElement(uri, localName, qName);
  }

  /**
   * No {@code <v>}, or an empty one (openpyxl writes {@code <v/>}); an empty value is stored only
   * as the text a formula gave ({@code t="str"}), never as a number.
   */
  private boolean valueStored() {
    return value != null && (!value.isEmpty() || "str".equals(cellType));
  }
}

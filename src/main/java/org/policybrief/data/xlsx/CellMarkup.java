package org.policybrief.data.xlsx;

import org.apache.poi.ss.util.CellReference;
import org.policybrief.model.InvisibleText;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Watches a sheet's XML on its way to POI's handler for what that handler passes over in
 * silence: a formula cell without a stored (cached) value, and merged ranges. It also gives a row
 * or cell written without its reference (the {@code r} attribute is optional: the row after the
 * last one, the cell right of the last one, as Excel reads them) the reference it stands for,
 * which POI's handler passes on as null.
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
  /** The current row and the last cell's column, 0-based, as the references give them. */
  private int row = -1;
  private int column = -1;
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
      case "row" -> {
        String number = atts.getValue("r");
        row = number == null ? row + 1 : rowIndex(number);
        column = -1;
        atts = withReference(atts, number, String.valueOf(row + 1));
      }
      case "c" -> {
        String given = atts.getValue("r");
        column = given == null ? column + 1 : columnIndex(given);
        cellReference = given != null ? given
            : new CellReference(Math.max(row, 0), column).formatAsString(false);
        atts = withReference(atts, given, cellReference);
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

  /** {@code atts} with {@code r} set to {@code reference} when it has none. */
  private static Attributes withReference(Attributes atts, String given, String reference) {
    if (given != null) {
      return atts;
    }
    AttributesImpl completed = new AttributesImpl(atts);
    completed.addAttribute("", "r", "r", "CDATA", reference);
    return completed;
  }

  /** A row number as a 0-based index; one that is no number counts as the next row. */
  private int rowIndex(String number) {
    try {
      return Integer.parseInt(number.strip()) - 1;
    } catch (NumberFormatException e) {
      return row + 1;
    }
  }

  /** The column of a reference such as {@code C7}; one without letters is the next column. */
  private int columnIndex(String reference) {
    int letters = 0;
    while (letters < reference.length() && Character.isLetter(reference.charAt(letters))) {
      letters++;
    }
    return letters == 0 ? column + 1 : CellReference.convertColStringToIndex(
        reference.substring(0, letters));
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
    try {
      super.endElement(uri, localName, qName);
    } catch (IllegalStateException | IndexOutOfBoundsException | NumberFormatException e) {
      // POI's handler on a value Excel never writes: an empty boolean (charAt(0)), a shared text
      // the workbook lacks (whose message lists every shared text), a number that is none
      if (cellReference == null) {
        throw e;
      }
      throw new UnreadableCell(cellReference, cellType == null ? "n" : cellType,
          value == null ? null : value.toString());
    }
  }

  /** A cell whose stored value cannot be read: the file is damaged or was not made by Excel. */
  static final class UnreadableCell extends SAXException {
    private static final int SHOWN = 40;
    private final String reference;

    UnreadableCell(String reference, String type, String value) {
      super("the cell's stored value cannot be read (type \"" + type + "\"" + (value == null ? ""
          : ", value \"" + InvisibleText.spelledOut(value, SHOWN) + "\"")
          + "), so the workbook is damaged: open it in Excel and save it again");
      this.reference = reference;
    }

    String reference() {
      return reference;
    }
  }

  /**
   * No {@code <v>}, or an empty one (openpyxl writes {@code <v/>}); an empty value is stored only
   * as the text a formula gave ({@code t="str"}), never as a number.
   */
  private boolean valueStored() {
    return value != null && (!value.isEmpty() || "str".equals(cellType));
  }
}

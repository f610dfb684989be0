package org.policybrief.data.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.EmptyFileException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidOperationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.policybrief.data.DatasetAssembler;
import org.policybrief.data.DatasetReader;
import org.policybrief.data.DatasetSource;
import org.policybrief.data.DatasetTable;
import org.policybrief.data.Row;
import org.policybrief.diag.Diagnostics;
import org.policybrief.diag.Location;
import org.policybrief.model.Dataset;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads a dataset from an Excel {@code .xlsx} workbook: sheets {@code documents},
 * {@code measures}, {@code categories} and optionally {@code countries}, with the columns of the
 * CSV files. Sheets are streamed (memory grows with the data, not with the workbook's XML);
 * formulas count by their cached values and are never evaluated (one without a cached value is
 * reported, as are merged cells); macros are never run.
 */
public final class XlsxDatasetReader implements DatasetReader {

  private final Path file;

  public XlsxDatasetReader(Path file) {
    this.file = file;
  }

  @Override
  public Optional<Dataset> read(Diagnostics diagnostics) throws IOException {
    Optional<String> brokenLink = DatasetSource.brokenLink(file);
    if (brokenLink.isPresent()) {
      throw new FileSystemException(file.toString(), null, brokenLink.get());
    }
    if (!Files.exists(file)) {
      throw new NoSuchFileException(file.toString());
    }
    if (Files.isDirectory(file)) {
      throw new FileSystemException(file.toString(), null, "is a folder, not a file");
    }
    if (!Files.isRegularFile(file)) {
      throw new FileSystemException(file.toString(), null, DatasetSource.NOT_REGULAR);
    }
    if (!isZipPackage(diagnostics)) {
      return Optional.empty();
    }
    Map<DatasetTable, List<Row>> rows = new EnumMap<>(DatasetTable.class);
    Map<DatasetTable, String> otherCase = new EnumMap<>(DatasetTable.class);
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
      StylesTable styles = stylesOf(reader);
      DataFormatter formatter = SheetRows.formatter(DateSystem.is1904(reader.getWorkbookData()));
      XSSFReader.SheetIterator sheets = reader.getSheetIterator();
      while (sheets.hasNext()) {
        try (InputStream sheet = sheets.next()) {
          if (!readSheet(sheets.getSheetName(), sheet, styles, formatter, strings, rows, otherCase,
              diagnostics)) {
            return Optional.empty();
          }
        }
      }
    } catch (OpenXML4JException | SAXException | ParserConfigurationException | POIXMLException
        | RecordFormatException | InvalidOperationException | java.util.zip.ZipException
        | IllegalArgumentException e) {
      unreadable(e, diagnostics);
      return Optional.empty();
    } catch (IOException e) {
      if (!expandsTooFar(e)) {
        throw e;
      }
      unreadable(e, diagnostics);
      return Optional.empty();
    }
    for (DatasetTable table : DatasetTable.values()) {
      if (table.required() && !rows.containsKey(table)) {
        diagnostics.error(Location.wholeFile(file.toString()), "xlsx.missing-sheet",
            "required sheet \"" + table.tableName() + "\" is missing" + (otherCase.containsKey(table)
                ? ": the sheet \"" + otherCase.get(table) + "\" is the name in other case;"
                    + " sheet names are lower case, rename it \"" + table.tableName() + "\""
                : ""));
      }
    }
    return new DatasetAssembler(diagnostics, t -> "sheet " + t.tableName(),
        t -> new Location(sheetFile(t.tableName()), 1, 1, "A"))
        .assemble(rows, file.toString());
  }

  /**
   * POI reports a styles part it cannot parse (not XML, or declaring a document type) as a plain
   * IOException, which read as an input/output error (exit 74) in the XML parser's words; it is
   * an unreadable workbook like any other damaged part.
   */
  private static StylesTable stylesOf(XSSFReader reader) throws InvalidFormatException {
    try {
      return reader.getStylesTable();
    } catch (IOException e) {
      throw new POIXMLException("the styles part (xl/styles.xml) cannot be read: "
          + String.valueOf(e.getMessage()).replaceFirst("^error: ", ""), e);
    }
  }

  private void unreadable(Exception e, Diagnostics diagnostics) {
    Location at = Location.wholeFile(file.toString());
    if (expandsTooFar(e)) {
      diagnostics.error(at, "xlsx.zip-bomb", String.format(Locale.ROOT, "the workbook expands to"
          + " more than %d times its size (or %.0f GB) when unpacked, which looks like a damaged"
          + " or hostile file; if it came from Excel, save it again from Excel as .xlsx",
          Math.round(1 / ZipSecureFile.getMinInflateRatio()),
          ZipSecureFile.getMaxEntrySize() / (double) (1L << 30)));
    } else if (declaresDocumentType(e)) {
      diagnostics.error(at, "xlsx.corrupt", "the workbook's XML declares a document type"
          + " (<!DOCTYPE …>), which Excel never writes and which could make a reader open other files"
          + " or network addresses; it is refused. If it came from Excel, save it again from Excel as .xlsx");
    } else if (String.valueOf(e.getMessage()).contains("content type part")) {
      // POI's words: "Package should contain a content type part [M1.13]"
      diagnostics.error(at, "xlsx.corrupt", "not an Excel workbook: the file is a ZIP archive"
          + " without a workbook's parts (another kind of file named .xlsx?)");
    } else {
      diagnostics.error(at, "xlsx.corrupt",
          "unreadable workbook (" + e.getMessage() + "); open it in Excel and save it again");
    }
  }

  /**
   * POI's guard against zip bombs throws a plain IOException, whose text only developers should
   * read; the part being read may wrap it, or copy the text into an exception of its own.
   */
  private static boolean expandsTooFar(Throwable e) {
    return saidSomewhere(e, "Zip bomb detected");
  }

  /**
   * The XML parser refuses any DOCTYPE (POI's setting), the way external entities come in; a part
   * read through XMLBeans (the styles) has the parser's words after a prefix of its own.
   */
  private static boolean declaresDocumentType(Throwable e) {
    return saidSomewhere(e, "DOCTYPE is disallowed");
  }

  /** Whether {@code e} or one of its causes says {@code words} in its message. */
  private static boolean saidSomewhere(Throwable e, String words) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && t.getMessage().contains(words)) {
        return true;
      }
    }
    return false;
  }

  /** How messages name a sheet: {@code data.xlsx[measures]}. */
  private String sheetFile(String sheet) {
    return file + "[" + sheet + "]";
  }

  /** Reads one sheet into {@code rows}; false (after reporting it) when a cell is unreadable. */
  private boolean readSheet(String name, InputStream sheet, StylesTable styles,
      DataFormatter formatter, ReadOnlySharedStringsTable strings, Map<DatasetTable, List<Row>> rows,
      Map<DatasetTable, String> otherCase, Diagnostics diagnostics)
      throws IOException, SAXException, ParserConfigurationException {
    Optional<DatasetTable> table = tableNamed(name);
    if (table.isEmpty()) {
      Optional<DatasetTable> meant = tableNamedInAnyCase(name);
      meant.ifPresent(t -> otherCase.putIfAbsent(t, name));
      diagnostics.warning(Location.wholeFile(sheetFile(name)), "xlsx.unknown-sheet",
          "unknown sheet \"" + name + "\" is ignored" + meant.map(t -> ": did you mean \""
              + t.tableName() + "\"? Sheet names are lower case").orElse(""));
      return true;
    }
    SheetRows handler = new SheetRows(sheetFile(name), table.get(), diagnostics);
    XMLReader parser = new CellMarkup(XMLHelper.newXMLReader(), handler);
    parser.setContentHandler(new XSSFSheetXMLHandler(
        styles, strings, handler, formatter, false));
    try {
      parser.parse(new InputSource(sheet));
    } catch (CellMarkup.UnreadableCell e) {
      handler.unreadable(e.reference(), e.getMessage());
      return false;
    }
    rows.put(table.get(), handler.rows());
    return true;
  }

  private static Optional<DatasetTable> tableNamed(String sheetName) {
    for (DatasetTable table : DatasetTable.values()) {
      if (table.tableName().equals(sheetName.strip())) {
        return Optional.of(table);
      }
    }
    return Optional.empty();
  }

  /** The table a sheet name such as {@code Measures} or {@code CATEGORIES} was meant to name. */
  private static Optional<DatasetTable> tableNamedInAnyCase(String sheetName) {
    for (DatasetTable table : DatasetTable.values()) {
      if (table.tableName().equalsIgnoreCase(sheetName.strip())) {
        return Optional.of(table);
      }
    }
    return Optional.empty();
  }

  /**
   * An .xlsx workbook is a ZIP package. Excel stores a password-protected one as an encrypted
   * OLE2 container instead, as are old .xls workbooks: both are reported, not guessed at.
   */
  private boolean isZipPackage(Diagnostics diagnostics) throws IOException {
    Location at = Location.wholeFile(file.toString());
    FileMagic magic;
    try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
      magic = FileMagic.valueOf(in);
    } catch (EmptyFileException e) {
      diagnostics.error(at, "xlsx.corrupt", "the workbook file is empty");
      return false;
    }
    if (magic == FileMagic.OOXML) {
      return true;
    }
    if (magic == FileMagic.OLE2) {
      try (POIFSFileSystem ole = new POIFSFileSystem(file.toFile(), true)) {
        if (ole.getRoot().hasEntry("EncryptionInfo")) {
          diagnostics.error(at, "xlsx.encrypted", "the workbook is password-protected:"
              + " remove the password in Excel and save it again (policybrief cannot decrypt it)");
          return false;
        }
      } catch (IOException | RuntimeException e) {
        // A damaged container fails in POI with I/O, index, state or array-size exceptions, all
        // worded in its sectors and blocks
        diagnostics.error(at, "xlsx.corrupt", "not a readable Excel workbook (.xlsx): the file"
            + " starts like an Office document but its contents are damaged; save it again from"
            + " Excel as .xlsx");
        return false;
      }
      diagnostics.error(at, "xlsx.format",
          "an old Excel 97-2003 (.xls) workbook: save it as an Excel workbook (.xlsx)");
      return false;
    }
    diagnostics.error(at, "xlsx.corrupt", "not an Excel workbook: the file is not a ZIP package"
        + " (is it a CSV file or a damaged download?)");
    return false;
  }
}

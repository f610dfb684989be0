package org.policybrief.render.pdf;

import com.ibm.icu.util.ULocale;
import com.openhtmltopdf.extend.FSObjectDrawerFactory;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.policybrief.render.fonts.FontFace;
import org.policybrief.render.fonts.FontLibrary;
import org.w3c.dom.Document;

/**
 * XHTML → PDF bytes with openhtmltopdf on PDFBox. Fonts come parsed from the {@link FontLibrary}
 * and are embedded as subsets; nothing is fetched from outside; the document id and dates derive
 * from the content and the edition date, so the same input gives the same bytes.
 */
public final class PdfWriter {

  private final FontLibrary fonts;
  private final boolean tagged;

  public PdfWriter(FontLibrary fonts) {
    this(fonts, false);
  }

  /**
   * {@code tagged}: a PDF/UA-1 structure (headings, lists, tables, figures with alternative
   * text). Off by default because it costs 25–70 % more render time; archival PDFs always have it.
   */
  public PdfWriter(FontLibrary fonts, boolean tagged) {
    this.fonts = fonts;
    this.tagged = tagged;
  }

  /** Whether every briefing gets a PDF/UA-1 structure; such a briefing is rendered in one piece. */
  public boolean tagged() {
    return tagged;
  }

  /** A file a PDF/A-3 briefing carries inside, such as the dataset it was made from. */
  public record Attachment(String fileName, String mimeType, String description, byte[] bytes) {}

  /** A PDF, and the paragraphs in it that end with one character alone on their last line. */
  public record Written(byte[] pdf, List<LoneCharacters.Lone> loneCharacters) {}

  /** Metadata of the PDF's information dictionary. */
  public record Info(String title, String subject, String keywords, String author, String pdfLang,
      LocalDate date) {}

  /** {@code drawers} draw the document's {@code <object>} elements (its charts). */
  public Written write(String xhtml, ULocale lineBreakLocale, Info info, FSObjectDrawerFactory drawers) {
    return write(xhtml, lineBreakLocale, info, drawers, List.of());
  }

  /**
   * With {@code attachments}, the PDF is a tagged PDF/A-3u and carries them as embedded files, in
   * this order; without, a plain (or tagged) PDF.
   */
  public Written write(String xhtml, ULocale lineBreakLocale, Info info, FSObjectDrawerFactory drawers,
      List<Attachment> attachments) {
    boolean archival = !attachments.isEmpty();
    List<LazyFont> lazyFonts = new ArrayList<>();
    try (PDDocument document = new PDDocument()) {
      PdfRendererBuilder builder = builder(document, xhtml, lineBreakLocale, drawers, lazyFonts);
      builder.usePdfUaAccessibility(tagged || archival);
      if (archival) {
        builder.usePdfAConformance(PdfAConformance.PDFA_3_U);
        builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
      }
      List<LoneCharacters.Lone> lone;
      try (PdfBoxRenderer renderer = renderer(builder, lazyFonts)) {
        renderer.createPDFWithoutClosing();
        lone = LoneCharacters.in(renderer, 1);
      }
      // the kind of file counts: a plain, an accessible and an archival file of one briefing differ
      describe(document, info, sha256((archival ? "PDF/A-3u\n" : tagged ? "PDF/UA-1\n" : "") + xhtml));
      shippedSrgbProfile(document);
      ArchivalMetadata.synchronise(document);
      ArchivalMetadata.describeLinks(document);
      LinkAreas.separate(document);
      LinkAddresses.asciiOnly(document);
      if (archival) {
        ArchivalMetadata.attach(document, attachments, document.getDocumentInformation().getCreationDate());
      }
      return new Written(save(document), lone);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      lazyFonts.forEach(LazyFont::close);
    }
  }

  /**
   * A builder for one XHTML document into {@code document}: fast renderer, no resource from
   * outside, ICU line and character breaking, the library's faces (loaded into the document on first use and
   * recorded in {@code fonts}, or taken from there when an earlier part of the document loaded them).
   */
  PdfRendererBuilder builder(PDDocument document, String xhtml, ULocale lineBreakLocale,
      FSObjectDrawerFactory drawers, List<LazyFont> fonts) {
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.usePDDocument(document);
    Document dom = XhtmlParser.parse(xhtml);
    builder.withW3cDocument(dom, null);
    builder.useNamespaceHandler(new DocumentXhtmlHandler(dom));
    builder.useUnicodeLineBreaker(new IcuLineBreaker(lineBreakLocale));
    builder.useUnicodeCharacterBreaker(new IcuCharacterBreaker());
    if (IcuBidi.needed(xhtml)) { // right-to-left text: Arabic titles in the data
      builder.useUnicodeBidiSplitter(IcuBidi.splitters());
      builder.useUnicodeBidiReorderer(IcuBidi.reorderer());
      builder.defaultTextDirection(TextDirection.LTR);
    }
    builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
    builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
    builder.withProducer("policybrief");
    builder.useObjectDrawerFactory(drawers);
    if (fonts.isEmpty()) {
      this.fonts.faces().forEach(face -> fonts.add(new LazyFont(document, face)));
    }
    for (LazyFont font : fonts) {
      for (String family : this.fonts.familyNames(font.face)) {
        builder.useFont(font, family, font.face.weight(), FontStyle.NORMAL, true);
      }
    }
    return builder;
  }

  /**
   * The builder's renderer, measuring text with {@link PrintableTextRenderer}. Noto Sans SC, of
   * every edition's families, is the fallback before PDFBox's standard fonts: a user's style
   * sheet naming only families the program does not have ("Comic Sans MS", serif) had its text
   * set in Times, not embedded, and its Chinese as "#". (All of {@code fonts} as fallbacks would
   * load faces the document never draws with.)
   */
  static PdfBoxRenderer renderer(PdfRendererBuilder builder, List<LazyFont> fonts) {
    PdfBoxRenderer renderer = builder.buildPdfRenderer();
    renderer.getSharedContext().setTextRenderer(new PrintableTextRenderer());
    fonts.stream().filter(font -> font.face.family().equals(FontLibrary.CJK_FAMILY)).forEach(font ->
        renderer.getFontResolver().addFont(font, font.face.family(), font.face.weight(), IdentValue.NORMAL,
            true, PdfBoxFontResolver.FontGroup.PRE_BUILT_IN_FALLBACK));
    return renderer;
  }

  /**
   * Makes the profile of a PDF/A briefing's output intent the JDK's sRGB file ({@code sRGB.pf}) byte
   * for byte, whichever JDK runs: on JDK 17 every {@code ICC_Profile.getData()} (ours, and PDFBox's
   * when it makes the output intent) gives the profile written out again by LittleCMS, which sets the
   * header's primary platform to {@code APPL} where the file says {@code MSFT} (JDK 25 gives the file
   * as it is), so the same archival briefing differed in those four bytes between {@code java -jar}
   * on JDK 17 and the launcher's JDK 25. The profile's id is zero: no checksum covers the field.
   */
  static void shippedSrgbProfile(PDDocument document) throws IOException {
    for (PDOutputIntent intent : document.getDocumentCatalog().getOutputIntents()) {
      byte[] profile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
      System.arraycopy("MSFT".getBytes(StandardCharsets.US_ASCII), 0, profile, 40, 4);
      try (OutputStream out = intent.getDestOutputIntent().createOutputStream(COSName.FLATE_DECODE)) {
        out.write(profile);
      }
    }
  }

  static byte[] save(PDDocument document) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
    document.save(out);
    return out.toByteArray();
  }

  /** Loads a face into the document on first use only: an edition uses few of the faces. */
  static final class LazyFont extends PDFontSupplier {
    private final PDDocument document;
    private final FontFace face;
    private TrueTypeFont parsed;
    private PDFont font;

    LazyFont(PDDocument document, FontFace face) {
      super(null);
      this.document = document;
      this.face = face;
    }

    @Override
    public PDFont supply() {
      if (font == null) {
        // Loading registers the font with the document, which a part laid out on another core
        // may be doing at the same moment with its own fonts (see PartedPdfWriter).
        synchronized (document) {
          try {
            parsed = face.acquire();
            PDType0Font loaded = PDType0Font.load(document, parsed, true);
            // A space reads back as a space: the no-break space beside numbers shares its glyph,
            // and PDFBox gives a glyph the first character the document set it for.
            loaded.addToSubset(' ');
            font = new MeasuredFont(loaded);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
      return font;
    }

    void close() {
      if (parsed != null) {
        face.release(parsed);
      }
    }
  }

  /** Metadata, language, fixed dates and a document id derived from {@code digest} of the content. */
  static void describe(PDDocument document, Info info, byte[] digest) {
    PDDocumentInformation metadata = document.getDocumentInformation();
    metadata.setTitle(info.title());
    metadata.setSubject(info.subject());
    metadata.setKeywords(info.keywords());
    metadata.setAuthor(info.author());
    metadata.setCreator("policybrief");
    metadata.setProducer("policybrief (openhtmltopdf, Apache PDFBox)");
    Calendar date = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
    date.clear();
    date.set(info.date().getYear(), info.date().getMonthValue() - 1, info.date().getDayOfMonth());
    metadata.setCreationDate(date);
    metadata.setModificationDate(date);
    document.getDocumentCatalog().setLanguage(info.pdfLang());

    byte[] id = Arrays.copyOf(digest, 16);
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    document.getDocument().setDocumentID(ids);
  }

  private static byte[] sha256(String text) {
    MessageDigest digest = sha256();
    return digest.digest(text.getBytes(StandardCharsets.UTF_8));
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

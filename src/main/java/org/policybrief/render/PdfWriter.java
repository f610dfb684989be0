package org.policybrief.render;

import com.openhtmltopdf.extend.FSObjectDrawerFactory;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * XHTML → PDF bytes with openhtmltopdf on PDFBox. Fonts come parsed from the {@link FontLibrary}
 * and are embedded as subsets; nothing is fetched from outside; the document id and dates derive
 * from the content and the edition date, so the same input gives the same bytes.
 */
final class PdfWriter {

  private final FontLibrary fonts;
  private final boolean tagged;

  PdfWriter(FontLibrary fonts) {
    this(fonts, false);
  }

  /**
   * {@code tagged}: a PDF/UA-1 structure (headings, lists, tables, figures with alternative
   * text). Off by default because it costs 25–70 % more render time; archival PDFs always have it.
   */
  PdfWriter(FontLibrary fonts, boolean tagged) {
    this.fonts = fonts;
    this.tagged = tagged;
  }

  /**
   * A file a PDF/A-3 briefing carries inside, such as the dataset it was made from; null for a
   * plain briefing.
   */
  record Attachment(String fileName, String mimeType, String description, byte[] bytes) {}

  /** Metadata of the PDF's information dictionary. */
  record Info(String title, String subject, String keywords, String author, String pdfLang,
      LocalDate date) {}

  /** {@code drawers} draw the document's {@code <object>} elements (its charts). */
  byte[] write(String xhtml, EditionLanguage language, Info info, FSObjectDrawerFactory drawers) {
    return write(xhtml, language, info, drawers, null);
  }

  /** With an {@code attachment}, the PDF is a tagged PDF/A-3u and carries it as an embedded file. */
  byte[] write(String xhtml, EditionLanguage language, Info info, FSObjectDrawerFactory drawers,
      Attachment attachment) {
    List<LazyFont> lazyFonts = new ArrayList<>();
    try (PDDocument document = new PDDocument()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.usePDDocument(document);
      builder.withHtmlContent(xhtml, null);
      builder.useUnicodeLineBreaker(new IcuLineBreaker(language.lineBreakLocale()));
      if (IcuBidi.needed(xhtml)) { // right-to-left text: Arabic titles in the data
        builder.useUnicodeBidiSplitter(IcuBidi.splitters());
        builder.useUnicodeBidiReorderer(IcuBidi.reorderer());
        builder.defaultTextDirection(TextDirection.LTR);
      }
      builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
      builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
      builder.withProducer("policybrief");
      builder.useObjectDrawerFactory(drawers);
      builder.usePdfUaAccessibility(tagged || attachment != null);
      if (attachment != null) {
        builder.usePdfAConformance(PdfAConformance.PDFA_3_U);
        builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
      }
      for (FontFace face : fonts.faces()) {
        LazyFont font = new LazyFont(document, face);
        lazyFonts.add(font);
        builder.useFont(font, face.family(), face.weight(), FontStyle.NORMAL, true);
      }
      builder.buildPdfRenderer().createPDFWithoutClosing();
      describe(document, info, xhtml);
      ArchivalMetadata.synchronise(document);
      ArchivalMetadata.describeLinks(document);
      if (attachment != null) {
        ArchivalMetadata.attach(document, attachment, document.getDocumentInformation().getCreationDate());
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      lazyFonts.forEach(LazyFont::close);
    }
  }

  /** Loads a face into the document on first use only: an edition uses few of the faces. */
  private static final class LazyFont extends PDFontSupplier {
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
        try {
          parsed = face.acquire();
          font = PDType0Font.load(document, parsed, true);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
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

  private static void describe(PDDocument document, Info info, String xhtml) {
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

    byte[] id = Arrays.copyOf(sha256(xhtml), 16);
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    document.getDocument().setDocumentID(ids);
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

package org.policybrief.render.pdf;

import com.ibm.icu.util.ULocale;
import com.openhtmltopdf.extend.FSObjectDrawerFactory;
import com.openhtmltopdf.pdfboxout.PagePosition;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.render.Box;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/**
 * A long briefing written as several XHTML documents into one PDF, so that openhtmltopdf holds
 * the layout of one part at a time: its memory stays bounded whatever the number of measures.
 * The body parts come first, numbered on from the front matter; the front (cover and table of
 * contents) is laid out once to learn its length and rendered last, when the pages of what it
 * lists are known, then moved to the start. Links from the contents to other parts and the
 * bookmarks of all parts are joined here; every part shares the document's fonts, so each face
 * is embedded once.
 */
public final class PartedPdfWriter {

  /** Where an element with an id landed: its page and the top of its box, in PDF points. */
  private record Target(PDPage page, int pageNumber, float top) {}

  private static final Pattern ANY_ID = Pattern.compile(".");
  private static final Pattern TOC_ENTRY = Pattern.compile("^toc-");

  private final PdfWriter writer;

  public PartedPdfWriter(PdfWriter writer) {
    this.writer = writer;
  }

  /**
   * @param front the front matter's XHTML for the page of each anchor it lists (placeholders when
   *     given an empty map)
   * @param body the body parts' XHTML, in reading order, each made only when it is rendered
   * @param continues for each body part, whether its bookmarks continue the previous part's last one
   */
  public byte[] write(Function<Map<String, String>, String> front, List<Supplier<String>> body,
      List<Boolean> continues, ULocale lineBreakLocale, PdfWriter.Info info,
      FSObjectDrawerFactory drawers) {
    List<PdfWriter.LazyFont> fonts = new ArrayList<>();
    MessageDigest digest = PdfWriter.sha256();
    try (PDDocument document = new PDDocument()) {
      int frontPages = pageCount(document, front.apply(Map.of()), lineBreakLocale, drawers, fonts);
      Map<String, Target> targets = new HashMap<>();
      PDDocumentOutline outline = new PDDocumentOutline();
      List<PDOutlineItem> bodyBookmarks = new ArrayList<>();
      for (int i = 0; i < body.size(); i++) {
        String xhtml = body.get(i).get();
        digest.update(xhtml.getBytes(StandardCharsets.UTF_8));
        int before = document.getNumberOfPages();
        try (PdfBoxRenderer renderer = render(document, xhtml, lineBreakLocale, drawers, fonts, frontPages + before + 1)) {
          shiftDestinations(document, before);
          for (PagePosition<Box> at : renderer.findPagePositionsByID(ANY_ID)) {
            int index = before + at.getPageNo();
            targets.putIfAbsent(at.getId(), new Target(document.getPage(index), frontPages + index + 1,
                at.getY() + at.getHeight()));
          }
        }
        takeBookmarks(document, continues.get(i) && !bodyBookmarks.isEmpty()
            ? bodyBookmarks.get(bodyBookmarks.size() - 1) : null, bodyBookmarks);
      }

      Map<String, String> pages = new HashMap<>();
      targets.forEach((id, target) -> pages.put(id, Integer.toString(target.pageNumber())));
      String frontXhtml = front.apply(pages);
      digest.update(frontXhtml.getBytes(StandardCharsets.UTF_8));
      int bodyPages = document.getNumberOfPages();
      List<PDPage> frontPageList = new ArrayList<>();
      try (PdfBoxRenderer frontRenderer = render(document, frontXhtml, lineBreakLocale, drawers, fonts, 1)) {
        if (document.getNumberOfPages() - bodyPages != frontPages) {
          // cannot happen while the placeholders are at least as wide as the page numbers
          throw new IllegalStateException("the front matter changed length when its page numbers were set");
        }
        shiftDestinations(document, bodyPages);
        for (int i = bodyPages; i < document.getNumberOfPages(); i++) {
          frontPageList.add(document.getPage(i));
        }
        linkContents(frontRenderer, frontPageList, targets);
      }
      moveToStart(document, frontPageList);
      List<PDOutlineItem> frontBookmarks = new ArrayList<>();
      takeBookmarks(document, null, frontBookmarks);
      frontBookmarks.forEach(outline::addLast);
      bodyBookmarks.forEach(outline::addLast);
      document.getDocumentCatalog().setDocumentOutline(outline);

      PdfWriter.describe(document, info, digest.digest());
      ArchivalMetadata.synchronise(document);
      ArchivalMetadata.describeLinks(document);
      return PdfWriter.save(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      fonts.forEach(PdfWriter.LazyFont::close);
    }
  }

  private int pageCount(PDDocument document, String xhtml, ULocale lineBreakLocale,
      FSObjectDrawerFactory drawers, List<PdfWriter.LazyFont> fonts) {
    try (PdfBoxRenderer renderer = writer.builder(document, xhtml, lineBreakLocale, drawers, fonts).buildPdfRenderer()) {
      renderer.layout();
      return renderer.getRootBox().getLayer().getPages().size();
    }
  }

  private PdfBoxRenderer render(PDDocument document, String xhtml, ULocale lineBreakLocale,
      FSObjectDrawerFactory drawers, List<PdfWriter.LazyFont> fonts, int firstPageNumber)
      throws IOException {
    PdfBoxRenderer renderer = writer.builder(document, xhtml, lineBreakLocale, drawers, fonts)
        .useInitialPageNumber(firstPageNumber).buildPdfRenderer();
    renderer.createPDFWithoutClosing();
    return renderer;
  }

  /**
   * openhtmltopdf points its links and bookmarks at pages by their index in its own render, which
   * in a shared document are the first pages: moves them onto the part's pages, which start at
   * {@code first}.
   */
  private static void shiftDestinations(PDDocument document, int first) throws IOException {
    if (first == 0) {
      return;
    }
    List<PDPageDestination> destinations = new ArrayList<>();
    PDDocumentOutline outline = document.getDocumentCatalog().getDocumentOutline();
    if (outline != null) {
      collect(outline, destinations);
    }
    for (int i = first; i < document.getNumberOfPages(); i++) {
      for (PDAnnotation annotation : document.getPage(i).getAnnotations()) {
        if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionGoTo goTo
            && goTo.getDestination() instanceof PDPageDestination destination) {
          destinations.add(destination);
        }
      }
    }
    for (PDPageDestination destination : destinations) {
      int index = document.getPages().indexOf(destination.getPage());
      destination.setPage(document.getPage(first + index));
    }
  }

  private static void collect(PDOutlineNode node, List<PDPageDestination> into) throws IOException {
    for (PDOutlineItem item : node.children()) {
      if (item.getDestination() instanceof PDPageDestination destination) {
        into.add(destination);
      }
      collect(item, into);
    }
  }

  /**
   * Moves the bookmarks the last render left in the catalogue into {@code into}, or under
   * {@code parent} when the part continues it (a country section cut in two).
   */
  private static void takeBookmarks(PDDocument document, PDOutlineItem parent, List<PDOutlineItem> into) {
    PDDocumentOutline rendered = document.getDocumentCatalog().getDocumentOutline();
    document.getDocumentCatalog().setDocumentOutline(null);
    if (rendered == null) {
      return;
    }
    for (PDOutlineItem item : rendered.children()) {
      PDOutlineItem copy = copy(item);
      if (parent != null) {
        parent.addLast(copy);
      } else {
        into.add(copy);
      }
    }
  }

  /** A detached copy: PDFBox links an item to its siblings, which a new outline must not keep. */
  private static PDOutlineItem copy(PDOutlineItem item) {
    PDOutlineItem copy = new PDOutlineItem();
    copy.setTitle(item.getTitle());
    try {
      copy.setDestination(item.getDestination());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (PDOutlineItem child : item.children()) {
      copy.addLast(copy(child));
    }
    return copy;
  }

  /** Each entry of the contents (an element with id {@code toc-<anchor>}) links to its anchor. */
  private static void linkContents(PdfBoxRenderer frontRenderer, List<PDPage> frontPages,
      Map<String, Target> targets) throws IOException {
    for (PagePosition<Box> entry : frontRenderer.findPagePositionsByID(TOC_ENTRY)) {
      Target target = targets.get(entry.getId().substring("toc-".length()));
      if (target == null) {
        continue; // a target inside the front matter: openhtmltopdf has linked it already
      }
      PDPageXYZDestination destination = new PDPageXYZDestination();
      destination.setPage(target.page());
      destination.setTop(Math.round(target.top()));
      PDActionGoTo goTo = new PDActionGoTo();
      goTo.setDestination(destination);
      PDAnnotationLink link = new PDAnnotationLink();
      link.setAction(goTo);
      link.setRectangle(new PDRectangle(entry.getX(), entry.getY(), entry.getWidth(), entry.getHeight()));
      PDBorderStyleDictionary noBorder = new PDBorderStyleDictionary();
      noBorder.setWidth(0);
      link.setBorderStyle(noBorder);
      PDPage page = frontPages.get(entry.getPageNo());
      List<PDAnnotation> annotations = page.getAnnotations();
      annotations.add(link);
      page.setAnnotations(annotations);
      link.setPage(page);
    }
  }

  private static void moveToStart(PDDocument document, List<PDPage> pages) {
    if (pages.size() == document.getNumberOfPages()) {
      return;
    }
    PDPage first = document.getPage(0);
    for (PDPage page : pages) {
      document.getPages().remove(page);
      document.getPages().insertBefore(page, first);
    }
  }
}

package org.policybrief.render.pdf;

import com.openhtmltopdf.pdfboxout.PagePosition;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.render.Box;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSDictionary;
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
 * Joins the links and bookmarks of a briefing rendered in parts (see {@link PartedPdfWriter}):
 * openhtmltopdf knows only the part it renders, so its destinations are moved onto the part's
 * pages, its bookmarks gathered into one outline, and the contents linked to other parts.
 */
final class PartLinks {

  /** Where an element with an id landed: its page and the top of its box, in PDF points. */
  record Target(PDPage page, int pageNumber, float top) {}

  private static final Pattern TOC_ENTRY = Pattern.compile("^toc-");

  private PartLinks() {}

  /**
   * openhtmltopdf points its links and bookmarks at pages by their index in its own render, which
   * in a shared document are the first pages: moves them onto the part's pages, which start at
   * {@code first}.
   */
  static void shiftDestinations(PDDocument document, int first) throws IOException {
    if (first == 0) {
      return;
    }
    // Walked once: PDPageTree finds a page by index or an index by page by walking the tree.
    List<PDPage> pages = new ArrayList<>(document.getNumberOfPages());
    document.getPages().forEach(pages::add);
    List<PDPageDestination> destinations = new ArrayList<>();
    PDDocumentOutline outline = document.getDocumentCatalog().getDocumentOutline();
    if (outline != null) {
      collect(outline, destinations);
    }
    for (PDPage page : pages.subList(first, pages.size())) {
      for (PDAnnotation annotation : page.getAnnotations()) {
        if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionGoTo goTo
            && goTo.getDestination() instanceof PDPageDestination destination) {
          destinations.add(destination);
        }
      }
    }
    // The part's own pages by their index in its render.
    Map<COSDictionary, Integer> indexOf = new HashMap<>();
    for (int i = 0; i < pages.size() - first; i++) {
      indexOf.put(pages.get(i).getCOSObject(), i);
    }
    for (PDPageDestination destination : destinations) {
      Integer index = indexOf.get(destination.getPage().getCOSObject());
      if (index != null) {
        destination.setPage(pages.get(first + index));
      }
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
  static void takeBookmarks(PDDocument document, PDOutlineItem parent, List<PDOutlineItem> into) {
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
  static void linkContents(PdfBoxRenderer frontRenderer, List<PDPage> frontPages,
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

  static void moveToStart(PDDocument document, List<PDPage> pages) {
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

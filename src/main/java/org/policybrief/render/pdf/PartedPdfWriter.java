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
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.policybrief.render.pdf.PartLayouts.LaidOut;
import org.policybrief.render.pdf.PartLinks.Target;

/**
 * A long briefing written as several XHTML documents into one PDF, so that openhtmltopdf holds
 * the layout of at most {@link #FONT_SETS} parts at a time: its memory stays bounded whatever
 * the number of measures. The body parts come first, numbered on from the front matter; the front
 * (cover and table of contents) is laid out once to learn its length and rendered last, when the
 * pages of what it lists are known, then moved to the start ({@link PartLinks} joins links and
 * bookmarks).
 *
 * <p>Parts are painted in order on this thread. With a second core, the next parts are laid out
 * there meanwhile ({@link PartLayouts}), and this thread lays out one too while it waits for the part it is to paint:
 * layout takes about twice as long as painting, so one thread laying out while the other paints
 * left this one idle for 40 % of a 20,000-measure briefing. A part is laid out before the page it
 * starts on is known, so its pages are numbered when it is painted ({@link FirstPageNumber}). A
 * font belongs to one thread at a time, so part {@code k} uses set {@code k % FONT_SETS} of the
 * document's fonts, and each face used is embedded as up to that many subsets. The sets are the
 * same on one core, and whatever the number of parts held at once, so that the same data gives
 * the same bytes on any machine.
 */
public final class PartedPdfWriter {

  private static final Pattern ANY_ID = Pattern.compile(".");

  /** The most parts held at once: the one being painted, and those laid out meanwhile. */
  public static final int FONT_SETS = 4;

  private final PdfWriter writer;
  private final int partsAtOnce;

  /** {@code partsAtOnce}: from 2 to {@link #FONT_SETS}; fewer hold less memory, with less done side by side. */
  public PartedPdfWriter(PdfWriter writer, int partsAtOnce) {
    if (partsAtOnce < 2 || partsAtOnce > FONT_SETS) {
      throw new IllegalArgumentException("parts at once: 2 to " + FONT_SETS + ", not " + partsAtOnce);
    }
    this.writer = writer;
    this.partsAtOnce = partsAtOnce;
  }

  /**
   * @param front the front matter's XHTML for the page of each anchor it lists (placeholders when
   *     given an empty map)
   * @param body the body parts' XHTML, in reading order, each made only when it is laid out
   * @param continues for each body part, whether its bookmarks continue the previous part's last one
   */
  public PdfWriter.Written write(Function<Map<String, String>, String> front, List<Supplier<String>> body,
      List<Boolean> continues, ULocale lineBreakLocale, PdfWriter.Info info,
      FSObjectDrawerFactory drawers) {
    List<List<PdfWriter.LazyFont>> fontSets =
        Stream.<List<PdfWriter.LazyFont>>generate(ArrayList::new).limit(FONT_SETS).toList();
    MessageDigest digest = PdfWriter.sha256();
    try (PDDocument document = new PDDocument()) {
      List<PdfWriter.LazyFont> frontFonts = fontSets.get(0);
      int frontPages = pageCount(document, front.apply(Map.of()), lineBreakLocale, drawers, frontFonts);
      Map<String, Target> targets = new HashMap<>();
      List<PDOutlineItem> bodyBookmarks = new ArrayList<>();
      List<LoneCharacters.Lone> lone = new ArrayList<>();
      // closed before the document: no thread uses it or the fonts after
      try (PartLayouts layouts = new PartLayouts(body, partsAtOnce,
          (xhtml, set) -> layOut(document, xhtml, lineBreakLocale, drawers, fontSets.get(set)))) {
        for (int i = 0; i < body.size(); i++) {
          LaidOut part = layouts.take(i);
          digest.update(part.xhtml().getBytes(StandardCharsets.UTF_8));
          int before = document.getNumberOfPages();
          try (PdfBoxRenderer renderer = part.renderer()) {
            renderer.getSharedContext().registerWithThread(); // openhtmltopdf reads it per thread
            FirstPageNumber.paint(renderer, frontPages + before + 1);
            lone.addAll(LoneCharacters.in(renderer, frontPages + before + 1));
            PartLinks.shiftDestinations(document, before);
            for (PagePosition<Box> at : renderer.findPagePositionsByID(ANY_ID)) {
              int index = before + at.getPageNo();
              targets.putIfAbsent(at.getId(), new Target(document.getPage(index), frontPages + index + 1,
                  at.getY() + at.getHeight()));
            }
          }
          layouts.painted();
          PartLinks.takeBookmarks(document, continues.get(i) && !bodyBookmarks.isEmpty()
              ? bodyBookmarks.get(bodyBookmarks.size() - 1) : null, bodyBookmarks);
        }
      }

      Map<String, String> pages = new HashMap<>();
      targets.forEach((id, target) -> pages.put(id, Integer.toString(target.pageNumber())));
      String frontXhtml = front.apply(pages);
      digest.update(frontXhtml.getBytes(StandardCharsets.UTF_8));
      int bodyPages = document.getNumberOfPages();
      List<PDPage> frontPageList = new ArrayList<>();
      try (PdfBoxRenderer frontRenderer = PdfWriter.renderer(writer.builder(document, frontXhtml,
          lineBreakLocale, drawers, frontFonts).useInitialPageNumber(1), frontFonts)) {
        frontRenderer.createPDFWithoutClosing();
        lone.addAll(0, LoneCharacters.in(frontRenderer, 1));
        if (document.getNumberOfPages() - bodyPages != frontPages) {
          // cannot happen while the placeholders are at least as wide as the page numbers
          throw new IllegalStateException("the front matter changed length when its page numbers were set");
        }
        PartLinks.shiftDestinations(document, bodyPages);
        for (int i = bodyPages; i < document.getNumberOfPages(); i++) {
          frontPageList.add(document.getPage(i));
        }
        PartLinks.linkContents(frontRenderer, frontPageList, targets);
      }
      PartLinks.moveToStart(document, frontPageList);
      List<PDOutlineItem> frontBookmarks = new ArrayList<>();
      PartLinks.takeBookmarks(document, null, frontBookmarks);
      PDDocumentOutline outline = new PDDocumentOutline();
      frontBookmarks.forEach(outline::addLast);
      bodyBookmarks.forEach(outline::addLast);
      document.getDocumentCatalog().setDocumentOutline(outline);

      PdfWriter.describe(document, info, digest.digest());
      ArchivalMetadata.synchronise(document);
      ArchivalMetadata.describeLinks(document);
      LinkAreas.separate(document);
      LinkAddresses.asciiOnly(document);
      return new PdfWriter.Written(PdfWriter.save(document), lone);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      fontSets.forEach(set -> set.forEach(PdfWriter.LazyFont::close));
    }
  }

  /** A body part's renderer, laid out (closed if its layout fails). */
  private PdfBoxRenderer layOut(PDDocument document, String xhtml, ULocale lineBreakLocale,
      FSObjectDrawerFactory drawers, List<PdfWriter.LazyFont> fonts) {
    PdfBoxRenderer renderer =
        PdfWriter.renderer(writer.builder(document, xhtml, lineBreakLocale, drawers, fonts), fonts);
    try {
      renderer.layout();
    } catch (RuntimeException | Error e) {
      renderer.close();
      throw e;
    }
    return renderer;
  }

  private int pageCount(PDDocument document, String xhtml, ULocale lineBreakLocale,
      FSObjectDrawerFactory drawers, List<PdfWriter.LazyFont> fonts) {
    try (PdfBoxRenderer renderer = layOut(document, xhtml, lineBreakLocale, drawers, fonts)) {
      return renderer.getRootBox().getLayer().getPages().size();
    }
  }
}

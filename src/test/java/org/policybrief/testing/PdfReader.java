package org.policybrief.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a generated PDF back as a reader's tools would: text, fonts, links, bookmarks. */
public final class PdfReader {

  private PdfReader() {}

  public static PDDocument open(Path pdf) {
    try {
      return Loader.loadPDF(pdf.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The text a reader finds: the narrow no-break space Chinese editions set between a number and
   * a Han character (5 项) as a space, as viewers' search takes it.
   */
  public static String text(PDDocument document) throws IOException {
    return new PDFTextStripper().getText(document).replace('\u00A0', ' ');
  }

  public static String text(PDDocument document, int firstPage, int lastPage) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(firstPage);
    stripper.setEndPage(lastPage);
    return stripper.getText(document).replace('\u00A0', ' ');
  }

  /** Text without any white space, so that words wrapped across lines still match. */
  public static String solid(String text) {
    return text.replaceAll("\\s+", "");
  }

  public static List<PDFont> fonts(PDDocument document) throws IOException {
    List<PDFont> fonts = new ArrayList<>();
    for (PDPage page : document.getPages()) {
      PDResources resources = page.getResources();
      for (COSName name : resources.getFontNames()) {
        fonts.add(resources.getFont(name));
      }
    }
    return fonts;
  }

  public static List<String> linkTargets(PDDocument document) throws IOException {
    List<String> uris = new ArrayList<>();
    for (PDPage page : document.getPages()) {
      for (PDAnnotation annotation : page.getAnnotations()) {
        if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
          uris.add(uri.getURI());
        }
      }
    }
    return uris;
  }

  /** Every bookmark title, depth first. */
  public static List<String> bookmarks(PDDocument document) {
    List<String> titles = new ArrayList<>();
    if (document.getDocumentCatalog().getDocumentOutline() != null) {
      collect(document.getDocumentCatalog().getDocumentOutline(), titles);
    }
    return titles;
  }

  private static void collect(PDOutlineNode node, List<String> titles) {
    for (PDOutlineItem item : node.children()) {
      titles.add(item.getTitle());
      collect(item, titles);
    }
  }
}

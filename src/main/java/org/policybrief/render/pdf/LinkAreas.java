package org.policybrief.render.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * Link areas that end where their line ends. openhtmltopdf makes a link's area as tall as its
 * text's inline box, which it sizes by the font's bounding box, not its line metrics: Noto Sans
 * SC reaches 1.808 em above the baseline and 1.048 below, so the area of a contents line was
 * 2.86 em tall (31 pt at 11 pt) on lines 16 or 20 pt apart, and the next line's link lay over the
 * lower half of this line's words: a click on "1 Summary" opened the charts. Where two areas of a
 * page overlap one above the other, each now ends at the middle of the overlap, which, the areas
 * being centred on their lines, is where one line box meets the next.
 */
final class LinkAreas {

  private LinkAreas() {}

  static void separate(PDDocument document) throws IOException {
    for (PDPage page : document.getPages()) {
      List<PDAnnotationLink> links = new ArrayList<>();
      for (PDAnnotation annotation : page.getAnnotations()) {
        if (annotation instanceof PDAnnotationLink link && link.getRectangle() != null) {
          links.add(link);
        }
      }
      for (int i = 0; i < links.size(); i++) {
        for (int j = i + 1; j < links.size(); j++) {
          separate(links.get(i), links.get(j));
        }
      }
    }
  }

  /** Moves the edges of two areas that overlap one above the other to the middle of the overlap. */
  static void separate(PDAnnotationLink a, PDAnnotationLink b) {
    PDRectangle ra = a.getRectangle();
    PDRectangle rb = b.getRectangle();
    boolean acrossX = ra.getLowerLeftX() < rb.getUpperRightX() && rb.getLowerLeftX() < ra.getUpperRightX();
    float centreA = (ra.getLowerLeftY() + ra.getUpperRightY()) / 2;
    float centreB = (rb.getLowerLeftY() + rb.getUpperRightY()) / 2;
    if (!acrossX || centreA == centreB) {
      return; // side by side, or on one line: nothing lies over the other's text
    }
    PDRectangle upper = centreA > centreB ? ra : rb;
    PDRectangle lower = upper == ra ? rb : ra;
    if (lower.getUpperRightY() <= upper.getLowerLeftY()) {
      return;
    }
    float middle = (lower.getUpperRightY() + upper.getLowerLeftY()) / 2;
    if (middle <= lower.getLowerLeftY() || middle >= upper.getUpperRightY()) {
      return; // one holds the other: a block around lines, left as it is
    }
    upper.setLowerLeftY(middle);
    lower.setUpperRightY(middle);
    (upper == ra ? a : b).setRectangle(upper);
    (lower == ra ? a : b).setRectangle(lower);
  }
}

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
 * being centred on their lines, is where one line box meets the next: the same edge for every area
 * of a line (a tagged contents line has two, its words and its leader with the number).
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
      // every cut is taken from the areas as openhtmltopdf made them: cutting one pair after another,
      // the area of a contents line's words, cut by the next line's words, was cut again higher up by
      // the next line's leader it reached over, and a strip below the words opened no page
      List<PDRectangle> made = links.stream().map(PDAnnotationLink::getRectangle).toList();
      float[] bottoms = new float[links.size()];
      float[] tops = new float[links.size()];
      for (int i = 0; i < links.size(); i++) {
        bottoms[i] = made.get(i).getLowerLeftY();
        tops[i] = made.get(i).getUpperRightY();
      }
      for (int i = 0; i < links.size(); i++) {
        for (int j = 0; j < links.size(); j++) {
          Float middle = middle(made.get(i), made.get(j));
          if (middle != null) { // i above j
            bottoms[i] = Math.max(bottoms[i], middle);
            tops[j] = Math.min(tops[j], middle);
          }
        }
      }
      for (int i = 0; i < links.size(); i++) {
        PDRectangle area = made.get(i);
        if (bottoms[i] != area.getLowerLeftY() || tops[i] != area.getUpperRightY()) {
          area.setLowerLeftY(bottoms[i]);
          area.setUpperRightY(tops[i]);
          links.get(i).setRectangle(area);
        }
      }
    }
  }

  /**
   * Where an upper area that overlaps a lower one across x and in part from above should end and
   * the lower begin: the middle of their overlap; null when {@code upper} is not such an area.
   */
  static Float middle(PDRectangle upper, PDRectangle lower) {
    boolean acrossX = upper.getLowerLeftX() < lower.getUpperRightX() && lower.getLowerLeftX() < upper.getUpperRightX();
    float centreUpper = (upper.getLowerLeftY() + upper.getUpperRightY()) / 2;
    float centreLower = (lower.getLowerLeftY() + lower.getUpperRightY()) / 2;
    if (!acrossX || centreUpper <= centreLower || lower.getUpperRightY() <= upper.getLowerLeftY()) {
      return null; // side by side, on one line, below, or apart: nothing lies over the other's text
    }
    float middle = (lower.getUpperRightY() + upper.getLowerLeftY()) / 2;
    if (middle <= lower.getLowerLeftY() || middle >= upper.getUpperRightY()) {
      return null; // one holds the other: a block around lines, left as it is
    }
    return middle;
  }
}

package org.policybrief.render;

import org.policybrief.model.BriefingSpec.PageSize;

/**
 * The paper, as the template needs it: the CSS page size and the sheet and text-block widths the
 * cover is drawn to (the margins of the design guide are the same on every paper). Public for the
 * template engine.
 */
public record PageSetup(String cssSize, String width, String height, String textWidth) {

  static final double SIDE_MARGINS_MM = 2 * 30.9;

  static PageSetup of(PageSize size) {
    return switch (size) {
      case LETTER -> of("letter", 215.9, 279.4);
      case A4 -> of("A4", 210, 297);
    };
  }

  private static PageSetup of(String cssSize, double width, double height) {
    // The cover is 1 mm shorter than the sheet, so rounding never pushes it onto a second page.
    return new PageSetup(cssSize, mm(width), mm(height - 1), mm(width - SIDE_MARGINS_MM));
  }

  private static String mm(double value) {
    return String.format(java.util.Locale.ROOT, "%.1fmm", value);
  }
}

package org.policybrief.model;

/** The rules for text and colour, shared by the category tables and the charts. */
public final class Colors {

  private Colors() {}

  /**
   * True when white text reads better than #1A1A1A on {@code rgb} (WCAG relative luminance below
   * 0.18): Tol's #332288, #117733, #882255, #AA4499 and Okabe–Ito's blue and black, as the design
   * guide lists, and any colour a user gives follows the same rule.
   */
  public static boolean isDark(int rgb) {
    return luminance(rgb) < 0.18;
  }

  /** WCAG relative luminance of {@code rgb}: 0 for black, 1 for white. */
  public static double luminance(int rgb) {
    return 0.2126 * linear(rgb >> 16) + 0.7152 * linear(rgb >> 8) + 0.0722 * linear(rgb);
  }

  private static double linear(int channel) {
    double c = (channel & 0xFF) / 255.0;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}

package org.policybrief.render.fonts;

/**
 * Sets up the JDK's own font system, which charts are laid out with, before anything uses it.
 * Each setting is left alone when the user gave it (e.g. {@code -Dsun.font.layout.ffm=true}).
 */
public final class JdkFonts {

  private JdkFonts() {}

  /** Call before the first AWT font is made: the JDK reads these settings once. */
  public static void configure() {
    // JDK 22 and later call HarfBuzz, which shapes every chart label XChart measures, through the
    // foreign-function API: binding those calls generates classes and runs the class-file API in
    // every process. Their JNI binding shapes the same glyphs (the same PDF bytes) without that:
    // 0.12-0.165 s less CPU for a small briefing, 0.26-0.33 s for a medium one. Older JDKs have
    // only JNI.
    setUnlessGiven("sun.font.layout.ffm", "false");
    // Otherwise the JDK asks fontconfig for the machine's fonts to back its logical fonts, which
    // charts never use, and caches the answer in ~/.java/fonts: a file written outside the output
    // folder. Without the program's fonts/ folder (a bare jar) the JDK does as it does.
    FontSource.besideProgram("/fonts/fontconfig.properties")
        .ifPresent(file -> setUnlessGiven("sun.awt.fontconfig", file.toString()));
  }

  private static void setUnlessGiven(String property, String value) {
    if (System.getProperty(property) == null) {
      System.setProperty(property, value);
    }
  }
}

package org.policybrief.render;

import com.ibm.icu.text.BreakIterator;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.policybrief.model.BriefingSpec;
import org.policybrief.render.fonts.ChartFont;
import org.policybrief.render.fonts.FontFace;
import org.policybrief.render.fonts.FontLibrary;

/**
 * What {@link BriefingRenderer#prepare} loads ahead of need. Everything here is cached by its
 * owner (compiled templates, the font pool, PDFBox's metrics cache, ICU's rule cache, the JDK's
 * text shaper), so the render that follows finds it ready; a failure here is left for that
 * render to meet and report.
 */
final class Warmup {

  private Warmup() {}

  static void run(TemplateEngine templates, FontLibrary fonts, ChartFont chartFont,
      EditionLanguage language) {
    // In the order the render needs them: the glyph check reads the character maps of the
    // edition's regular faces, the charts lay out text in an AWT font, the templates come next,
    // the PDF fonts last. Faces another thread is parsing (see FontLibrary#preloadCommon) come
    // after the rest, which would otherwise wait for them.
    try {
      List<String> families = FontLibrary.familiesOf(language.id());
      fonts.regularFaces(language.id()).stream().filter(face -> !face.preloading())
          .forEach(face -> face.hasGlyph('0'));
      if (language.id().equals(BriefingSpec.SIMPLIFIED_CHINESE)) {
        SimplifiedChinese.preload(); // the glyph check converts the data's Traditional text
      }
      Font font = chartFont.forTexts(families.subList(0, 1), families, List.of());
      // The first text a chart lays out loads the JDK's text shaper (HarfBuzz) and the face's
      // tables it reads.
      new TextLayout("预热 0", font.deriveFont(9f), new FontRenderContext(null, true, true));
      templates.preload("briefing.ftl");
      // All the edition's faces: a Chinese one sets its English text (tagged 英) in the Latin
      // face. Those the other thread parses last: preloading one waits for that thread.
      fonts.faces().stream().filter(face -> families.contains(face.family()))
          .sorted(Comparator.comparing(FontFace::preloading))
          .forEach(FontFace::preload);
      fonts.regularFaces(language.id()).stream().filter(FontFace::preloading)
          .forEach(face -> face.hasGlyph('0'));
      // openhtmltopdf creates the standard 14 fonts for every document; their metrics load once.
      for (Standard14Fonts.FontName name : Standard14Fonts.FontName.values()) {
        new PDType1Font(name);
      }
      BreakIterator.getLineInstance(language.lineBreakLocale()).setText("预热 warm-up");
    } catch (RuntimeException | Error e) {
      // Not needed for correctness: the render loads what it needs itself and reports failures.
    }
  }
}

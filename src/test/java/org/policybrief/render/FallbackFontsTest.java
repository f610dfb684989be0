package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.policybrief.TestDatasets;
import org.policybrief.diag.Diagnostics;
import org.policybrief.model.BriefingSpec;
import org.policybrief.model.Dataset;
import org.policybrief.render.fonts.FontFace;
import org.policybrief.render.fonts.FontLibrary;
import org.policybrief.render.fonts.GlyphCheck;
import org.policybrief.render.pdf.PdfWriter;
import org.policybrief.testing.PdfReader;

/** Fallback fonts are listed, read and embedded only for text that needs them. */
class FallbackFontsTest {

  private static final EditionLanguage SIMPLIFIED = EditionLanguage.of("zh-Hans", null);
  private static final List<String> FALLBACK_FONT_NAMES =
      List.of("NotoEmoji", "NotoSansArabic", "NotoSansJP", "NotoSansTC");

  @Test
  void aBriefingWithoutSuchCharactersNeitherReadsNorEmbedsAFallbackFont() throws IOException {
    FontLibrary fonts = new FontLibrary(null);
    Dataset sample = TestDatasets.sample();
    GlyphCheck check = new GlyphCheck(fonts.regularFaces("zh-Hans"), fonts.fallbackFaces("zh-Hans"),
        new Diagnostics(), new GlyphCheck.Edition(true, SIMPLIFIED::plain));
    check.check(sample);
    assertThat(check.fallbacks()).isEmpty();

    String xhtml = "<html><head><style>body { font-family: "
        + FontLibrary.css(FontLibrary.familiesOf("zh-Hans", check.fallbacks()))
        + "; }</style></head><body><p>人工智能 AI</p></body></html>";
    byte[] pdf = new PdfWriter(fonts).write(xhtml, SIMPLIFIED.lineBreakLocale(),
        new PdfWriter.Info("t", "s", "k", "a", "zh-CN", LocalDate.of(2026, 11, 30)),
        ChartDrawer.factory(Map.of())).pdf();
    assertThat(fonts.faces()).filteredOn(f -> !FontLibrary.familiesOf("zh-Hans").contains(f.family()))
        .noneMatch(FontFace::isRead);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(PdfReader.fonts(document)).extracting(PDFont::getName)
          .isNotEmpty().noneMatch(name -> FALLBACK_FONT_NAMES.stream().anyMatch(name::contains));
    }
  }

  @Test
  void theSampleBriefingEmbedsNoFallbackFont() throws IOException {
    Dataset sample = TestDatasets.sample();
    byte[] pdf = new BriefingRenderer().render(sample, TestDatasets.analyze(sample),
        new BriefingSpec(LocalDate.of(2026, 11, 30), "zh-Hans", "")).pdf();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(PdfReader.fonts(document)).extracting(PDFont::getName)
          .allMatch(name -> name.matches("[A-Z]{6}\\+NotoSans(SC)?-(Regular|Bold)"));
    }
  }
}

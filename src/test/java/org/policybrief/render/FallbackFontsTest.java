package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.policybrief.TestDatasets;
import org.policybrief.diag.Diagnostic;
import org.policybrief.diag.Diagnostics;
import org.policybrief.model.BriefingSpec;
import org.policybrief.model.Dataset;
import org.policybrief.testing.PdfReader;

/** Fallback fonts are listed, read and embedded only for text that needs them. */
class FallbackFontsTest {

  private static final EditionLanguage SIMPLIFIED = EditionLanguage.of("zh-Hans", null);
  private static final List<String> FALLBACK_FONT_NAMES =
      List.of("NotoEmoji", "NotoSansArabic", "NotoSansJP", "NotoSansTC");

  @Test
  void fallbacksFollowTheEditionsOwnFamiliesInAFixedOrder() {
    assertThat(FontLibrary.familiesOf(SIMPLIFIED, Set.of()))
        .containsExactly("Noto Sans SC", "Noto Sans");
    assertThat(FontLibrary.familiesOf(SIMPLIFIED, Set.of("Noto Emoji", "Noto Sans JP")))
        .containsExactly("Noto Sans SC", "Noto Sans", "Noto Sans JP", "Noto Emoji");
    // Traditional lists Simplified already; English gets Traditional for Extension B.
    assertThat(FontLibrary.fallbacksOf(EditionLanguage.of("zh-Hant", null)))
        .containsExactly("Noto Sans JP", "Noto Sans Arabic", "Noto Emoji");
    assertThat(FontLibrary.fallbacksOf(EditionLanguage.of("en", null)))
        .containsExactly("Noto Sans TC", "Noto Sans JP", "Noto Sans Arabic", "Noto Emoji");
    assertThat(FontLibrary.css(List.of("Noto Sans SC", "Noto Sans"))).isEqualTo("\"Noto Sans SC\", \"Noto Sans\"");
  }

  @Test
  void eachCharacterFindsTheFirstFallbackThatHasIt() {
    FontLibrary fonts = new FontLibrary(null);
    Diagnostics diagnostics = new Diagnostics();
    GlyphCheck check = new GlyphCheck(fonts.regularFaces(SIMPLIFIED), fonts.fallbackFaces(SIMPLIFIED),
        diagnostics, SIMPLIFIED::plain);
    // 𠀡 U+20021 is in Noto Sans TC, not SC; 𠮷 U+20BB7 only in Noto Sans JP.
    check.check("🚀 \uD840\uDC21𠮷 سياسة ❤\uFE0F \uD834\uDD1E", "the title");
    assertThat(check.fallbacks())
        .containsExactly("Noto Emoji", "Noto Sans TC", "Noto Sans JP", "Noto Sans Arabic");
    assertThat(diagnostics.sorted()).extracting(Diagnostic::message).singleElement().asString()
        .contains("U+1D11E");
  }

  @Test
  void aBriefingWithoutSuchCharactersNeitherReadsNorEmbedsAFallbackFont() throws IOException {
    FontLibrary fonts = new FontLibrary(null);
    Dataset sample = TestDatasets.sample();
    GlyphCheck check = new GlyphCheck(fonts.regularFaces(SIMPLIFIED), fonts.fallbackFaces(SIMPLIFIED),
        new Diagnostics(), SIMPLIFIED::plain);
    check.check(sample);
    assertThat(check.fallbacks()).isEmpty();

    String xhtml = "<html><head><style>body { font-family: "
        + FontLibrary.css(FontLibrary.familiesOf(SIMPLIFIED, check.fallbacks()))
        + "; }</style></head><body><p>人工智能 AI</p></body></html>";
    byte[] pdf = new PdfWriter(fonts).write(xhtml, SIMPLIFIED,
        new PdfWriter.Info("t", "s", "k", "a", "zh-CN", LocalDate.of(2026, 11, 30)),
        ChartDrawer.factory(Map.of()));
    assertThat(fonts.faces()).filteredOn(f -> !FontLibrary.familiesOf(SIMPLIFIED).contains(f.family()))
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

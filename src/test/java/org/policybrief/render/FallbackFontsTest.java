package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
      List.of("NotoEmoji", "NotoSansArabic", "NotoSansHebrew", "NotoSansJP", "NotoSansKR", "NotoSansTC");

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

  @Test
  void koreanAndHebrewArePrintedInTheirOwnFaces() throws IOException {
    // no bundled font had Hangul or Hebrew: both printed as "#", with a glyph.missing warning each
    Path folder = Files.createTempDirectory("korean-hebrew");
    Files.writeString(folder.resolve("documents.csv"), "id,country,title_en,issuer,date\n"
        + "K1,KR,AI Basic Act (인공지능 기본법),과학기술정보통신부,2025-01-21\n"
        + "I1,IL,AI policy (מדיניות בינה מלאכותית),Ministry,2023-12-17\n");
    Files.writeString(folder.resolve("measures.csv"), "id,document,category,title_en\n"
        + "K1-1,K1,law,고영향 인공지능 규제\nI1-1,I1,law,עקרונות רגולציה\n");
    Files.writeString(folder.resolve("categories.csv"), "id,name_en\nlaw,Law\n");
    Dataset dataset = TestDatasets.read(folder);
    FontLibrary fonts = new FontLibrary(null);
    Diagnostics diagnostics = new Diagnostics();
    GlyphCheck check = new GlyphCheck(fonts.regularFaces("en"), fonts.fallbackFaces("en"), diagnostics,
        new GlyphCheck.Edition(false, EditionLanguage.of("en", null)::plain));
    check.check(dataset);
    assertThat(diagnostics.sorted()).isEmpty();
    byte[] pdf = new BriefingRenderer().render(dataset, TestDatasets.analyze(dataset),
        new BriefingSpec(LocalDate.of(2026, 11, 30), "en", "")).pdf();

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(PdfReader.text(document, 1, document.getNumberOfPages()))
          .contains("인공지능 기본법", "과학기술정보통신부", "고영향 인공지능 규제").doesNotContain("#");
      assertThat(PdfReader.fonts(document)).extracting(PDFont::getName)
          .anyMatch(name -> name.matches("[A-Z]{6}\\+NotoSansKR-Regular"))
          .anyMatch(name -> name.matches("[A-Z]{6}\\+NotoSansHebrew-(Regular|Bold)"));
    }
  }
}

package org.policybrief.render.fonts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybrief.diag.Diagnostic;
import org.policybrief.diag.Diagnostics;

/** The fallback families of each edition, and which one each character finds. */
class FontLibraryTest {

  @Test
  void fallbacksFollowTheEditionsOwnFamiliesInAFixedOrder() {
    assertThat(FontLibrary.familiesOf("zh-Hans", Set.of()))
        .containsExactly("Noto Sans SC", "Noto Sans");
    assertThat(FontLibrary.familiesOf("zh-Hans", Set.of("Noto Emoji", "Noto Sans JP")))
        .containsExactly("Noto Sans SC", "Noto Sans", "Noto Sans JP", "Noto Emoji");
    // Traditional lists Simplified already; English gets Traditional for Extension B.
    assertThat(FontLibrary.fallbacksOf("zh-Hant"))
        .containsExactly("Noto Sans JP", "Noto Sans KR", "Noto Sans Arabic", "Noto Sans Hebrew", "Noto Emoji");
    assertThat(FontLibrary.fallbacksOf("en")).containsExactly("Noto Sans TC", "Noto Sans JP", "Noto Sans KR",
        "Noto Sans Arabic", "Noto Sans Hebrew", "Noto Emoji");
    assertThat(FontLibrary.css(List.of("Noto Sans SC", "Noto Sans"))).isEqualTo("\"Noto Sans SC\", \"Noto Sans\"");
  }

  @Test
  void eachCharacterFindsTheFirstFallbackThatHasIt() {
    FontLibrary fonts = new FontLibrary(null);
    Diagnostics diagnostics = new Diagnostics();
    GlyphCheck check = new GlyphCheck(fonts.regularFaces("zh-Hans"), fonts.fallbackFaces("zh-Hans"),
        diagnostics, new GlyphCheck.Edition(true, UnaryOperator.identity()));
    // 𠀡 U+20021 is in Noto Sans TC, not SC; 𠮷 U+20BB7 only in Noto Sans JP.
    check.check("🚀 \uD840\uDC21𠮷 سياسة ❤\uFE0F \uD834\uDD1E", "the title");
    assertThat(check.fallbacks())
        .containsExactly("Noto Emoji", "Noto Sans TC", "Noto Sans JP", "Noto Sans Arabic");
    assertThat(diagnostics.sorted()).extracting(Diagnostic::message).singleElement().asString()
        .contains("U+1D11E");
  }

  /** The PDF knows a built-in face by its family only: charts find it by their AWT font's family. */
  @Test
  void everyBuiltInFaceIsOfItsFamilyForAwtToo() {
    FontLibrary fonts = new FontLibrary(null);
    for (FontFace face : fonts.faces()) {
      assertThat(face.awtFont().getFamily()).isEqualTo(face.family());
      assertThat(fonts.familyNames(face)).containsExactly(face.family());
    }
  }

  @Test
  void aUserFontOfAnotherFaceOfTheLibraryIsKnownByTheReplacedFamilyOnly(@TempDir Path folder)
      throws IOException {
    Files.copy(Path.of("fonts/NotoSansArabic-Regular.ttf"), folder.resolve("NotoSans-Regular.ttf"));
    FontLibrary fonts = new FontLibrary(folder);
    // Charts set in it carry "Noto Sans Arabic", and the PDF has that family's face.
    assertThat(fonts.familyNames(fonts.regularFace(FontLibrary.LATIN_FAMILY))).containsExactly("Noto Sans");
  }

  @Test
  void aUserFontOfAnotherFamilyIsKnownByItsOwnFamilyToo(@TempDir Path folder) throws IOException {
    Path serif = Path.of("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf");
    assumeTrue(Files.isRegularFile(serif), "Liberation Serif is installed");
    Files.copy(serif, folder.resolve("NotoSansSC-Regular.ttf"));
    FontLibrary fonts = new FontLibrary(folder);
    assertThat(fonts.familyNames(fonts.regularFace(FontLibrary.CJK_FAMILY)))
        .containsExactly("Noto Sans SC", "Liberation Serif");
  }

  @Test
  void aBuiltInFaceIsParsedOncePerProcessButEachLibraryKnowsWhatItRead() {
    FontFace inOne = new FontLibrary(null).regularFace(FontLibrary.EMOJI_FAMILY);
    FontFace inOther = new FontLibrary(null).regularFace(FontLibrary.EMOJI_FAMILY);
    TrueTypeFont parsed = inOne.acquire();
    inOne.release(parsed);

    assertThat(inOne.isRead()).isTrue();
    assertThat(inOther.isRead()).isFalse();
    TrueTypeFont borrowed = inOther.acquire();
    assertThat(borrowed).isSameAs(parsed);
    inOther.release(borrowed);
  }
}

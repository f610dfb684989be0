package org.policybrief.render.fonts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybrief.diag.Diagnostic;
import org.policybrief.diag.Diagnostics;

/** A user's font folder is checked once, up front, and every bad file is named. */
class UserFontCheckTest {

  @TempDir Path folder;

  @Test
  void everyFileThatCannotReplaceItsFontIsNamedWithWhy() throws IOException {
    Files.write(folder.resolve("NotoSans-Regular.ttf"), new byte[0]);
    Files.writeString(folder.resolve("NotoSansSC-Regular.ttf"), "not a font\n");
    byte[] bold = Files.readAllBytes(Path.of("fonts/NotoSans-Bold.ttf"));
    Files.write(folder.resolve("NotoSans-Bold.ttf"), Arrays.copyOf(bold, bold.length / 2));
    Files.write(folder.resolve("NotoSansTC-Regular.ttf"), Arrays.copyOf("OTTO".getBytes(), 64));
    Files.copy(Path.of("fonts/NotoEmoji-Regular.ttf"), folder.resolve("NotoEmoji-Regular.ttf"));
    FontLibrary fonts = new FontLibrary(folder);
    Diagnostics diagnostics = new Diagnostics();

    assertThat(fonts.checkUserFonts(diagnostics)).isFalse();

    assertThat(diagnostics.sorted()).extracting(Diagnostic::format).containsExactly(
        folder.resolve("NotoSans-Bold.ttf") + ": error[font.unreadable]: not a TrueType font file, or a"
            + " damaged one ('glyf' table is mandatory)",
        folder.resolve("NotoSans-Regular.ttf") + ": error[font.unreadable]: not a TrueType font file"
            + " (the file is empty)",
        folder.resolve("NotoSansSC-Regular.ttf") + ": error[font.unreadable]: not a TrueType font file"
            + " (it does not begin with a TrueType header)",
        folder.resolve("NotoSansTC-Regular.ttf") + ": error[font.cff-outlines]: an OpenType font with CFF"
            + " outlines, where PDF embedding needs TrueType (glyf) outlines: use the .ttf version of the font");
    // A good file was parsed as the render will use it.
    assertThat(fonts.regularFace(FontLibrary.EMOJI_FAMILY).isRead()).isTrue();
  }

  @Test
  void aFolderADeviceOrABrokenLinkUnderAFontsNameIsNamedNotSilentlyIgnored() throws IOException {
    Files.createDirectories(folder.resolve("NotoSansSC-Regular.ttf"));
    Files.createSymbolicLink(folder.resolve("NotoSansSC-Bold.ttf"), Path.of("/dev/zero"));
    Files.createSymbolicLink(folder.resolve("NotoSans-Regular.ttf"), folder.resolve("gone.ttf"));
    FontLibrary fonts = new FontLibrary(folder);
    Diagnostics diagnostics = new Diagnostics();

    assertThat(fonts.checkUserFonts(diagnostics)).isFalse();

    assertThat(diagnostics.sorted()).extracting(Diagnostic::format).containsExactly(
        folder.resolve("NotoSans-Regular.ttf") + ": error[font.unreadable]: not a font file but a symbolic"
            + " link to nothing; give the font as a regular .ttf file",
        folder.resolve("NotoSansSC-Bold.ttf") + ": error[font.unreadable]: not a font file but a device or"
            + " other special file; give the font as a regular .ttf file",
        folder.resolve("NotoSansSC-Regular.ttf") + ": error[font.unreadable]: not a font file but a folder;"
            + " give the font as a regular .ttf file");
  }

  @Test
  void aFontFileOfAnotherNameIsAWarningThatListsTheNamesUsed() throws IOException {
    Files.copy(Path.of("fonts/NotoSans-Regular.ttf"), folder.resolve("NotoSans-Medium.ttf"));
    Files.writeString(folder.resolve("OFL.txt"), "licence\n");
    FontLibrary fonts = new FontLibrary(folder);
    Diagnostics diagnostics = new Diagnostics();

    assertThat(fonts.checkUserFonts(diagnostics)).isTrue();

    assertThat(diagnostics.sorted()).extracting(Diagnostic::format).singleElement().asString()
        .startsWith(folder.resolve("NotoSans-Medium.ttf") + ": warning[font.unused]: not used: no built-in"
            + " font has this file name (a file replaces the one of the same name: NotoSansSC-Regular.ttf,")
        .contains("NotoSans-Regular.ttf", "NotoEmoji-Regular.ttf");
  }

  @Test
  void withoutAFolderNothingIsCheckedOrRead() {
    FontLibrary fonts = new FontLibrary(null);
    Diagnostics diagnostics = new Diagnostics();
    assertThat(fonts.checkUserFonts(diagnostics)).isTrue();
    assertThat(diagnostics.sorted()).isEmpty();
    assertThat(fonts.faces()).noneMatch(FontFace::isRead);
  }
}

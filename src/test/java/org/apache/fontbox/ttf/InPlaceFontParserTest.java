package org.apache.fontbox.ttf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.policybrief.testing.PdfReader;

/** A font parsed in place reads as the one FontBox's public parser copies, and embeds alike. */
class InPlaceFontParserTest {

  private static final Path FONT = Path.of("fonts", "NotoSansSC-Regular.ttf");
  private static final String TEXT = "政策简报 Policy briefing，第1页";

  @Test
  void readsTheSameFontAsThePublicParser() throws IOException {
    TrueTypeFont copied = new TTFParser().parse(new RandomAccessReadBufferedFile(FONT.toFile()));
    TrueTypeFont inPlace = InPlaceFontParser.parse(new RandomAccessReadBuffer(mapped()));

    assertThat(inPlace.getName()).isEqualTo(copied.getName());
    assertThat(inPlace.getNumberOfGlyphs()).isEqualTo(copied.getNumberOfGlyphs());
    assertThat(inPlace.getUnitsPerEm()).isEqualTo(copied.getUnitsPerEm());
    CmapLookup inPlaceCmap = inPlace.getUnicodeCmapLookup();
    CmapLookup copiedCmap = copied.getUnicodeCmapLookup();
    TEXT.codePoints().forEach(cp -> {
      int glyph = inPlaceCmap.getGlyphId(cp);
      assertThat(glyph).isEqualTo(copiedCmap.getGlyphId(cp)).isPositive();
      try {
        assertThat(inPlace.getAdvanceWidth(glyph)).isEqualTo(copied.getAdvanceWidth(glyph));
        assertThat(inPlace.getGlyph().getGlyph(glyph).getBoundingBox().toString())
            .isEqualTo(copied.getGlyph().getGlyph(glyph).getBoundingBox().toString());
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void readsEveryCharacterMapAsThePublicParser() throws IOException {
    CmapSubtable[] copied = new TTFParser().parse(new RandomAccessReadBufferedFile(FONT.toFile()))
        .getCmap().getCmaps();
    CmapSubtable[] inPlace = InPlaceFontParser.parse(new RandomAccessReadBuffer(mapped()))
        .getCmap().getCmaps();

    assertThat(inPlace).hasSameSizeAs(copied).hasSizeGreaterThan(1);
    for (int i = 0; i < copied.length; i++) {
      assertThat(inPlace[i].getPlatformId()).isEqualTo(copied[i].getPlatformId());
      assertThat(inPlace[i].getPlatformEncodingId()).isEqualTo(copied[i].getPlatformEncodingId());
      for (int cp : TEXT.codePoints().toArray()) {
        assertThat(inPlace[i].getGlyphId(cp)).isEqualTo(copied[i].getGlyphId(cp));
      }
    }
  }

  @Test
  void embedsAsASubsetWhoseTextReadsBack() throws IOException {
    TrueTypeFont font = InPlaceFontParser.parse(new RandomAccessReadBuffer(mapped()));
    font.setEnableGsub(false);
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage();
      document.addPage(page);
      PDType0Font embedded = PDType0Font.load(document, font, true);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(embedded, 12);
        content.newLineAtOffset(72, 700);
        content.showText(TEXT);
        content.endText();
      }
      document.save(pdf);
    }
    // The subset is cut from the font's data; the 10 MB outlines table was never read.
    assertThat(((InPlaceFontParser.LazyGlyphTable) font.getGlyph()).loaded()).isFalse();
    try (PDDocument read = Loader.loadPDF(pdf.toByteArray())) {
      assertThat(PdfReader.text(read).strip()).isEqualTo(TEXT);
      PDResources resources = read.getPage(0).getResources();
      COSName name = resources.getFontNames().iterator().next();
      assertThat(resources.getFont(name).getName()).matches("[A-Z]{6}\\+NotoSansSC-Regular");
    }
  }

  private static ByteBuffer mapped() throws IOException {
    try (FileChannel channel = FileChannel.open(FONT)) {
      return channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
    }
  }
}

package org.policybrief.render.pdf;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BidiRun;
import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiSplitterFactory;
import com.openhtmltopdf.bidi.BidiTextRun;
import org.policybrief.render.fonts.FontFace;

/**
 * Right-to-left text for openhtmltopdf, on ICU: the Unicode bidirectional algorithm splits a
 * paragraph into runs of one direction, and Arabic letters take their joined forms. PDFBox runs
 * no GSUB here (see {@link org.policybrief.render.fonts.FontFace}), so joining comes from ICU's shaping into the Arabic
 * Presentation Forms, which the Arabic font maps; a right-to-left run is then written reversed.
 * Text extraction maps the presentation forms back to the letters. Lam-alef ligatures are the only
 * ligatures; marks are placed by their own glyph offsets, without GPOS.
 */
final class IcuBidi {

  private IcuBidi() {}

  /**
   * Whether {@code text} has right-to-left characters or controls, so needs the bidirectional
   * algorithm. One pass over the text, without copying it (a long briefing's XHTML is megabytes).
   */
  static boolean needed(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x0590 && isRightToLeft(text.codePointAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isRightToLeft(int codePoint) {
    return switch (Character.getDirectionality(codePoint)) {
      case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC,
          Character.DIRECTIONALITY_ARABIC_NUMBER, Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING,
          Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE -> true;
      default -> false;
    };
  }

  static BidiSplitterFactory splitters() {
    return Splitter::new;
  }

  static BidiReorderer reorderer() {
    return new Reorderer();
  }

  private static final class Splitter implements BidiSplitter {
    private Bidi bidi;

    @Override
    public void setParagraph(String paragraph, byte direction) {
      byte level = switch (direction) {
        case BidiSplitter.RTL -> Bidi.RTL;
        case BidiSplitter.LTR -> Bidi.LTR;
        default -> Bidi.LEVEL_DEFAULT_LTR;
      };
      bidi = new Bidi();
      bidi.setPara(paragraph, level, null);
    }

    @Override
    public int countTextRuns() {
      return bidi.countRuns();
    }

    @Override
    public BidiTextRun getVisualRun(int index) {
      BidiRun run = bidi.getVisualRun(index);
      byte direction = run.isOddRun() ? BidiSplitter.RTL : BidiSplitter.LTR;
      return new BidiTextRun(run.getStart(), run.getLength(), direction);
    }

    @Override
    public byte getBaseDirection(String paragraph) {
      return switch (Bidi.getBaseDirection(paragraph)) {
        case Bidi.RTL -> BidiSplitter.RTL;
        case Bidi.LTR -> BidiSplitter.LTR;
        default -> BidiSplitter.NEUTRAL;
      };
    }
  }

  private static final class Reorderer implements BidiReorderer {
    private final ArabicShaping shaper = new ArabicShaping(ArabicShaping.LETTERS_SHAPE
        | ArabicShaping.TEXT_DIRECTION_LOGICAL | ArabicShaping.LENGTH_GROW_SHRINK);
    private final ArabicShaping deshaper = new ArabicShaping(ArabicShaping.LETTERS_UNSHAPE
        | ArabicShaping.TEXT_DIRECTION_LOGICAL | ArabicShaping.LENGTH_GROW_SHRINK);

    /** Reversed, with mirrored brackets; a mark stays after its base so it lands on it. */
    @Override
    public String reorderRTLTextToLTR(String text) {
      return Bidi.writeReverse(text, Bidi.DO_MIRRORING | Bidi.KEEP_BASE_COMBINING);
    }

    @Override
    public String shapeText(String text) {
      return shape(shaper, text);
    }

    @Override
    public String deshapeText(String text) {
      return shape(deshaper, text);
    }

    @Override
    public boolean isLiveImplementation() {
      return true;
    }

    private static String shape(ArabicShaping shaping, String text) {
      try {
        return shaping.shape(text);
      } catch (ArabicShapingException e) {
        return text; // unshaped letters are still the right letters
      }
    }
  }
}

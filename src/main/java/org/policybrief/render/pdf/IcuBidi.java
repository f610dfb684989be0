package org.policybrief.render.pdf;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiSplitterFactory;
import com.openhtmltopdf.bidi.BidiTextRun;
import java.util.ArrayList;
import java.util.List;
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

  /**
   * openhtmltopdf lays the boxes of a line out in the line's direction and never reorders runs
   * (rule L2 of the algorithm), so a run of numbers or Latin inside right-to-left text, left as a
   * run of its own, would be set after that text in a left-to-right line: "2030" at the right
   * end of an Arabic title in a Chinese sentence. The splitter therefore gives whole runs of
   * levels 1 and up (everything in a right-to-left paragraph, such as a {@code <bdi>} with an
   * Arabic title) as one right-to-left run, and the reorderer orders the inside of it.
   */
  private static final class Splitter implements BidiSplitter {
    private final List<BidiTextRun> runs = new ArrayList<>();

    @Override
    public void setParagraph(String paragraph, byte direction) {
      byte level = switch (direction) {
        case BidiSplitter.RTL -> Bidi.RTL;
        case BidiSplitter.LTR -> Bidi.LTR;
        default -> Bidi.LEVEL_DEFAULT_LTR;
      };
      Bidi bidi = new Bidi();
      bidi.setPara(paragraph, level, null);
      runs.clear();
      if (paragraph.isEmpty()) {
        return;
      }
      byte[] levels = bidi.getLevels();
      if (bidi.getParaLevel() % 2 == 0) {
        split(levels, 0, levels.length, bidi.getParaLevel());
      } else {
        runs.add(new BidiTextRun(0, levels.length, BidiSplitter.RTL));
      }
    }

    /**
     * The runs of {@code [from, to)}, whose levels are all at least the even {@code base}: those at
     * {@code base} read left to right; a stretch above it is one right-to-left run when its lowest
     * level is odd. When that is even (a name with Arabic letters isolated by U+2068…U+2069 in a
     * left-to-right sentence, Saudi Arabia السعودية at levels 2 and 3), the stretch reads left to
     * right and is split the same way: taken as one right-to-left run it came out reversed
     * (السعودية Saudi Arabia).
     */
    private void split(byte[] levels, int from, int to, int base) {
      int i = from;
      while (i < to) {
        int end = i;
        if (levels[i] == base) {
          while (end < to && levels[end] == base) {
            end++;
          }
          add(i, end, BidiSplitter.LTR);
        } else {
          int lowest = Integer.MAX_VALUE;
          while (end < to && levels[end] > base) {
            lowest = Math.min(lowest, levels[end]);
            end++;
          }
          if (lowest % 2 == 1) {
            add(i, end, BidiSplitter.RTL);
          } else {
            split(levels, i, end, lowest);
          }
        }
        i = end;
      }
    }

    /** A run, joined to the one before when both read left to right. */
    private void add(int start, int end, byte direction) {
      if (direction == BidiSplitter.LTR && !runs.isEmpty()
          && runs.get(runs.size() - 1).getDirection() == BidiSplitter.LTR) {
        BidiTextRun last = runs.remove(runs.size() - 1);
        runs.add(new BidiTextRun(last.getStart(), end - last.getStart(), BidiSplitter.LTR));
      } else {
        runs.add(new BidiTextRun(start, end - start, direction));
      }
    }

    @Override
    public int countTextRuns() {
      return runs.size();
    }

    /** The runs in logical order; openhtmltopdf keys them by their start. */
    @Override
    public BidiTextRun getVisualRun(int index) {
      return runs.get(index);
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

    /**
     * Visual order of a right-to-left run: reversed, with mirrored brackets, except numbers and
     * Latin inside it, which keep their order ("2030" stays "2030", on the left of the words
     * before it); a mark stays after its base so it lands on it.
     */
    @Override
    public String reorderRTLTextToLTR(String text) {
      Bidi bidi = new Bidi();
      bidi.setPara(text, Bidi.RTL, null);
      return bidi.writeReordered(Bidi.DO_MIRRORING | Bidi.KEEP_BASE_COMBINING);
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

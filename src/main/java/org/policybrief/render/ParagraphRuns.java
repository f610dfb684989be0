package org.policybrief.render;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The templates' {@code paragraphRuns(text)}: a justified Chinese text cut into runs, where each run
 * of letters, digits and signs between Han characters and spaces that holds a word is
 * {@code solid}. openhtmltopdf spreads a justified line's slack over every character, so a Latin
 * word or a web address in a Chinese sentence came out letter-spaced (h t t p s). A solid run is
 * set with a letter-spacing of its own, which openhtmltopdf leaves out of justification: the slack
 * goes between Han characters and into the spaces between Latin words, as clreq asks; the space
 * that sets a word off from a Han character beside it goes into the word's run, keeping its width. The opening punctuation before a run and the
 * closing punctuation after it go into the run, and so does the character a no-break space ties
 * it to, since openhtmltopdf may break a line at an element's edge; a number so tied is a solid
 * run too. An isolate (a name the template set apart, U+2068…U+2069) stays inside one run; a
 * text with right-to-left letters or bidi controls outside one stays one run, as the bidi
 * algorithm needs it whole.
 */
final class ParagraphRuns implements TemplateMethodModelEx {

  /**
   * Public, because the template engine reads it by reflection. {@code keep}: the paragraph's
   * last two Han characters and what follows them, which must not break apart.
   */
  public record Run(String text, boolean solid, boolean keep) {

    Run(String text, boolean solid) {
      this(text, solid, false);
    }
  }

  /** Fewer characters than this fit one line wherever the text goes. */
  private static final int SHORT = 8;
  /**
   * At most this many signs after the last Han character go with it: a longer tail (a title that
   * ends in a row of 60 full stops) could not stay on one line and would run past the margin.
   */
  private static final int TRAILING = 4;
  /** Letters that make a run a word. */
  private static final int WORD = 4;
  /**
   * The longest run of words kept as one (a category's or country's name); a longer one, such as
   * an English title, still spreads its line's slack into the spaces between its words.
   */
  private static final int NAME = 40;
  private static final char GLUE = Messages.NUMBER_GLUE.charAt(0);
  private static final String OPENING = "（［〔【「『《〈“‘([{";
  /** Justifiable punctuation that Latin text uses too. */
  private static final String SHARED_PUNCTUATION = "“”‘’…—·";
  private static final String CLOSING = "，。、；：？！）］〕】」』》〉”’…—·,.;:?!)]}%";

  static List<Run> of(String text) {
    return keepingTheEnd(words(text));
  }

  /**
   * The last run's last two Han characters, with the punctuation after them and the opening marks
   * before them, as a run of their own that does not break: a paragraph's last line then never
   * holds one character alone (…归 / 类。, the design guide's [C-orphan]). The line may still
   * break before them.
   */
  private static List<Run> keepingTheEnd(List<Run> runs) {
    Run last = runs.get(runs.size() - 1);
    String text = last.text();
    if (last.solid()) {
      return runs;
    }
    int end = text.length();
    int trailing = 0;
    while (end > 0 && !isHan(text.codePointBefore(end))) {
      if (Character.isLetterOrDigit(text.codePointBefore(end)) || ++trailing > TRAILING) {
        return runs;
      }
      end = text.offsetByCodePoints(end, -1);
    }
    if (text.codePointCount(0, end) < 2 || !isHan(text.codePointBefore(text.offsetByCodePoints(end, -1)))) {
      return runs;
    }
    int from = text.offsetByCodePoints(end, -2);
    // with the opening marks before them, or the line may break after one at the run's edge (，（)
    while (from > 0 && OPENING.indexOf(text.charAt(from - 1)) >= 0) {
      from--;
    }
    if (runs.size() == 1 && text.codePointCount(0, text.length()) < SHORT) {
      return runs; // one line anyway
    }
    List<Run> kept = new ArrayList<>(runs.subList(0, runs.size() - 1));
    if (from > 0) {
      kept.add(new Run(text.substring(0, from), false));
    }
    kept.add(new Run(text.substring(from), false, true));
    return kept;
  }

  private static boolean isHan(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  /**
   * The text's runs: a word of Latin letters (four or more), or any run set off from a Han
   * character by a space (美国 AI 行动计划), in a solid run of its own; a short name of several
   * words (Safety governance) is one run.
   */
  private static List<Run> words(String text) {
    if (!mixesScripts(text)) {
      return List.of(new Run(text, false));
    }
    List<Run> runs = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (isJustifiable(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int runStart = i;
      while (runStart > start && OPENING.indexOf(text.charAt(runStart - 1)) >= 0) {
        runStart--;
      }
      if (text.charAt(runStart) == GLUE && runStart > start) {
        runStart = text.offsetByCodePoints(runStart, -1);
      }
      int runEnd = segmentEnd(text, i);
      // a short name of several words (Safety governance) is one run: the space between its words
      // was often its line's only space and took four fifths of the slack (Safety␣␣␣␣␣governance)
      while (runEnd + 1 < text.length() && text.charAt(runEnd) == ' '
          && !isJustifiable(text.codePointAt(runEnd + 1))) {
        int nameEnd = segmentEnd(text, runEnd + 1);
        if (nameEnd - runStart > NAME) {
          break;
        }
        runEnd = nameEnd;
      }
      i = runEnd;
      // the space that sets the run off from a Han character beside it goes with the run
      boolean spaceBefore = runStart - 1 > start && text.charAt(runStart - 1) == ' '
          && isHanSide(text.codePointBefore(runStart - 1));
      boolean spaceAfter = runEnd + 1 < text.length() && text.charAt(runEnd) == ' '
          && isHanSide(text.codePointAt(runEnd + 1));
      // a number tied to a Han character by a no-break space: openhtmltopdf widens that space
      // with the line's slack, and leaves a solid run's spaces as they are
      boolean tied = text.substring(runStart, runEnd).indexOf(GLUE) >= 0;
      if (!spaceBefore && !spaceAfter && !tied && !isWord(text, runStart, runEnd)) {
        continue;
      }
      if (spaceBefore) {
        runStart--;
      }
      if (spaceAfter) {
        runEnd++;
        i = runEnd;
      }
      if (runStart > start) {
        runs.add(new Run(text.substring(start, runStart), false));
      }
      runs.add(new Run(text.substring(runStart, runEnd), true));
      start = runEnd;
    }
    if (start < text.length()) {
      runs.add(new Run(text.substring(start), false));
    }
    return runs;
  }

  /**
   * The end of the letters and signs from {@code from} on (an isolate whole), with the character a
   * no-break space at their end ties them to and the closing punctuation after them.
   */
  private static int segmentEnd(String text, int from) {
    int end = from;
    while (end < text.length() && !isJustifiable(text.codePointAt(end))) {
      end = isolateInitiator(text.charAt(end)) ? afterIsolate(text, end) : end + Character.charCount(text.codePointAt(end));
    }
    if (text.charAt(end - 1) == GLUE && end < text.length()) {
      end = text.offsetByCodePoints(end, 1);
    }
    while (end < text.length() && CLOSING.indexOf(text.charAt(end)) >= 0) {
      end++;
    }
    return end;
  }

  /**
   * Whether the run holds a word of at least {@link #WORD} letters. A number, or an abbreviation
   * like AI, with no space beside it is left to be spaced with the line: slightly, and its line's
   * Han characters then need less of the slack (wider gaps between them read as spaces in
   * extracted text).
   */
  private static boolean isWord(String text, int from, int to) {
    int letters = 0;
    for (int i = from; i < to; i++) {
      if (Character.isLetter(text.charAt(i)) && ++letters >= WORD) {
        return true;
      }
    }
    return false;
  }

  private static boolean isolateInitiator(char c) {
    return c >= 0x2066 && c <= 0x2068;
  }

  /** The index after the isolate that starts at {@code at} (its U+2069), or the text's end. */
  private static int afterIsolate(String text, int at) {
    int depth = 0;
    for (int i = at; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isolateInitiator(c)) {
        depth++;
      } else if (c == 0x2069 && --depth == 0) {
        return i + 1;
      }
    }
    return text.length();
  }

  /**
   * Han characters and other letters or signs beside each other, and no right-to-left letter or
   * bidi control outside an isolate (a name the template isolated stays whole inside one run).
   */
  private static boolean mixesScripts(String text) {
    boolean han = false;
    boolean other = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (isolateInitiator(text.charAt(i))) {
        other = true;
        i = afterIsolate(text, i);
        continue;
      }
      byte direction = Character.getDirectionality(cp);
      if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
          || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
          || (cp >= 0x200E && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) || cp == 0x2069) {
        return false;
      }
      if (isJustifiable(cp)) {
        // spaces and the punctuation English writes too (country’s) make no text Chinese
        han |= cp != ' ' && cp != 0x3000 && SHARED_PUNCTUATION.indexOf(cp) < 0;
      } else {
        other = true;
      }
      i += Character.charCount(cp);
    }
    return han && other;
  }

  /**
   * A character a word is set off from by one space (clreq): a justifiable one other than a
   * space. openhtmltopdf gives a line's spaces four fifths of its slack, so in a line with one
   * such space and many Han characters the space took all of it (主要集中于␣␣␣␣␣Safety); inside
   * the word's run it keeps its width, and the slack goes between the Han characters.
   */
  private static boolean isHanSide(int cp) {
    return cp != ' ' && cp != 0x3000 && isJustifiable(cp);
  }

  /**
   * Characters whose gaps may widen: Han, kana, hangul and CJK punctuation, which are set one em
   * wide, and the spaces that may break (U+0020, U+3000). A no-break space stays in its run.
   */
  private static boolean isJustifiable(int cp) {
    if (cp == ' ' || cp == 0x3000) {
      return true;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
        || script == Character.UnicodeScript.BOPOMOFO) {
      return true;
    }
    Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
    return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
        || SHARED_PUNCTUATION.indexOf(cp) >= 0;
  }

  @Override
  public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
    if (arguments.size() != 1 || !(arguments.get(0) instanceof TemplateScalarModel text)) {
      throw new TemplateModelException("paragraphRuns(text) takes one text");
    }
    return of(text.getAsString());
  }
}

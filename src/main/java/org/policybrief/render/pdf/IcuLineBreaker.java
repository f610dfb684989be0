package org.policybrief.render.pdf;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import com.openhtmltopdf.extend.FSTextBreaker;

/**
 * Line breaking by ICU's UAX #14 rules for the edition's locale, which keep closing punctuation
 * off the start of a line; the default breaker is the JDK's US-locale one. UAX #14 still lets a
 * line start with a dash (——) or a middle dot (·), which Chinese typesetting does not: no break
 * is offered before any mark of the design guide's list. UAX #14 also breaks between any two
 * full-width characters, letters and digits included, so a number or word typed in full-width
 * forms (５０％, ＡＩ) was split across lines, against the design guide's checklist item 9: no
 * break is offered inside such a stretch either.
 *
 * <p>openhtmltopdf hands over the rest of the paragraph at every line and asks for the breaks up
 * to the line's end, so a stretch without a break was scanned to its end for every line it
 * filled: 80,000 characters of one word took 20 s, a megabyte (a pasted blob) many minutes. The
 * breaker therefore looks at most {@link #LOOKAHEAD} characters ahead. Text that merely crosses
 * that edge is looked at again from its last break, so it gets exactly ICU's breaks; a stretch
 * of half that length with no break at all, far wider than any line and broken by character
 * anyway, gets one at the edge.
 */
public final class IcuLineBreaker implements FSTextBreaker {

  /** The marks no line may start with (design guide §11, after clreq), and the range's wave dash. */
  static final String NO_LINE_START = "，。、；：？！）］〕】」』》〉”’·…—～";

  /** Characters looked at ahead of the last break: many times what the widest line holds. */
  static final int LOOKAHEAD = 4_000;

  private final BreakIterator iterator;
  private String text = "";
  /** Where the characters ICU looks at start and end in {@link #text}. */
  private int windowStart;
  private int windowEnd;
  /** The last break given. */
  private int previous;

  public IcuLineBreaker(ULocale locale) {
    this.iterator = BreakIterator.getLineInstance(locale);
  }

  @Override
  public int next() {
    int at = nextBreak();
    while (at != BreakIterator.DONE && at < text.length()
        && (NO_LINE_START.indexOf(text.charAt(at)) >= 0 || insideFullWidthWord(at) || dateUnit(at))) {
      at = nextBreak();
    }
    return at;
  }

  /**
   * True before the 年, 月 or 日 of a date (2030年, ７月): a number stays solid against them
   * (design guide §7), where UAX #14 breaks between a digit and any Han character, and a caption
   * ended a line with "（2025～2030" and began the next with "年）".
   */
  private boolean dateUnit(int at) {
    return "年月日".indexOf(text.charAt(at)) >= 0 && at > 0 && Character.isDigit(text.charAt(at - 1));
  }

  /**
   * True between two full-width letters or digits, or after the half-width separator of a
   * full-width number (１０,｜０００, １２:｜３０, ３.｜５).
   */
  private boolean insideFullWidthWord(int at) {
    if (!fullWidthLetterOrDigit(text.charAt(at))) {
      return false;
    }
    char before = text.charAt(at - 1);
    return fullWidthLetterOrDigit(before)
        || at > 1 && ",.:".indexOf(before) >= 0 && Character.isDigit(text.charAt(at - 2))
            && fullWidthLetterOrDigit(text.charAt(at - 2));
  }

  /** Ｆ, ｆ or ５: the full-width forms of the ASCII letters and digits (U+FF10–FF5A). */
  private static boolean fullWidthLetterOrDigit(char c) {
    return c >= '０' && c <= 'ｚ' && Character.isLetterOrDigit(c);
  }

  @Override
  public void setText(String text) {
    this.text = text;
    previous = 0;
    look(0);
  }

  private int nextBreak() {
    int relative = iterator.next();
    if (relative == BreakIterator.DONE) {
      return BreakIterator.DONE;
    }
    int at = windowStart + relative;
    if (at == windowEnd && windowEnd < text.length()) { // the edge, not a break of the text
      if (windowEnd - previous < LOOKAHEAD / 2) {
        look(previous);
        return nextBreak();
      }
      look(windowEnd);
    }
    previous = at;
    return at;
  }

  private void look(int from) {
    windowStart = from;
    windowEnd = Math.min(text.length(), from + LOOKAHEAD);
    if (windowEnd < text.length() && Character.isHighSurrogate(text.charAt(windowEnd - 1))) {
      windowEnd--;
    }
    iterator.setText(windowStart == 0 && windowEnd == text.length() ? text : text.substring(windowStart, windowEnd));
  }
}

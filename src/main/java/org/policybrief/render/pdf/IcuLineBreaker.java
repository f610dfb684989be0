package org.policybrief.render.pdf;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import com.openhtmltopdf.extend.FSTextBreaker;

/**
 * Line breaking by ICU's UAX #14 rules for the edition's locale, which keep closing punctuation
 * off the start of a line; the default breaker is the JDK's US-locale one. UAX #14 still lets a
 * line start with a dash (——) or a middle dot (·), which Chinese typesetting does not: no break
 * is offered before any mark of the design guide's list.
 */
final class IcuLineBreaker implements FSTextBreaker {

  /** The marks no line may start with (design guide §11, after clreq). */
  static final String NO_LINE_START = "，。、；：？！）］〕】」』》〉”’·…—";

  private final BreakIterator iterator;
  private String text = "";

  IcuLineBreaker(ULocale locale) {
    this.iterator = BreakIterator.getLineInstance(locale);
  }

  @Override
  public int next() {
    int at = iterator.next();
    while (at != BreakIterator.DONE && at < text.length() && NO_LINE_START.indexOf(text.charAt(at)) >= 0) {
      at = iterator.next();
    }
    return at;
  }

  @Override
  public void setText(String text) {
    this.text = text;
    iterator.setText(text);
  }
}

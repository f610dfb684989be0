package org.policybrief.render.pdf;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import com.openhtmltopdf.extend.FSTextBreaker;

/**
 * Line breaking by ICU's UAX #14 rules for the edition's locale, which keep closing punctuation
 * off the start of a line; the default breaker is the JDK's US-locale one.
 */
final class IcuLineBreaker implements FSTextBreaker {

  private final BreakIterator iterator;

  IcuLineBreaker(ULocale locale) {
    this.iterator = BreakIterator.getLineInstance(locale);
  }

  @Override
  public int next() {
    return iterator.next();
  }

  @Override
  public void setText(String text) {
    iterator.setText(text);
  }
}

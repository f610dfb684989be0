package org.policybrief.render.pdf;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import com.openhtmltopdf.extend.FSTextBreaker;

/**
 * Breaks between the characters a reader sees (ICU's grapheme clusters: a letter with its
 * accents, an emoji sequence), which openhtmltopdf uses inside a word wider than its line. Its
 * default, the JDK's iterator, finds every cluster of a text as soon as it is given the text, and
 * it is given the rest of the paragraph at every line: a word of 80,000 characters spent most of
 * its 20 s there. ICU's finds each one when asked for it.
 */
final class IcuCharacterBreaker implements FSTextBreaker {

  private final BreakIterator iterator = BreakIterator.getCharacterInstance(ULocale.ROOT);

  @Override
  public int next() {
    return iterator.next();
  }

  @Override
  public void setText(String text) {
    iterator.setText(text);
  }
}

package org.policybrief.render;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.util.ArrayList;
import java.util.List;
import org.policybrief.render.pdf.IcuLineBreaker;

/**
 * The templates' {@code titlePhrases(text)}: a Chinese title cut into the phrases a line may break
 * between, so that the cover's title breaks at phrases (design guide §6), where a line may break
 * between any two Han characters ("…比较研" / "究简报"). A phrase ends where ICU's dictionary
 * ends a word and the edition's line breaker allows a break (closing punctuation stays with the
 * word before it, opening with the word after). A phrase that holds a Han character is
 * {@code kept} (set without a break inside); a title's last character never goes alone on the
 * last line. A text without Han characters, a right-to-left one or one short enough for any line
 * is one phrase, not kept: the line breaker alone handles it. The dictionary takes a few hundred
 * milliseconds to load the first time, so only a title that may need it pays.
 */
final class TitlePhrases implements TemplateMethodModelEx {

  /** Public, because the template engine reads it by reflection. */
  public record Phrase(String text, boolean kept) {}

  /** Fewer characters than this fit one line of the cover at its smallest title size. */
  private static final int SHORT = 12;
  /** A phrase longer than this (a long Latin word) is left to the line breaker. */
  private static final int LONGEST_KEPT = 12;

  private final ULocale locale;

  TitlePhrases(ULocale locale) {
    this.locale = locale;
  }

  List<Phrase> of(String text) {
    if (text.codePointCount(0, text.length()) <= SHORT || !hasHan(text) || RightToLeft.has(text)) {
      return List.of(new Phrase(text, false));
    }
    List<Phrase> phrases = new ArrayList<>();
    BreakIterator words = BreakIterator.getWordInstance(locale);
    words.setText(text);
    IcuLineBreaker lines = new IcuLineBreaker(locale);
    lines.setText(text);
    int start = 0;
    for (int end = lines.next(); end != BreakIterator.DONE; end = lines.next()) {
      if (end == text.length() || end > start && words.isBoundary(end)) {
        phrases.add(phrase(text.substring(start, end)));
        start = end;
      }
    }
    if (start < text.length()) {
      phrases.add(phrase(text.substring(start)));
    }
    return withoutLoneLastCharacter(phrases);
  }

  private static Phrase phrase(String text) {
    return new Phrase(text, hasHan(text) && text.codePointCount(0, text.length()) <= LONGEST_KEPT);
  }

  /** The last phrase joined to the one before when it holds one Han character only (…比较 / 法。). */
  private static List<Phrase> withoutLoneLastCharacter(List<Phrase> phrases) {
    int last = phrases.size() - 1;
    if (last < 1 || hanCount(phrases.get(last).text()) != 1 || !phrases.get(last - 1).kept()) {
      return phrases;
    }
    phrases.set(last - 1, phrase(phrases.get(last - 1).text() + phrases.remove(last).text()));
    return phrases;
  }

  private static boolean hasHan(String text) {
    return hanCount(text) > 0;
  }

  private static long hanCount(String text) {
    return text.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).count();
  }

  @Override
  public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
    if (arguments.size() != 1 || !(arguments.get(0) instanceof TemplateScalarModel text)) {
      throw new TemplateModelException("titlePhrases(text) takes one text");
    }
    return of(text.getAsString());
  }
}

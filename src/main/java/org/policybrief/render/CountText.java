package org.policybrief.render;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.util.List;

/**
 * The templates' {@code count(text)}: a count a chart states in its caption (as text, so that the
 * messages can select on it), grouped as the edition groups every count ({@link
 * EditionLanguage#number}: 13,011 in English and Chinese, 9,999 in English, 9999 in Chinese).
 * Anything but a run of digits, such as "alone", is returned as it is.
 */
final class CountText implements TemplateMethodModelEx {

  private final EditionLanguage language;

  CountText(EditionLanguage language) {
    this.language = language;
  }

  static String format(EditionLanguage language, String text) {
    if (text.isEmpty() || text.length() > 18 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return text;
    }
    return language.number(Long.parseLong(text));
  }

  @Override
  public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
    if (arguments.size() != 1 || !(arguments.get(0) instanceof TemplateScalarModel text)) {
      throw new TemplateModelException("count(text) takes one text");
    }
    return format(language, text.getAsString());
  }
}

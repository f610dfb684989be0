package org.policybrief.render;

import com.ibm.icu.text.Bidi;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.util.List;

/**
 * The templates' {@code rtl(text)}: whether a data text reads right to left, by its first strong
 * character (an Arabic title), as HTML's {@code dir="auto"} decides. openhtmltopdf lays a line
 * out in its paragraph's direction and does not reorder the runs of a line, so such a text is
 * set as a paragraph of its own ({@code dir="rtl"}, {@code <bdi>}); text without it is unchanged.
 */
final class RightToLeft implements TemplateMethodModelEx {

  static boolean test(String text) {
    return Bidi.getBaseDirection(text) == Bidi.RTL;
  }

  @Override
  public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
    if (arguments.size() != 1 || !(arguments.get(0) instanceof TemplateScalarModel text)) {
      throw new TemplateModelException("rtl(text) takes one text");
    }
    return test(text.getAsString()) ? TemplateBooleanModel.TRUE : TemplateBooleanModel.FALSE;
  }
}

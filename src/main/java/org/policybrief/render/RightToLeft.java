package org.policybrief.render;

import com.ibm.icu.text.Bidi;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.util.List;
import java.util.function.Predicate;

/**
 * The templates' {@code rtl(text)} and {@code hasRtl(text)}. {@code rtl}: whether a data text reads
 * right to left, by its first strong character (an Arabic title), as HTML's {@code dir="auto"}
 * decides; openhtmltopdf lays a line out in its paragraph's direction and does not reorder the
 * runs of a line, so such a text is set as a paragraph of its own ({@code dir="rtl"}). {@code
 * hasRtl}: whether it has a right-to-left letter anywhere (Saudi Arabia السعودية), so that inside
 * a sentence it is isolated ({@code <bdi>}, U+2068…U+2069): else the bidi algorithm joins the
 * sentence's colon and number after it to its Arabic end ("Saudi Arabia 1 :السعودية policy
 * documents"). Text without such letters is unchanged.
 */
final class RightToLeft implements TemplateMethodModelEx {

  private final Predicate<String> test;

  private RightToLeft(Predicate<String> test) {
    this.test = test;
  }

  /** {@code rtl(text)}. */
  static RightToLeft first() {
    return new RightToLeft(RightToLeft::test);
  }

  /** {@code hasRtl(text)}. */
  static RightToLeft anywhere() {
    return new RightToLeft(RightToLeft::has);
  }

  static boolean test(String text) {
    return Bidi.getBaseDirection(text) == Bidi.RTL;
  }

  static boolean has(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x0590 && isRightToLeft(Character.getDirectionality(text.codePointAt(i)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isRightToLeft(byte direction) {
    return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
        || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
  }

  @Override
  public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
    if (arguments.size() != 1 || !(arguments.get(0) instanceof TemplateScalarModel text)) {
      throw new TemplateModelException("rtl(text) takes one text");
    }
    return test.test(text.getAsString()) ? TemplateBooleanModel.TRUE : TemplateBooleanModel.FALSE;
  }
}

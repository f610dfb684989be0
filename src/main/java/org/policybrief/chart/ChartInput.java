package org.policybrief.chart;

import java.awt.Color;
import java.awt.Font;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.ToDoubleFunction;
import org.policybrief.analysis.Aggregates;
import org.policybrief.model.Category;

/**
 * What every chart is computed from: the aggregates, and how the edition names and colours
 * things. {@code font} is the chart text face at 1 unit size; charts derive their sizes from it.
 * {@code otherName} names the summed countries, {@code otherCategoriesName} the summed
 * categories, and {@code otherCategoriesNote} says which categories (given their names) that
 * group holds. {@code pageTextWidth} measures text as the page sets it (the legend is set there,
 * not in the chart): its advance at 1 pt, each character in the first of the briefing's fonts
 * that has it. {@code fallbacks} give, for a character {@code font} lacks, the font the chart
 * drawer sets it in, so that labels are measured as they will be drawn. {@code cutoff} is the
 * data's cut-off (never after the edition's date): a measure dated later is scheduled to take
 * effect; null when it is the data's latest date. {@code count} writes a count as the edition's
 * text does (1,000 in English; 13,011 but 9999 in Chinese).
 */
public record ChartInput(
    Aggregates aggregates,
    Function<Category, String> categoryName,
    Function<Category, Color> categoryColor,
    Function<String, String> countryName,
    Function<YearMonth, String> monthName,
    String otherName,
    String otherCategoriesName,
    Function<List<String>, String> otherCategoriesNote,
    Font font,
    ToDoubleFunction<String> pageTextWidth,
    Fallbacks fallbacks,
    LocalDate cutoff,
    LongFunction<String> count) {

  /** For a character a label's font lacks: the font that has it, sized alike, or null. */
  @FunctionalInterface
  public interface Fallbacks {
    Fallbacks NONE = (codePoint, like) -> null;

    Font fontFor(int codePoint, Font like);

    /** Characters {@code start} to {@code end} of a label, and the font that draws them. */
    record Run(int start, int end, Font font) {}

    /**
     * {@code text} cut where the font that draws it changes: {@code font} for the characters it
     * has, the fallback for the others (Arabic in a Chinese edition). The chart drawer draws these
     * runs, and label widths are measured by them.
     */
    default List<Run> runs(String text, Font font) {
      List<Run> runs = new ArrayList<>();
      int start = 0;
      while (start < text.length()) {
        Font run = drawing(text, start, font);
        int end = start;
        while (end < text.length() && drawing(text, end, font).equals(run)) {
          end += Character.charCount(text.codePointAt(end));
        }
        runs.add(new Run(start, end, run));
        start = end;
      }
      return runs;
    }

    /**
     * {@code text} as the page prints it, for a label: a character neither {@code font} nor a
     * fallback has becomes {@code #}, as openhtmltopdf prints it in the text, instead of the
     * font's missing-glyph box (tofu, which a reader takes for a character); one that prints
     * nothing there (a private-use character, an unassigned code point, a control or format
     * character) is left out, as there. Text every character of which has a font is returned as
     * it is.
     */
    default String printable(String text, Font font) {
      if (font.canDisplayUpTo(text) == -1) {
        return text;
      }
      StringBuilder printed = new StringBuilder(text.length());
      text.codePoints().forEach(cp -> {
        if (font.canDisplay(cp) || fontFor(cp, font) != null) {
          printed.appendCodePoint(cp);
        } else if (printsPlaceholder(cp)) {
          printed.append('#');
        }
      });
      return printed.toString();
    }

    private static boolean printsPlaceholder(int cp) {
      int type = Character.getType(cp);
      return !Character.isISOControl(cp) && type != Character.CONTROL && type != Character.FORMAT
          && type != Character.UNASSIGNED && type != Character.PRIVATE_USE
          && type != Character.SURROGATE;
    }

    /**
     * The font of the character at {@code at}. A format character (the zero-width joiner of an
     * emoji sequence) goes with the character before it: Java says every font displays one, as
     * nothing, and in the run of a font that has no glyph for it (Noto Sans SC) the PDF lost it
     * and logged an error.
     */
    private Font drawing(String text, int at, Font font) {
      int codePoint = text.codePointAt(at);
      if (at > 0 && Character.getType(codePoint) == Character.FORMAT) {
        return drawing(text, at - Character.charCount(text.codePointBefore(at)), font);
      }
      return drawing(codePoint, font);
    }

    private Font drawing(int codePoint, Font font) {
      if (font.canDisplay(codePoint)) {
        return font;
      }
      Font fallback = fontFor(codePoint, font);
      return fallback == null ? font : fallback;
    }
  }

  /** Counts written with digits alone (1000, 13011). */
  public ChartInput(Aggregates aggregates, Function<Category, String> categoryName,
      Function<Category, Color> categoryColor, Function<String, String> countryName,
      Function<YearMonth, String> monthName, String otherName, String otherCategoriesName,
      Function<List<String>, String> otherCategoriesNote, Font font, ToDoubleFunction<String> pageTextWidth,
      Fallbacks fallbacks, LocalDate cutoff) {
    this(aggregates, categoryName, categoryColor, countryName, monthName, otherName,
        otherCategoriesName, otherCategoriesNote, font, pageTextWidth, fallbacks, cutoff, Long::toString);
  }

  /** With the data's latest date as its cut-off. */
  public ChartInput(Aggregates aggregates, Function<Category, String> categoryName,
      Function<Category, Color> categoryColor, Function<String, String> countryName,
      Function<YearMonth, String> monthName, String otherName, String otherCategoriesName,
      Function<List<String>, String> otherCategoriesNote, Font font, ToDoubleFunction<String> pageTextWidth,
      Fallbacks fallbacks) {
    this(aggregates, categoryName, categoryColor, countryName, monthName, otherName,
        otherCategoriesName, otherCategoriesNote, font, pageTextWidth, fallbacks, null);
  }

  /** Labels drawn in {@code font} alone, characters it lacks as its missing-glyph boxes. */
  public ChartInput(Aggregates aggregates, Function<Category, String> categoryName,
      Function<Category, Color> categoryColor, Function<String, String> countryName,
      Function<YearMonth, String> monthName, String otherName, String otherCategoriesName,
      Function<List<String>, String> otherCategoriesNote, Font font, ToDoubleFunction<String> pageTextWidth) {
    this(aggregates, categoryName, categoryColor, countryName, monthName, otherName,
        otherCategoriesName, otherCategoriesNote, font, pageTextWidth, Fallbacks.NONE);
  }

  /** Page text measured in the chart's font, as when the page is set in that font alone. */
  public ChartInput(Aggregates aggregates, Function<Category, String> categoryName,
      Function<Category, Color> categoryColor, Function<String, String> countryName,
      Function<YearMonth, String> monthName, String otherName, String otherCategoriesName,
      Function<List<String>, String> otherCategoriesNote, Font font) {
    this(aggregates, categoryName, categoryColor, countryName, monthName, otherName,
        otherCategoriesName, otherCategoriesNote, font, LabelFit.in(font.deriveFont(1f)), Fallbacks.NONE);
  }

  public String categoryName(Category category) {
    return categoryName.apply(category);
  }

  public Color categoryColor(Category category) {
    return categoryColor.apply(category);
  }
}

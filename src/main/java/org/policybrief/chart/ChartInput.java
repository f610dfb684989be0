package org.policybrief.chart;

import java.awt.Color;
import java.awt.Font;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;
import org.policybrief.analysis.Aggregates;
import org.policybrief.model.Category;

/**
 * What every chart is computed from: the aggregates, and how the edition names and colours
 * things. {@code font} is the chart text face at 1 unit size; charts derive their sizes from it.
 * {@code otherName} names the summed countries, {@code otherCategoriesName} the summed
 * categories, and {@code otherCategoriesNote} says which categories (given their names) that
 * group holds.
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
    Font font) {

  public String categoryName(Category category) {
    return categoryName.apply(category);
  }

  public Color categoryColor(Category category) {
    return categoryColor.apply(category);
  }
}

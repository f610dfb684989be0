package org.policybrief.chart;

import java.awt.Color;
import java.awt.Font;
import java.time.YearMonth;
import java.util.function.Function;
import org.policybrief.analysis.Aggregates;
import org.policybrief.model.Category;

/**
 * What every chart is computed from: the aggregates, and how the edition names and colours
 * things. {@code font} is the chart text face at 1 unit size; charts derive their sizes from it.
 */
public record ChartInput(
    Aggregates aggregates,
    Function<Category, String> categoryName,
    Function<Category, Color> categoryColor,
    Function<String, String> countryName,
    Function<YearMonth, String> monthName,
    String otherName,
    Font font) {

  public String categoryName(Category category) {
    return categoryName.apply(category);
  }

  public Color categoryColor(Category category) {
    return categoryColor.apply(category);
  }
}

package org.policybrief.render;

import java.util.List;
import org.policybrief.model.Category;
import org.policybrief.model.Colors;

/**
 * A category's colour: its own from categories.csv, else the next colour of Paul Tol's muted
 * palette (colour-blind safe) by the category's position in the taxonomy, so a category keeps
 * one colour in every chart and table of every briefing made from the same taxonomy.
 */
final class CategoryColors {

  static final List<String> PALETTE = List.of(
      "#CC6677", "#332288", "#DDCC77", "#117733", "#88CCEE", "#882255", "#44AA99", "#999933",
      "#AA4499", "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7");

  private CategoryColors() {}

  static String colorOf(Category category, List<Category> taxonomy) {
    if (!category.color().isEmpty()) {
      return category.color();
    }
    int index = taxonomy.indexOf(category);
    return PALETTE.get(Math.max(index, 0) % PALETTE.size());
  }

  /** True when white text reads better than black on this colour (see {@link Colors#isDark}). */
  static boolean isDark(String hex) {
    return Colors.isDark(Integer.parseInt(hex.substring(1), 16));
  }
}

package org.policybrief.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;
import org.policybrief.analysis.Aggregates;
import org.policybrief.model.Category;

/**
 * The categories a chart shows. Up to {@link #MAX} categories are all drawn, in taxonomy order.
 * Beyond that (a row, bar group or colour per category stops being legible, and the palette
 * runs out), the {@code MAX - 1} categories with most measures are drawn — still in taxonomy
 * order, each in its own colour — and the rest are summed as one "other categories" group in
 * Tol's pale grey, drawn last, so every measure is counted. A category whose colour another
 * drawn category (or the grey) already has joins the group too, so no two drawn groups look
 * alike; colours are never renumbered. Equal counts keep taxonomy order.
 */
final class CategoryGroups {

  /** As many as the sample taxonomy has; the heat map's rows and the bars stay legible. */
  static final int MAX = 12;

  record Group(String name, Color color, List<Category> members, boolean other) {

    Group {
      members = List.copyOf(members);
    }

    int count(CountryGroups.Group country) {
      return members.stream().mapToInt(country::count).sum();
    }

    int total(Aggregates aggregates) {
      return members.stream().mapToInt(c -> aggregates.categoryTotal(c.id())).sum();
    }
  }

  private CategoryGroups() {}

  static List<Group> of(ChartInput input) {
    List<Category> taxonomy = input.aggregates().categories();
    List<Group> groups = new ArrayList<>();
    if (taxonomy.size() <= MAX) {
      for (Category c : taxonomy) {
        groups.add(group(input, c));
      }
      return groups;
    }
    Aggregates a = input.aggregates();
    List<Category> byCount = new ArrayList<>(taxonomy);
    byCount.sort(Comparator.comparingInt((Category c) -> a.categoryTotal(c.id())).reversed());
    Set<Category> drawn = new HashSet<>();
    Set<Integer> colours = new HashSet<>(List.of(ChartStyle.OTHER_CATEGORY.getRGB()));
    for (Category c : byCount) {
      if (drawn.size() < MAX - 1 && colours.add(input.categoryColor(c).getRGB())) {
        drawn.add(c);
      }
    }
    List<Category> rest = new ArrayList<>();
    for (Category c : taxonomy) {
      if (drawn.contains(c)) {
        groups.add(group(input, c));
      } else {
        rest.add(c);
      }
    }
    groups.add(new Group(input.otherCategoriesName(), ChartStyle.OTHER_CATEGORY, rest, true));
    return groups;
  }

  private static Group group(ChartInput input, Category category) {
    return new Group(input.categoryName(category), input.categoryColor(category), List.of(category), false);
  }

  /**
   * What a caption that names or counts the leading categories adds when the chart sums some of
   * them into "other categories", so that it does not contradict the chart (18 categories shared
   * the largest count, and the chart drew 11 of them): how many of {@code leaders} that group
   * holds ("none"; "all" of them, "allOne" or "allTwo" when that is one or two; else "some"),
   * and that number, written by {@code count}. {@code leaders} are the leading categories, or the category of each leading
   * cell, so one category may come more than once.
   */
  static List<String> leadersInOther(List<Group> groups, List<Category> leaders, LongFunction<String> count) {
    Set<Category> summed = new HashSet<>();
    groups.stream().filter(Group::other).forEach(g -> summed.addAll(g.members()));
    long in = leaders.stream().filter(summed::contains).count();
    String kind = in == 0 ? "none"
        : in < leaders.size() ? "some"
        : in == 1 ? "allOne" : in == 2 ? "allTwo" : "all";
    return List.of(kind, count.apply(in));
  }

  /**
   * The note's entry for the "other categories" group, naming what it holds; none when every
   * category is drawn.
   */
  static List<Figure.Abbreviation> note(ChartInput input, List<Group> groups) {
    return groups.stream().filter(Group::other)
        .map(g -> new Figure.Abbreviation(g.name(),
            input.otherCategoriesNote().apply(g.members().stream().map(input::categoryName).toList())))
        .toList();
  }
}

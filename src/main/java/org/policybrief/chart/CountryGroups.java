package org.policybrief.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policybrief.analysis.Aggregates.CountryStats;
import org.policybrief.model.Category;
import org.policybrief.model.Measure;

/**
 * The countries a chart shows: those with most measures, in briefing order, and — when there
 * are more than fit — the rest summed as one "other" group, so every measure is counted.
 */
final class CountryGroups {

  record Group(String name, Color color, Map<String, Integer> counts, List<Measure> measures, boolean other) {

    int count(Category category) {
      return counts.getOrDefault(category.id(), 0);
    }

    int total() {
      return measures.size();
    }
  }

  private CountryGroups() {}

  /** At most {@code max} groups; the last is "other" when the countries do not fit. */
  static List<Group> of(ChartInput input, int max) {
    List<CountryStats> countries = input.aggregates().countries();
    int shown = countries.size() <= max ? countries.size() : max - 1;
    List<Group> groups = new ArrayList<>();
    for (int i = 0; i < shown; i++) {
      CountryStats c = countries.get(i);
      groups.add(group(input, input.countryName().apply(c.code()), ChartStyle.countryColor(i),
          countries.subList(i, i + 1), false));
    }
    if (shown < countries.size()) {
      groups.add(group(input, input.otherName(), ChartStyle.OTHER, countries.subList(shown, countries.size()), true));
    }
    return groups;
  }

  private static Group group(ChartInput input, String name, Color color, List<CountryStats> members,
      boolean other) {
    Map<String, Integer> counts = new HashMap<>();
    List<Measure> measures = new ArrayList<>();
    for (CountryStats c : members) {
      measures.addAll(c.measures());
      for (Category category : input.aggregates().categories()) {
        counts.merge(category.id(), input.aggregates().count(c.code(), category.id()), Integer::sum);
      }
    }
    return new Group(name, color, counts, measures, other);
  }

  /**
   * Each group's series name in XChart, which must be unique: its name, and after a name an
   * earlier group has, its position ("Country #2"). Series names are never drawn (legends and end
   * labels are the page's and the chart's own text), but two countries of one display name
   * (countries.csv may name two codes alike) stopped the briefing with an internal error.
   */
  static List<String> seriesNames(List<Group> groups) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      String name = groups.get(i).name();
      String unique = name;
      for (int n = i + 1; names.contains(unique); n++) {
        unique = name + " #" + n;
      }
      names.add(unique);
    }
    return names;
  }
}

package org.policybrief.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;

/**
 * Who holds the largest value, ties included: a caption says "A and B have the most" or "3
 * countries share the most" rather than naming whichever came first. Items arrive in the one
 * order every figure uses (countries in briefing order, categories in taxonomy order), so
 * shared leaders are named in the same order everywhere. {@code among}: how many items were
 * compared; a lone item leads nothing, and its caption says so ("France: 9 measures").
 */
record Leaders(List<String> names, long value, int among) {

  Leaders {
    names = List.copyOf(names);
  }

  static <T> Leaders of(List<T> items, ToLongFunction<T> value, Function<T, String> name) {
    List<T> top = top(items, value);
    long max = top.isEmpty() ? 0 : value.applyAsLong(top.get(0));
    return new Leaders(top.stream().map(name).toList(), max, items.size());
  }

  /** The items holding the largest value, in their order. */
  static <T> List<T> top(List<T> items, ToLongFunction<T> value) {
    long max = items.stream().mapToLong(value).max().orElse(0);
    List<T> top = new ArrayList<>();
    for (T item : items) {
      if (value.applyAsLong(item) == max) {
        top.add(item);
      }
    }
    return top;
  }

  /**
   * What a caption needs: how many share the lead (messages select "1", "2" or other; "alone"
   * when there was but one item to compare), the first two names (the second empty when
   * alone), and the value; counts written by {@code count}, as the edition writes them.
   */
  List<String> findings(LongFunction<String> count) {
    return List.of(among == 1 ? "alone" : count.apply(names.size()), names.get(0), names.size() > 1 ? names.get(1) : "",
        count.apply(value));
  }

  /**
   * How the lead is shared, for captions that name up to three leaders and say when every item
   * has the same value ("All 14 countries have the same number of measures", where "14 countries
   * share the most" claimed a most that none had): "alone", "one", "two", "three" or "many"
   * leaders among more items, "twoSame", "threeSame" or "allSame" when they are all the items;
   * then the third leader's name (empty unless three lead). A second list beside {@link
   * #findings}, so that a caption written for those alone still reads as it did.
   */
  List<String> tie() {
    int n = names.size();
    String kind = among == 1 ? "alone"
        : n == 1 ? "one"
        : n == among ? (n == 2 ? "twoSame" : n == 3 ? "threeSame" : "allSame")
        : n == 2 ? "two" : n == 3 ? "three" : "many";
    return List.of(kind, n == 3 ? names.get(2) : "");
  }
}

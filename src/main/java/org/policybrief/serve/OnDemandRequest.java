package org.policybrief.serve;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.policybrief.model.BriefingSpec;
import org.policybrief.model.Category;
import org.policybrief.model.Dataset;
import org.policybrief.model.Document;
import org.policybrief.model.InvisibleText;
import org.policybrief.model.IsoDate;
import org.policybrief.model.Selection;

/**
 * A briefing asked for through the form: language, countries and categories (each empty for
 * all, kept sorted so that equal requests are equal), and a range of measure dates (null for
 * no bound). {@link #parse} checks every parameter against the current data.
 */
record OnDemandRequest(String language, List<String> countries, List<String> categories, LocalDate from,
    LocalDate to) {

  private static final int MAX_VALUES = 200;

  /** A parameter the server refuses: the key of the message the user sees, and its arguments. */
  record Problem(String key, Object... args) {}

  /** Every parameter the server refuses, in the form's order. */
  static final class BadRequest extends Exception {
    final transient List<Problem> problems;

    BadRequest(List<Problem> problems) {
      super(problems.get(0).key(), null, false, false);
      this.problems = List.copyOf(problems);
    }
  }

  OnDemandRequest {
    countries = List.copyOf(new TreeSet<>(countries));
    categories = List.copyOf(new TreeSet<>(categories));
  }

  static OnDemandRequest parse(Map<String, List<String>> form, Dataset dataset, List<String> languages)
      throws BadRequest {
    List<Problem> problems = new ArrayList<>();
    for (String name : form.keySet()) {
      if (!Set.of("language", "country", "category", "from", "to", "lang").contains(name)) {
        problems.add(new Problem("bad.parameter", shorten(name)));
      }
    }
    List<String> language = form.getOrDefault("language", List.of(BriefingSpec.SIMPLIFIED_CHINESE));
    if (language.size() != 1 || !languages.contains(language.get(0))) {
      problems.add(new Problem("bad.language", String.join(", ", languages)));
    }
    Set<String> knownCountries = new TreeSet<>(dataset.documents().stream().map(Document::country).toList());
    Set<String> knownCategories = new TreeSet<>(dataset.categories().stream().map(Category::id).toList());
    List<String> countries = values(form, "country", knownCountries, problems);
    List<String> categories = values(form, "category", knownCategories, problems);
    LocalDate from = date(form, "from", problems);
    LocalDate to = date(form, "to", problems);
    if (from != null && to != null && from.isAfter(to)) {
      problems.add(new Problem("bad.range", from.toString(), to.toString())); // ICU would add a time (00:00)
    }
    if (!problems.isEmpty()) {
      throw new BadRequest(problems);
    }
    return new OnDemandRequest(language.get(0), countries, categories, from, to);
  }

  Selection selection() {
    return new Selection(countries, categories, from, to);
  }

  /** A stable text of the request, hashed with the data's fingerprint into the job's id. */
  String canonical() {
    return "language=" + language + "\ncountries=" + String.join(",", countries) + "\ncategories="
        + String.join(",", categories) + "\nfrom=" + (from == null ? "" : from) + "\nto=" + (to == null ? "" : to);
  }

  private static List<String> values(Map<String, List<String>> form, String name, Set<String> known,
      List<Problem> problems) {
    List<String> values = form.getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).toList();
    if (values.size() > MAX_VALUES) {
      problems.add(new Problem("bad.tooMany", name));
      return List.of();
    }
    values.stream().filter(v -> !known.contains(v)).forEach(v -> problems.add(new Problem("bad." + name, shorten(v))));
    return values;
  }

  /** The date of parameter {@code name}; null when not given or not a date (then a problem). */
  private static LocalDate date(Map<String, List<String>> form, String name, List<Problem> problems) {
    List<String> values = form.getOrDefault(name, List.of());
    if (values.isEmpty() || (values.size() == 1 && values.get(0).isBlank())) {
      return null;
    }
    try {
      if (values.size() > 1) {
        throw new DateTimeParseException("repeated", "", 0);
      }
      return LocalDate.parse(values.get(0).strip(), IsoDate.FORMAT);
    } catch (DateTimeParseException e) {
      problems.add(new Problem("bad.date", shorten(values.get(0))));
      return null;
    }
  }

  /**
   * A refused value as the page quotes it: its first 40 characters (never half of one outside the
   * Basic Multilingual Plane), with each one that prints as nothing or as something else written
   * {@code <U+200B>}: a country "CN" with a zero-width space read as the "CN" the form offers, and
   * a NUL, an escape or a bidi override went into the page as sent.
   */
  static String shorten(String text) {
    return InvisibleText.spelledOut(text, 40);
  }
}

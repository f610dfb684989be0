package org.policybrief.config;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policybrief.diag.Location;
import org.policybrief.model.BriefingSpec.PageSize;

/**
 * The settings of one {@code generate} run, as a config file or the command line gives them;
 * null (or an empty list) means "not given here". {@link #overriddenBy} lays the command line
 * over the file.
 */
public record BriefingSettings(
    String title,
    String subtitle,
    String lang,
    List<String> countries,
    List<String> categories,
    LocalDate from,
    LocalDate to,
    String organisation,
    PageSize pageSize,
    Path templates,
    Path fonts,
    String data,
    Path out,
    LocalDate date,
    Map<String, Location> places) {

  public static final BriefingSettings NONE = new BriefingSettings(
      null, null, null, List.of(), List.of(), null, null, null, null, null, null, null, null, null);

  /**
   * {@code places}: where a config file gave the selection's keys ({@code countries},
   * {@code categories}, {@code from}, {@code to}) and its folders ({@code data},
   * {@code templates}, {@code fonts}), so that a country the data lacks or a folder that is not
   * there is named at its line; empty for the command line.
   */
  public BriefingSettings {
    countries = countries == null ? List.of() : List.copyOf(countries);
    categories = categories == null ? List.of() : List.copyOf(categories);
    places = places == null ? Map.of() : Map.copyOf(places);
  }

  /** Where a config file gave {@code key}; {@link Location#NONE} for the command line. */
  public Location at(String key) {
    return places.getOrDefault(key, Location.NONE);
  }

  /** Settings given where nothing has a place: the command line. */
  public BriefingSettings(String title, String subtitle, String lang, List<String> countries,
      List<String> categories, LocalDate from, LocalDate to, String organisation, PageSize pageSize,
      Path templates, Path fonts, String data, Path out, LocalDate date) {
    this(title, subtitle, lang, countries, categories, from, to, organisation, pageSize, templates,
        fonts, data, out, date, Map.of());
  }

  /** These settings with every one that {@code over} gives replaced by its value. */
  public BriefingSettings overriddenBy(BriefingSettings over) {
    return new BriefingSettings(
        pick(over.title, title), pick(over.subtitle, subtitle), pick(over.lang, lang),
        over.countries.isEmpty() ? countries : over.countries,
        over.categories.isEmpty() ? categories : over.categories,
        pick(over.from, from), pick(over.to, to), pick(over.organisation, organisation),
        pick(over.pageSize, pageSize), pick(over.templates, templates), pick(over.fonts, fonts),
        pick(over.data, data), pick(over.out, out), pick(over.date, date), keptPlaces(over));
  }

  /** The places of the keys that {@code over} does not give anew. */
  private Map<String, Location> keptPlaces(BriefingSettings over) {
    Map<String, Location> kept = new HashMap<>(places);
    kept.keySet().removeIf(key -> switch (key) {
      case "countries" -> !over.countries.isEmpty();
      case "categories" -> !over.categories.isEmpty();
      case "from" -> over.from != null;
      case "to" -> over.to != null;
      case "data" -> over.data != null;
      case "templates" -> over.templates != null;
      case "fonts" -> over.fonts != null;
      default -> true;
    });
    return kept;
  }

  private static <T> T pick(T over, T base) {
    return over != null ? over : base;
  }
}

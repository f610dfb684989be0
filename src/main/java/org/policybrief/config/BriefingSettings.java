package org.policybrief.config;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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
    LocalDate date) {

  public static final BriefingSettings NONE = new BriefingSettings(
      null, null, null, List.of(), List.of(), null, null, null, null, null, null, null, null, null);

  public BriefingSettings {
    countries = countries == null ? List.of() : List.copyOf(countries);
    categories = categories == null ? List.of() : List.copyOf(categories);
  }

  /** These settings with every one that {@code over} gives replaced by its value. */
  public BriefingSettings overriddenBy(BriefingSettings over) {
    return new BriefingSettings(
        pick(over.title, title), pick(over.subtitle, subtitle), pick(over.lang, lang),
        over.countries.isEmpty() ? countries : over.countries,
        over.categories.isEmpty() ? categories : over.categories,
        pick(over.from, from), pick(over.to, to), pick(over.organisation, organisation),
        pick(over.pageSize, pageSize), pick(over.templates, templates), pick(over.fonts, fonts),
        pick(over.data, data), pick(over.out, out), pick(over.date, date));
  }

  private static <T> T pick(T over, T base) {
    return over != null ? over : base;
  }
}

package org.policybrief.plan;

import java.time.LocalDate;
import java.util.List;
import org.policybrief.diag.Location;

/**
 * One entry of a plan file. {@code eachCountry} and {@code eachLanguage} are the shorthands
 * "one briefing per country of the data" and "one per language the program knows"; otherwise
 * {@code countries} (empty: all) and {@code languages} list the choice. {@code from} and
 * {@code to} bound the measure dates (null when open). {@code at} is where the entry starts,
 * {@code countriesAt} and {@code categoriesAt} where those lists are (else {@code at}).
 */
public record PlanEntry(
    String name,
    String title,
    List<String> languages,
    boolean eachLanguage,
    List<String> countries,
    boolean eachCountry,
    List<String> categories,
    LocalDate from,
    LocalDate to,
    String template,
    Location at,
    Location countriesAt,
    Location categoriesAt) {

  public PlanEntry {
    languages = List.copyOf(languages);
    countries = List.copyOf(countries);
    categories = List.copyOf(categories);
  }
}

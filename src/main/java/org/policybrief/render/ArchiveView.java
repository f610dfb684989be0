package org.policybrief.render;

import java.util.List;

/**
 * Everything the archive page and the Atom feed show: editions newest first, each with its
 * briefings, and the languages and countries to filter by. Formatted, plain text. {@code id}
 * names the archive in the feed's ids ({@code Manifest#archive}).
 */
public record ArchiveView(String id, String title, String updated, List<Option> languages, List<Option> countries,
    List<EditionView> editions) {

  public ArchiveView {
    languages = List.copyOf(languages);
    countries = List.copyOf(countries);
    editions = List.copyOf(editions);
  }

  /** A filter choice; {@code id} is also the CSS class suffix of the briefings it matches. */
  public record Option(String id, String label) {}

  /** {@code date} is ISO (for ids and the feed), {@code label} as the reader reads it. */
  public record EditionView(String date, String label, String folder, List<BriefingItem> briefings) {}

  /** {@code download}: the name the file is saved under, with its edition. */
  public record BriefingItem(String title, String name, String language, String languageLabel,
      List<String> countries, String countryLabel, String pages, String size, String href, String download) {}
}

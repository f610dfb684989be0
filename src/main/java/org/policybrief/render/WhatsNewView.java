package org.policybrief.render;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.policybrief.analysis.Changes;
import org.policybrief.analysis.Changes.Change;
import org.policybrief.analysis.Changes.Kind;

/**
 * The section "what's new since the last edition", read by whatsnew.ftl and the summary.
 * {@code first} means there is no previous edition to compare with.
 */
public record WhatsNewView(boolean first, String previousEdition, Counts documents, Counts measures,
    Counts categories, Counts countries, List<Item> documentChanges, List<Item> measureChanges,
    List<Item> categoryChanges, List<Item> countryChanges) {

  public record Counts(String added, String removed, String changed, boolean any) {}

  /** {@code kind} is added, removed or changed: the template picks the label. */
  public record Item(String kind, String id, String title, String country) {}

  static WhatsNewView of(Changes changes, EditionLanguage language, Function<String, String> countryName) {
    Function<Change, Item> item = c -> new Item(c.kind().name().toLowerCase(Locale.ROOT),
        BriefingViewBuilder.clean(c.id()), BriefingViewBuilder.clean(language.text(c.title())),
        c.country().isEmpty() ? "" : countryName.apply(c.country()));
    return new WhatsNewView(changes.isFirst(), language.date(changes.previousEdition()),
        counts(changes, changes.documents(), language), counts(changes, changes.measures(), language),
        counts(changes, changes.categories(), language), counts(changes, changes.countries(), language),
        changes.documents().stream().map(item).toList(), changes.measures().stream().map(item).toList(),
        changes.categories().stream().map(item).toList(), changes.countries().stream().map(item).toList());
  }

  private static Counts counts(Changes changes, List<Change> list, EditionLanguage language) {
    return new Counts(language.number(changes.count(list, Kind.ADDED)),
        language.number(changes.count(list, Kind.REMOVED)),
        language.number(changes.count(list, Kind.CHANGED)), !list.isEmpty());
  }
}

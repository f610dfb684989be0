package org.policybrief.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.policybrief.analysis.Changes.Change;
import org.policybrief.analysis.Changes.Kind;
import org.policybrief.diag.Location;
import org.policybrief.model.Category;
import org.policybrief.model.Country;
import org.policybrief.model.Dataset;
import org.policybrief.model.Document;
import org.policybrief.model.Measure;

/**
 * Pure diff of two datasets by id: documents, measures, the taxonomy's categories and the names
 * countries.csv gives the countries of either dataset's documents. A row counts as changed when
 * any field differs; where it sits in its file (its {@link Location}) does not count, so
 * reordering rows changes nothing.
 */
public final class ChangeDetector {

  private ChangeDetector() {}

  public static Changes diff(LocalDate previousEdition, Dataset before, Dataset after) {
    return new Changes(previousEdition,
        diff(before.documents(), after.documents(), Document::id,
            d -> new Document(d.id(), d.country(), d.title(), d.issuer(), d.date(), d.type(), d.url(), Location.NONE),
            d -> new Change(null, d.id(), d.title(), d.country())),
        diff(before.measures(), after.measures(), Measure::id,
            m -> new Measure(m.id(), m.documentId(), m.categoryId(), m.country(), m.title(), m.summary(),
                m.tags(), m.date(), Location.NONE),
            m -> new Change(null, m.id(), m.title(), m.country())),
        // a renamed, recoloured, added or removed category changes every chart of the briefing
        diff(before.categories(), after.categories(), Category::id,
            c -> new Category(c.id(), c.name(), c.color(), Location.NONE, Map.of()),
            c -> new Change(null, c.id(), c.name(), "")),
        // a renamed country is renamed in every chart, table and heading
        diff(namedCountries(before, after, before), namedCountries(before, after, after), Country::code,
            c -> new Country(c.code(), c.name(), Location.NONE, Map.of()),
            c -> new Change(null, c.code(), c.name(), "")));
  }

  /** The countries {@code named} names (countries.csv) that documents of either dataset are of. */
  private static List<Country> namedCountries(Dataset before, Dataset after, Dataset named) {
    Set<String> ofDocuments = new HashSet<>();
    before.documents().forEach(d -> ofDocuments.add(d.country()));
    after.documents().forEach(d -> ofDocuments.add(d.country()));
    return named.countryNames().values().stream().filter(c -> ofDocuments.contains(c.code())).toList();
  }

  private static <T> List<Change> diff(List<T> before, List<T> after, Function<T, String> id,
      Function<T, T> withoutLocation, Function<T, Change> describe) {
    Map<String, T> old = before.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
    Map<String, T> now = after.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
    List<Change> changes = new ArrayList<>();
    for (T row : after) {
      T previous = old.get(id.apply(row));
      if (previous == null) {
        changes.add(as(Kind.ADDED, describe.apply(row)));
      } else if (!withoutLocation.apply(previous).equals(withoutLocation.apply(row))) {
        changes.add(as(Kind.CHANGED, describe.apply(row)));
      }
    }
    for (T row : before) {
      if (!now.containsKey(id.apply(row))) {
        changes.add(as(Kind.REMOVED, describe.apply(row)));
      }
    }
    changes.sort(Comparator.comparing(Change::kind).thenComparing(Change::id));
    return changes;
  }

  private static Change as(Kind kind, Change change) {
    return new Change(kind, change.id(), change.title(), change.country());
  }
}

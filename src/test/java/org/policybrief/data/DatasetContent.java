package org.policybrief.data;

import java.util.List;
import java.util.TreeMap;
import org.policybrief.model.Dataset;

/** A dataset's content without locations or source name, to compare datasets across sources. */
public final class DatasetContent {

  private DatasetContent() {}

  public static List<String> of(Dataset d) {
    return List.of(
        d.documents().stream().map(x -> List.of(x.id(), x.country(), x.title(), x.issuer(),
            x.date(), x.type(), x.url()).toString()).toList().toString(),
        d.measures().stream().map(x -> List.of(x.id(), x.documentId(), x.categoryId(),
            x.country(), x.title(), x.summary(), x.tags(), x.date()).toString()).toList().toString(),
        d.categories().stream().map(x -> List.of(x.id(), x.name(), x.color()).toString())
            .toList().toString(),
        new TreeMap<>(d.countryNames()).values().stream()
            .map(x -> List.of(x.code(), x.name()).toString()).toList().toString());
  }
}

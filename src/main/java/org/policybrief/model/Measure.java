package org.policybrief.model;

import java.time.LocalDate;
import java.util.List;
import org.policybrief.diag.Location;

/**
 * One concrete commitment inside a document. {@code date} is the date the measure took effect
 * when given, else its document's date, so it is never null.
 */
public record Measure(
    String id,
    String documentId,
    String categoryId,
    String country,
    Text title,
    Text summary,
    List<String> tags,
    LocalDate date,
    Location at) {

  public Measure {
    tags = List.copyOf(tags);
  }
}

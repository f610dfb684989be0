package org.policybrief.plan;

import java.nio.file.Path;
import java.util.List;

/**
 * A weekly plan: the dataset an edition is built from and the briefings it holds, as written in
 * the plan file (shorthands not yet expanded; see {@link PlanExpander}).
 */
public record Plan(Path dataFolder, String title, List<PlanEntry> entries) {

  public Plan {
    title = title == null ? "" : title;
    entries = List.copyOf(entries);
  }
}

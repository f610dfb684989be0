package org.policybrief.plan;

import org.policybrief.model.Selection;

/**
 * One briefing of an edition after expansion: what to render and the file name it is published
 * under, the same in every edition so that {@code latest/} keeps stable names.
 */
public record PlannedBriefing(
    String name, String language, Selection selection, String title, String template) {

  public String fileName() {
    return name + "-" + language + ".pdf";
  }
}

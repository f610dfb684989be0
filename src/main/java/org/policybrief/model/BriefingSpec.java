package org.policybrief.model;

import java.time.LocalDate;

/**
 * What one briefing should be: its edition date, language and title ({@code title} empty means
 * the language's default title).
 */
public record BriefingSpec(LocalDate editionDate, String language, String title) {

  public static final String SIMPLIFIED_CHINESE = "zh-Hans";

  public BriefingSpec {
    title = title == null ? "" : title.strip();
  }

  /** A name that is safe on every file system and stable across runs. */
  public String fileName() {
    return "briefing-" + editionDate + "-" + language + ".pdf";
  }
}

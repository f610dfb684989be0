package org.policybrief.pipeline;

import java.nio.file.Path;
import java.time.Duration;

/** What a successful weekly run published. */
public record RunSummary(String edition, Path folder, int briefings, int pages, long bytes,
    Duration elapsed, String previousEdition) {}

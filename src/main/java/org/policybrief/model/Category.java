package org.policybrief.model;

import org.policybrief.diag.Location;

/** One category of the dataset's taxonomy. {@code color} is {@code #RRGGBB} or empty. */
public record Category(String id, Text name, String color, Location at) {}

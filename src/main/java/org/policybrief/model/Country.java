package org.policybrief.model;

import org.policybrief.diag.Location;

/** A country code with its display names, and where its row is (for warnings about the names). */
public record Country(String code, Text name, Location at) {}

package org.policybrief.model;

/** A country code with its display names. */
public record Country(String code, Text name) {}

package org.policybrief.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * What part of a dataset one briefing covers: countries (in the order the briefing shows them),
 * categories, and a range of measure dates ({@code from}/{@code to} inclusive, null when open).
 * Empty lists mean "all".
 */
public record Selection(List<String> countries, List<String> categories, LocalDate from, LocalDate to) {

  public static final Selection ALL = new Selection(List.of(), List.of(), null, null);

  /** Beyond this a slug is cut and ends in a short hash, so file names stay short and distinct. */
  static final int MAX_SLUG = 60;

  public Selection {
    countries = List.copyOf(countries);
    categories = List.copyOf(categories);
  }

  public boolean isAll() {
    return countries.isEmpty() && categories.isEmpty() && from == null && to == null;
  }

  public boolean hasMeasureFilter() {
    return !categories.isEmpty() || from != null || to != null;
  }

  public boolean contains(LocalDate date) {
    return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
  }

  /**
   * A short name of the selection made only of {@code [A-Za-z0-9._-]}, e.g. {@code CN_US-infra-from2025-07-01};
   * empty for the whole dataset.
   */
  public String slug() {
    List<String> parts = new ArrayList<>();
    if (!countries.isEmpty()) {
      parts.add(String.join("_", countries));
    }
    if (!categories.isEmpty()) {
      parts.add(String.join("_", categories));
    }
    if (from != null) {
      parts.add("from" + from);
    }
    if (to != null) {
      parts.add("to" + to);
    }
    String slug = String.join("-", parts).replaceAll("[^A-Za-z0-9._-]", "_");
    if (slug.length() <= MAX_SLUG) {
      return slug;
    }
    return slug.substring(0, MAX_SLUG - 9) + "-" + HexFormat.of().formatHex(sha256(slug), 0, 4);
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

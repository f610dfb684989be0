package org.policybrief.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
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

  /** Each country and category once, in the order first given: CN,CN is the selection CN. */
  public Selection {
    countries = List.copyOf(new LinkedHashSet<>(countries));
    categories = List.copyOf(new LinkedHashSet<>(categories));
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
   * empty for the whole dataset. Two selections never share a name: when the readable form loses
   * something (a category id such as 数据 or "AI safety" has other characters, or one such as
   * a_b reads like the two ids a and b), it ends in a short hash of the selection itself.
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
    String readable = String.join("-", parts);
    String slug = readable.replaceAll("[^A-Za-z0-9._-]", "_");
    boolean exact = slug.equals(readable) && categories.stream().noneMatch(id -> id.contains("_"));
    if (exact && slug.length() <= MAX_SLUG) {
      return slug;
    }
    // a long exact name keeps the hash it always had, so its editions keep their file names
    String hashed = exact ? slug : countries + "\n" + categories + "\n" + from + "\n" + to;
    String hash = HexFormat.of().formatHex(sha256(hashed), 0, 4);
    return slug.substring(0, Math.min(slug.length(), MAX_SLUG - 9)) + "-" + hash;
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

package org.policybrief.serve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;

/** The id of an on-demand job and the name its PDF is downloaded under. */
final class JobIds {

  private JobIds() {}

  /** 128 bits of SHA-256 over the data's fingerprint, the edition date and the request. */
  static String of(String dataFingerprint, LocalDate edition, String canonicalRequest) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(
          (dataFingerprint + "\n" + edition + "\n" + canonicalRequest).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** E.g. {@code briefing-2026-11-30-zh-Hans-cn-us.pdf}; only the countries, never free text. */
  static String fileName(LocalDate edition, OnDemandRequest request) {
    StringBuilder name = new StringBuilder("briefing-").append(edition).append('-').append(request.language());
    if (!request.countries().isEmpty() && request.countries().size() <= 5) {
      request.countries().forEach(c -> name.append('-').append(c.toLowerCase(Locale.ROOT)));
    }
    return name.append(".pdf").toString().replaceAll("[^A-Za-z0-9._-]", "_");
  }
}

package org.policybrief.serve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.policybrief.model.BriefingSpec;
import org.policybrief.model.Selection;

/** The id of an on-demand job and the name its PDF is downloaded under. */
final class JobIds {

  private static final Pattern ID = Pattern.compile("[0-9a-f]{32}");

  private JobIds() {}

  /** Whether {@code name} has the form of a job id (32 lower-case hexadecimal digits). */
  static boolean isId(String name) {
    return ID.matcher(name).matches();
  }

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

  /**
   * The name {@code generate} gives the same briefing, e.g. {@code
   * briefing-2026-11-30-zh-Hans-CN_US-infra.pdf}: the whole selection, in letters, digits, - and _.
   */
  static String fileName(LocalDate edition, OnDemandRequest request) {
    return new BriefingSpec(edition, request.language(), "", "", "", null, new Selection(
        request.countries(), request.categories(), request.from(), request.to())).fileName();
  }
}

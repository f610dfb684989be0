package org.policybrief.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/** SHA-256 in lower-case hex, of one file or of a set of named files. */
final class Hashes {

  private Hashes() {}

  static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(digest().digest(bytes));
  }

  /** Of the files in map order, each as its name, a NUL, its length, a NUL, its bytes. */
  static String sha256(Map<String, byte[]> files) {
    MessageDigest digest = digest();
    files.forEach((name, bytes) -> {
      digest.update((name + "\0" + bytes.length + "\0").getBytes(StandardCharsets.UTF_8));
      digest.update(bytes);
    });
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

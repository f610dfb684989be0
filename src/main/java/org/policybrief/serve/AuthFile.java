package org.policybrief.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Who may use the protected part of the portal, from {@code --auth-file}. One entry a line,
 * {@code #} starts a comment:
 * <pre>
 * token sha256:&lt;hex of the token's SHA-256&gt;
 * user &lt;name&gt; pbkdf2-sha256:&lt;iterations&gt;:&lt;salt, base64&gt;:&lt;hash, base64&gt;
 * </pre>
 * Only hashes are stored, so the file does not give the secrets away. Clients send
 * {@code Authorization: Bearer <token>} or HTTP basic authentication. An unknown user name costs
 * the same PBKDF2 work as a wrong password, so the time of a refusal does not tell which names
 * exist.
 */
final class AuthFile {

  private static final int ITERATIONS = 210_000;

  /** A user name a browser can send: Basic credentials end the name at the first colon. */
  private static final Pattern USER_NAME = Pattern.compile("[\\p{L}\\p{N}._@+-]{1,64}");

  static final String USER_NAME_RULE = "1 to 64 letters, digits and . _ @ + -";

  private final List<byte[]> tokenHashes;
  private final Map<String, String> users;
  /**
   * What an unknown user's password is checked against: a random salt and hash with the
   * iterations of the file's users (the most, if they differ), so it costs what theirs do.
   */
  private final String dummy;
  /** PBKDF2 iterations done so far, for tests: every basic sign-in that is checked adds some. */
  private final LongAdder iterationsDone = new LongAdder();
  /** Hashes of basic credentials already verified: PBKDF2 is slow on purpose, page polls are not. */
  private final Set<String> verified = ConcurrentHashMap.newKeySet();

  private AuthFile(List<byte[]> tokenHashes, Map<String, String> users) {
    this.tokenHashes = List.copyOf(tokenHashes);
    this.users = Map.copyOf(users);
    int iterations = users.values().stream().mapToInt(AuthFile::iterations).max().orElse(ITERATIONS);
    this.dummy = "pbkdf2-sha256:" + iterations + ":" + Base64.getEncoder().encodeToString(random(16)) + ":"
        + Base64.getEncoder().encodeToString(random(32));
  }

  /** The entries of {@code file}; a malformed line is an error naming it. */
  static AuthFile read(Path file) throws IOException {
    List<byte[]> tokens = new ArrayList<>();
    Map<String, String> users = new HashMap<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<Integer> malformed = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String[] words = lines.get(i).strip().split("\\s+");
      if (words[0].isEmpty() || words[0].startsWith("#")) {
        continue;
      }
      if (words.length == 2 && words[0].equals("token") && words[1].matches("sha256:[0-9a-f]{64}")) {
        tokens.add(HexFormat.of().parseHex(words[1].substring(7)));
      } else if (words.length == 3 && words[0].equals("user") && USER_NAME.matcher(words[1]).matches()
          && words[2].matches("pbkdf2-sha256:\\d+:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+")) {
        users.put(words[1], words[2]);
      } else {
        malformed.add(i + 1);
      }
    }
    if (!malformed.isEmpty()) { // all of them at once
      throw new IllegalArgumentException(file + ":" + malformed.stream().map(String::valueOf)
          .collect(Collectors.joining(",")) + ": expected \"token sha256:HEX\" or \"user NAME"
          + " pbkdf2-sha256:ITERATIONS:SALT:HASH\" (a NAME is " + USER_NAME_RULE + ")");
    }
    return new AuthFile(tokens, users);
  }

  /** Whether the {@code Authorization} header's credentials are valid. */
  boolean accepts(String authorization) {
    if (authorization == null) {
      return false;
    }
    if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      byte[] hash = sha256(authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8));
      return tokenHashes.stream().anyMatch(h -> MessageDigest.isEqual(h, hash));
    }
    if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      String decoded;
      try {
        decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return false;
      }
      String key = HexFormat.of().formatHex(sha256(decoded.getBytes(StandardCharsets.UTF_8)));
      if (verified.contains(key)) {
        return true;
      }
      int colon = decoded.indexOf(':');
      String name = colon > 0 ? decoded.substring(0, colon) : "";
      String stored = users.get(name);
      // one PBKDF2 either way: a known user with a wrong password and an unknown one take as long
      boolean matched = matches(decoded.substring(colon + 1), stored != null ? stored : dummy);
      boolean valid = stored != null & matched;
      if (valid) {
        if (verified.size() > 1000) {
          verified.clear();
        }
        verified.add(key);
      }
      return valid;
    }
    return false;
  }

  /** Whether {@code name} can be a user of the auth file. */
  static boolean isUserName(String name) {
    return USER_NAME.matcher(name).matches();
  }

  /** The auth file line for a user, with a fresh salt. */
  static String userLine(String name, String password) {
    byte[] salt = random(16);
    return "user " + name + " pbkdf2-sha256:" + ITERATIONS + ":" + Base64.getEncoder().encodeToString(salt) + ":"
        + Base64.getEncoder().encodeToString(pbkdf2(password, salt, ITERATIONS));
  }

  /** The auth file line for a token. */
  static String tokenLine(String token) {
    return "token sha256:" + HexFormat.of().formatHex(sha256(token.getBytes(StandardCharsets.UTF_8)));
  }

  /** PBKDF2 iterations done by {@link #accepts} so far. */
  long iterationsDone() {
    return iterationsDone.sum();
  }

  /** Compares in constant time: {@link MessageDigest#isEqual} looks at every byte. */
  private boolean matches(String password, String stored) {
    String[] parts = stored.split(":");
    int iterations = iterations(stored);
    byte[] expected = Base64.getDecoder().decode(parts[3]);
    byte[] actual = pbkdf2(password, Base64.getDecoder().decode(parts[2]), iterations);
    iterationsDone.add(iterations);
    return MessageDigest.isEqual(expected, actual);
  }

  private static int iterations(String stored) {
    return Integer.parseInt(stored.split(":")[1]);
  }

  private static byte[] random(int length) {
    byte[] bytes = new byte[length];
    new SecureRandom().nextBytes(bytes);
    return bytes;
  }

  private static byte[] pbkdf2(String password, byte[] salt, int iterations) {
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
          .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256)).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}

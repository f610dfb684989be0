package org.policybrief.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthFileTest {

  @TempDir Path temp;

  @Test
  void acceptsOnlyTheListedTokensAndPasswords() throws Exception {
    String userLine = AuthFile.userLine("李雷", "密码 pass");
    assertThat(userLine).doesNotContain("密码 pass");
    Path file = Files.writeString(temp.resolve("auth"), "# who may ask\n\n" + AuthFile.tokenLine("t0ken") + "\n"
        + userLine + "\n");
    AuthFile auth = AuthFile.read(file);
    assertThat(auth.accepts("Bearer t0ken")).isTrue();
    assertThat(auth.accepts("bearer t0ken")).isTrue();
    assertThat(auth.accepts("Bearer t0ken2")).isFalse();
    assertThat(auth.accepts(basic("李雷:密码 pass"))).isTrue();
    assertThat(auth.accepts(basic("李雷:密码"))).isFalse();
    assertThat(auth.accepts(basic("han:密码 pass"))).isFalse();
    assertThat(auth.accepts("Basic !!!")).isFalse();
    assertThat(auth.accepts(null)).isFalse();
    assertThat(auth.accepts("Digest x")).isFalse();
  }

  @Test
  void anUnknownUserCostsTheSameHashWorkAsAWrongPassword() throws Exception {
    AuthFile auth = AuthFile.read(Files.writeString(temp.resolve("auth"), AuthFile.userLine("alice", "right") + "\n"));
    long perCheck = Long.parseLong(AuthFile.userLine("x", "y").split(":")[1]);
    assertThat(auth.accepts(basic("alice:wrong"))).isFalse();
    assertThat(auth.iterationsDone()).isEqualTo(perCheck);
    assertThat(auth.accepts(basic("bob:wrong"))).isFalse();
    assertThat(auth.iterationsDone()).isEqualTo(2 * perCheck);
    assertThat(auth.accepts(basic("no colon"))).isFalse();
    assertThat(auth.iterationsDone()).isEqualTo(3 * perCheck);
    assertThat(auth.accepts(basic("alice:right"))).isTrue();
    assertThat(auth.iterationsDone()).isEqualTo(4 * perCheck);
    assertThat(auth.accepts(basic("alice:right"))).isTrue(); // verified before: no hash work
    assertThat(auth.iterationsDone()).isEqualTo(4 * perCheck);
  }

  @Test
  void anUnknownUserCostsWhatTheFilesUsersCost() throws Exception {
    // a file written with fewer iterations: the dummy check uses the same number
    String line = AuthFile.userLine("alice", "right").replace(":210000:", ":1000:");
    AuthFile auth = AuthFile.read(Files.writeString(temp.resolve("auth"), line + "\n"));
    assertThat(auth.accepts(basic("alice:wrong"))).isFalse();
    assertThat(auth.accepts(basic("bob:wrong"))).isFalse();
    assertThat(auth.iterationsDone()).isEqualTo(2 * 1000);
  }

  @Test
  void everyMalformedLineIsNamed() throws Exception {
    Path file = Files.writeString(temp.resolve("auth"), "token sha256:00\n# fine\nuser\n");
    assertThatThrownBy(() -> AuthFile.read(file)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(file + ":1,3: expected");
    // Basic credentials end a name at its first colon: such a user could never sign in
    Path colon = Files.writeString(temp.resolve("colon"), AuthFile.userLine("a:b", "pw") + "\n");
    assertThatThrownBy(() -> AuthFile.read(colon)).hasMessageEndingWith(
        "(a NAME is 1 to 64 letters, digits and . _ @ + -)");
  }

  static String basic(String credentials) {
    return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
  }
}

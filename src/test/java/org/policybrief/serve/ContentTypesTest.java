package org.policybrief.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ContentTypesTest {

  @Test
  void chineseFileNamesAreEncodedPerRfc6266() {
    assertThat(ContentTypes.attachment("政策简报 2026.pdf")).isEqualTo(
        "attachment; filename=\"____ 2026.pdf\"; filename*=UTF-8''%E6%94%BF%E7%AD%96%E7%AE%80%E6%8A%A5%202026.pdf");
    assertThat(ContentTypes.attachment("a\"b.pdf")).isEqualTo("attachment; filename=\"a_b.pdf\"; filename*=UTF-8''a%22b.pdf");
  }

  @Test
  void typesAndCompression() {
    assertThat(ContentTypes.of(Path.of("index.html"))).isEqualTo("text/html; charset=utf-8");
    assertThat(ContentTypes.of(Path.of("x.PDF"))).isEqualTo("application/pdf");
    assertThat(ContentTypes.of(Path.of("x.bin"))).isEqualTo("application/octet-stream");
    assertThat(ContentTypes.compressible(Path.of("feed.xml"))).isTrue();
    assertThat(ContentTypes.compressible(Path.of("a.pdf"))).isFalse();
  }
}

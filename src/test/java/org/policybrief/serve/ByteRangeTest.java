package org.policybrief.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ByteRangeTest {

  static ByteRange.Request parse(String header) {
    return ByteRange.parse(Optional.ofNullable(header), 1000);
  }

  @Test
  void singleRanges() {
    assertThat(parse("bytes=0-99")).isEqualTo(new ByteRange.Part(new ByteRange(0, 99)));
    assertThat(parse("bytes=900-")).isEqualTo(new ByteRange.Part(new ByteRange(900, 999)));
    assertThat(parse("bytes=-10")).isEqualTo(new ByteRange.Part(new ByteRange(990, 999)));
    assertThat(parse("bytes=-5000")).isEqualTo(new ByteRange.Part(new ByteRange(0, 999)));
    assertThat(parse("bytes=990-5000")).isEqualTo(new ByteRange.Part(new ByteRange(990, 999)));
  }

  @Test
  void unsatisfiableOrIgnored() {
    assertThat(parse("bytes=1000-")).isInstanceOf(ByteRange.Unsatisfiable.class);
    assertThat(parse("bytes=-0")).isInstanceOf(ByteRange.Unsatisfiable.class);
    assertThat(parse(null)).isInstanceOf(ByteRange.Whole.class);
    assertThat(parse("bytes=0-1,4-5")).isInstanceOf(ByteRange.Whole.class);
    assertThat(parse("bytes=9-3")).isInstanceOf(ByteRange.Whole.class);
    assertThat(parse("items=0-3")).isInstanceOf(ByteRange.Whole.class);
    assertThat(parse("bytes=99999999999999999999-")).isInstanceOf(ByteRange.Whole.class);
  }
}

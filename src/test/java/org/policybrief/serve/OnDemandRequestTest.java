package org.policybrief.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybrief.data.DatasetSource;
import org.policybrief.diag.Diagnostics;
import org.policybrief.model.Dataset;
import org.policybrief.pipeline.OnDemandBriefings;

class OnDemandRequestTest {

  static Dataset sample;

  @BeforeAll
  static void read() throws Exception {
    sample = new OnDemandBriefings().read(DatasetSource.sample(), new Diagnostics()).orElseThrow().dataset();
  }

  static OnDemandRequest parse(Map<String, List<String>> form) throws OnDemandRequest.BadRequest {
    return OnDemandRequest.parse(form, sample, List.of("zh-Hans"));
  }

  @Test
  void equalRequestsAreEqualWhateverTheOrder() throws Exception {
    OnDemandRequest one = parse(Map.of("country", List.of("US", "CN"), "from", List.of("2025-01-01")));
    OnDemandRequest two = parse(Map.of("country", List.of("CN", "US", ""), "from", List.of("2025-01-01"),
        "to", List.of("")));
    assertThat(one).isEqualTo(two);
    assertThat(one.canonical()).isEqualTo(two.canonical());
    assertThat(one.language()).isEqualTo("zh-Hans");
    assertThat(one.from()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(one.to()).isNull();
  }

  @Test
  void badParametersNameTheirProblem() {
    assertRefused(Map.of("language", List.of("en")), "bad.language");
    assertRefused(Map.of("country", List.of("ZZ")), "bad.country");
    assertRefused(Map.of("category", List.of("x")), "bad.category");
    assertRefused(Map.of("from", List.of("2025-02-30")), "bad.date");
    assertRefused(Map.of("to", List.of("2025-01-01", "2025-01-02")), "bad.date");
    assertRefused(Map.of("from", List.of("2025-02-02"), "to", List.of("2025-02-01")), "bad.range");
    // the dates as given: a LocalDate reached ICU's message as "2025-02-02 00:00"
    assertThatThrownBy(() -> parse(Map.of("from", List.of("2025-02-02"), "to", List.of("2025-02-01"))))
        .isInstanceOfSatisfying(OnDemandRequest.BadRequest.class,
            e -> assertThat(e.problems.get(0).args()).containsExactly("2025-02-02", "2025-02-01"));
    assertRefused(Map.of("password", List.of("x")), "bad.parameter");
  }

  @Test
  void everyBadParameterIsNamedAtOnce() {
    Map<String, List<String>> form = Map.of("country", List.of("ZZ", "CN", "YY"),
        "from", List.of("2025-13-01"), "to", List.of("2025-02-30"), "password", List.of("x"));
    assertThatThrownBy(() -> parse(form)).isInstanceOfSatisfying(OnDemandRequest.BadRequest.class,
        e -> assertThat(e.problems).extracting(OnDemandRequest.Problem::key).containsExactlyInAnyOrder(
            "bad.parameter", "bad.country", "bad.country", "bad.date", "bad.date"));
  }

  @Test
  void aRefusedValueIsQuotedSoThatItCannotReadAsAGoodOne() {
    // "CN" with a zero-width space was quoted as the "CN" the form offers; a date likewise
    Map<String, List<String>> form = Map.of("country", List.of("CN\u200B"), "from", List.of("2025-01-01\u200B"),
        "category", List.of("a\u0000b\u001B[31m\u202Ec"));
    assertThatThrownBy(() -> parse(form)).isInstanceOfSatisfying(OnDemandRequest.BadRequest.class,
        e -> assertThat(e.problems).extracting(p -> p.args()[0]).containsExactly(
            "CN<U+200B>", "a<U+0000>b<U+001B>[31m<U+202E>c", "2025-01-01<U+200B>"));
  }

  @Test
  void aLongRefusedValueIsCutBetweenCharacters() {
    String emoji = "\uD83D\uDE00"; // one character, two chars in Java
    String shown = OnDemandRequest.shorten("a" + emoji.repeat(45));
    assertThat(shown).isEqualTo("a" + emoji.repeat(39) + "…");
    assertThat(shown.codePoints().filter(cp -> cp >= 0xD800 && cp <= 0xDFFF)).isEmpty(); // no half character
    assertThat(OnDemandRequest.shorten("x".repeat(40))).isEqualTo("x".repeat(40));
  }

  static void assertRefused(Map<String, List<String>> form, String key) {
    assertThatThrownBy(() -> parse(form)).isInstanceOfSatisfying(OnDemandRequest.BadRequest.class,
        e -> assertThat(e.problems).extracting(OnDemandRequest.Problem::key).containsExactly(key));
  }
}

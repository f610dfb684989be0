package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BriefingRendererTest {

  @Test
  void aPlanMayNameOnlyTemplatesOfWholeBriefings() {
    BriefingRenderer renderer = new BriefingRenderer();
    assertThat(renderer.hasTemplate("briefing")).isTrue();
    // parts of the briefing, and the archive page and its feed, fail on a briefing's model
    assertThat(renderer.hasTemplate("cover")).isFalse();
    assertThat(renderer.hasTemplate("summary")).isFalse();
    assertThat(renderer.hasTemplate("archive")).isFalse();
    assertThat(renderer.hasTemplate("feed")).isFalse();
    assertThat(renderer.hasTemplate("nothing")).isFalse();
  }
}

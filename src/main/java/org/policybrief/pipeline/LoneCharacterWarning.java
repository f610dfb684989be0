package org.policybrief.pipeline;

import java.util.List;
import org.policybrief.diag.Diagnostics;
import org.policybrief.diag.Location;
import org.policybrief.render.pdf.LoneCharacters;

/**
 * The design guide's warning when a paragraph ends with one Han character alone on its last line
 * [C-orphan]: one warning per briefing, with the first few places. The briefing is written all the
 * same; rewording the text, or a narrower or wider column, moves the break.
 */
final class LoneCharacterWarning {

  private static final int SHOWN = 3;

  private LoneCharacterWarning() {}

  /** {@code briefing}: the file name in a run of several, else null. */
  static void report(List<LoneCharacters.Lone> lone, String briefing, Diagnostics diagnostics) {
    if (lone.isEmpty()) {
      return;
    }
    StringBuilder places = new StringBuilder();
    for (int i = 0; i < Math.min(SHOWN, lone.size()); i++) {
      places.append(i == 0 ? "" : ", ").append("page ").append(lone.get(i).page())
          .append(" (\"…").append(lone.get(i).ending()).append("\")");
    }
    if (lone.size() > SHOWN) {
      places.append(" and ").append(lone.size() - SHOWN).append(" more");
    }
    String what = lone.size() == 1 ? "a paragraph ends" : lone.size() + " paragraphs end";
    diagnostics.warning(Location.NONE, "layout.lone-character", (briefing == null ? "" : briefing + ": ")
        + what + " with one character alone on the last line: " + places);
  }
}

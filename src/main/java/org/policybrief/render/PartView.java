package org.policybrief.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which pieces of the briefing one XHTML document holds (templates/briefing.ftl reads it): the
 * whole briefing, or for a long one a part of it. The parts of a long briefing are the front
 * matter (cover and contents, with {@code tocPages} giving the page of each anchor it lists), the
 * sections before the countries, runs of whole countries of about {@link #ROWS} measures, and the
 * sections after them.
 */
public record PartView(boolean front, boolean lead, int countryFrom, int countryTo, boolean back,
    Map<String, String> tocPages) {

  /** Measures per part of a long briefing: openhtmltopdf holds about 40 MB of layout per 1,000. */
  static final int ROWS = 2000;

  /** The only part of a briefing rendered in one piece; the contents use target-counter(). */
  static PartView whole(int countries) {
    return new PartView(true, true, 0, countries, true, null);
  }

  public boolean countries() {
    return countryTo > countryFrom;
  }

  /** Whether this part opens the country section (with its heading). */
  public boolean countriesStart() {
    return countries() && countryFrom == 0;
  }

  public boolean whole() {
    return tocPages == null;
  }

  /** The front matter with the page of every anchor; empty while its length is being measured. */
  PartView withPages(Map<String, String> pages) {
    return new PartView(front, lead, countryFrom, countryTo, back, pages);
  }

  /** The body parts of a briefing whose countries have {@code measures} rows each, in order. */
  static List<PartView> body(List<Integer> measures, int rowsPerPart) {
    List<PartView> parts = new ArrayList<>();
    parts.add(new PartView(false, true, 0, 0, false, Map.of()));
    int from = 0;
    int rows = 0;
    for (int i = 0; i < measures.size(); i++) {
      if (i > from && rows + measures.get(i) > rowsPerPart) {
        parts.add(new PartView(false, false, from, i, false, Map.of()));
        from = i;
        rows = 0;
      }
      rows += measures.get(i);
    }
    if (measures.size() > from) {
      parts.add(new PartView(false, false, from, measures.size(), false, Map.of()));
    }
    parts.add(new PartView(false, false, 0, 0, true, Map.of()));
    return parts;
  }
}

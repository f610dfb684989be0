package org.policybrief.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.policybrief.render.pdf.PartedPdfWriter;

/**
 * Which pieces of the briefing one XHTML document holds (templates/briefing.ftl reads it): the
 * whole briefing, or for a long one a part of it. The parts of a long briefing are the front
 * matter (cover and contents, with {@code tocPages} giving the page of each anchor it lists), the
 * sections before the countries, runs of about {@link #ROWS} measures of the country section
 * (a country too long for one part goes on in the next), and the sections after them.
 */
public record PartView(boolean front, boolean lead, List<CountrySlice> slices, boolean back,
    Map<String, String> tocPages) {

  /**
   * Measures per part of a briefing of more than twice as many: openhtmltopdf holds about 40 MB of
   * layout per 1,000, and up to four parts at once. Parts of 2,000 took longer (more collections
   * in the capped heap).
   */
  static final int ROWS = 1000;

  /** Characters of title and summary per measure above which fewer parts are held at once. */
  static final int LONG_TEXT = 300;

  /**
   * How many parts of a briefing of {@code countries} are held at once (see {@link
   * PartedPdfWriter}): all it can, or two when the measures' text is long, more than twice the
   * bench data's 150 characters of title and summary on average. Four parts of 900-character
   * summaries needed more heap than two parts of 2,000 measures had: with -Xmx400m they ran out
   * where those had passed. It changes no byte of the PDF.
   */
  static int atOnce(List<BriefingView.CountryView> countries) {
    long measures = countries.stream().mapToLong(c -> c.measures().size()).sum();
    long characters = countries.stream().flatMap(c -> c.measures().stream())
        .mapToLong(m -> m.title().length() + m.summary().length()).sum();
    return characters > LONG_TEXT * Math.max(1, measures) ? 2 : PartedPdfWriter.FONT_SETS;
  }

  /**
   * Measures {@code from} (inclusive) to {@code to} of the country at {@code country} in the
   * briefing's order; {@code opens} when the slice starts the country's sub-section.
   */
  public record CountrySlice(int country, int from, int to, boolean opens) {}

  /** The only part of a briefing rendered in one piece; the contents use target-counter(). */
  static PartView whole(List<Integer> measures) {
    List<CountrySlice> all = new ArrayList<>();
    for (int i = 0; i < measures.size(); i++) {
      all.add(new CountrySlice(i, 0, measures.get(i), true));
    }
    return new PartView(true, true, all, true, null);
  }

  /** The front matter of a briefing in parts: {@code pages} is empty while its length is measured. */
  static PartView front(Map<String, String> pages) {
    return new PartView(true, false, List.of(), false, pages);
  }

  public boolean countries() {
    return !slices.isEmpty();
  }

  /** Whether this part opens the country section (with its heading). */
  public boolean countriesStart() {
    return countries() && slices.get(0).country() == 0 && slices.get(0).opens();
  }

  public boolean whole() {
    return tocPages == null;
  }

  /**
   * The body parts of a briefing whose countries have {@code measures} rows each, in order. A
   * country that fits in a part of its own is not cut at the end of the previous one. A country
   * cut keeps at least a tenth of a part's rows on each side of the cut: each part begins on a new
   * page, so a few rows at the end of a part, or going on alone in the next one (the 2,001st
   * measure of one country), left a page almost empty. A part then holds up to a tenth more.
   */
  static List<PartView> body(List<Integer> measures, int rowsPerPart) {
    int least = rowsPerPart / 10;
    List<PartView> parts = new ArrayList<>();
    parts.add(new PartView(false, true, List.of(), false, Map.of()));
    List<CountrySlice> slices = new ArrayList<>();
    int rows = 0;
    for (int country = 0; country < measures.size(); country++) {
      int count = measures.get(country);
      int from = 0;
      do {
        boolean fitsInANewPart = count - from <= rowsPerPart;
        boolean fewRowsHere = !fitsInANewPart && rowsPerPart - rows < least;
        if (!slices.isEmpty()
            && (rows >= rowsPerPart || fitsInANewPart && rows + count - from > rowsPerPart || fewRowsHere)) {
          parts.add(new PartView(false, false, List.copyOf(slices), false, Map.of()));
          slices.clear();
          rows = 0;
        }
        int to = Math.min(count, from + rowsPerPart - rows);
        if (count - to < least) { // the few last rows stay with the ones before them
          to = count;
        }
        slices.add(new CountrySlice(country, from, to, from == 0));
        rows += to - from;
        from = to;
      } while (from < count);
    }
    if (!slices.isEmpty()) {
      parts.add(new PartView(false, false, List.copyOf(slices), false, Map.of()));
    }
    parts.add(new PartView(false, false, List.of(), true, Map.of()));
    return parts;
  }
}

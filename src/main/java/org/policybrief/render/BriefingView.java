package org.policybrief.render;

import java.util.List;

/**
 * Everything the briefing template shows, already in the edition's language and formatted.
 * Public records, because the template engine reads them by reflection; data text is plain
 * text here and escaped by the template engine. {@code titleEms} and {@code subtitleEms}: about
 * how many ems each takes on one line, so that the cover can set a long one smaller.
 * {@code runningTitle} and {@code runningOrganisation}: the title and organisation cut to what
 * two lines of the running header and footer hold. {@code scope}: the cover's lines naming the
 * measure dates and categories a selection keeps (empty without such a selection).
 */
public record BriefingView(
    String lang,
    String pdfLang,
    String title,
    String subtitle,
    int titleEms,
    int subtitleEms,
    String seriesLabel,
    String editionDate,
    String dataCutoff,
    String organisation,
    String runningTitle,
    String runningOrganisation,
    Totals totals,
    List<CountryView> countries,
    List<CategoryView> categories,
    List<MatrixPart> matrix,
    List<DocumentView> recentDocuments,
    List<DocumentView> sources,
    Numbering numbering,
    List<String> scope) {

  /** {@code taxonomy}: the dataset's categories, of which a selection may keep {@code categories}. */
  public record Totals(String documents, String measures, String countries, String categories, String taxonomy) {}

  /** {@code nameFallback} (and the other {@code …Fallback} flags): the text is the other language's. */
  public record CategoryView(String id, String name, String color, boolean darkColor, String total,
      boolean nameFallback) {}

  public record CountView(CategoryView category, String count) {}

  public record DocumentView(String id, String title, String issuer, String date, String type,
      String url, boolean linkable, String country, boolean titleFallback) {}

  public record MeasureRow(String id, String title, String summary, List<String> tags,
      CategoryView category, boolean titleFallback, boolean summaryFallback) {}

  /**
   * {@code leadingKind} says what {@code leadingCategories} are of the country's measures: "one",
   * the category of all of them; "all", two or three that hold all of them; "even", more than
   * three that hold all of them alike; "tied", more than three that share the most and hold more
   * than half; "most", up to three that hold more than half; "led", up to three that hold the
   * most but half or less; "spread", more than three that share the most but hold half or less;
   * empty without measures. {@code categoryCount} is the number of categories its measures are in.
   */
  public record CountryView(String code, String name, String anchor, String measureCount,
      String documentCount, List<DocumentView> documents, List<MeasureRow> measures,
      List<CountView> leadingCategories, String leadingKind, String categoryCount) {}

  /**
   * A slice of the category × country table, narrow enough to fit the page; {@code
   * categoryWidth} is the category column's CSS width (36mm).
   */
  /** {@code whole}: kept on one page (see {@code MatrixColumns.keptWhole}). */
  public record MatrixPart(String categoryWidth, List<String> countryNames, List<String> countryWidths, List<MatrixRow> rows,
      List<String> columnTotals, String grandTotal, boolean whole) {}

  public record MatrixRow(CategoryView category, List<String> counts, String total) {}

  /** Heading numbers, which CSS counters cannot write in Chinese. */
  public interface Numbering {
    String h1(int n);

    String h2(int n);

    /** A sub-section's number under section {@code parent}: （一） in Chinese, 3.1 in English. */
    String h2(int parent, int n);
  }
}

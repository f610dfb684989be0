package org.policybrief.render;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.policybrief.analysis.Aggregates;
import org.policybrief.analysis.Aggregates.CountryStats;
import org.policybrief.analysis.Analyzer;
import org.policybrief.model.BriefingSpec;
import org.policybrief.model.Category;
import org.policybrief.model.Country;
import org.policybrief.model.Dataset;
import org.policybrief.model.Document;
import org.policybrief.model.Measure;
import org.policybrief.render.BriefingView.CategoryView;
import org.policybrief.render.BriefingView.CountView;
import org.policybrief.render.BriefingView.CountryView;
import org.policybrief.render.BriefingView.DocumentView;
import org.policybrief.render.BriefingView.MatrixPart;
import org.policybrief.render.BriefingView.MatrixRow;
import org.policybrief.render.BriefingView.MeasureRow;

/** Turns the dataset and its aggregates into the view of one edition language. */
final class BriefingViewBuilder {

  /** Countries named in the cover's default subtitle. */
  static final int SUBTITLE_COUNTRIES = 8;
  /** Documents in the summary's list of the latest. */
  static final int RECENT_DOCUMENTS = 5;
  /**
   * What two lines of the running header's title (about 34 ems of 8 pt each) and the footer's
   * organisation (39 ems, less the series and date) hold: 200 characters of Chinese took six lines,
   * the header's first on the page's top edge and the footer's last below its bottom.
   */
  static final int RUNNING_TITLE_EMS = 64;
  static final int RUNNING_ORGANISATION_EMS = 54;

  private final Dataset dataset;
  private final Aggregates aggregates;
  private final EditionLanguage language;
  private final Map<String, CategoryView> categoryViews = new HashMap<>();
  /** Each country's name, made once: the subtitle, matrix, sections, sources and charts all ask. */
  private final Map<String, String> countryNames = new ConcurrentHashMap<>();

  BriefingViewBuilder(Dataset dataset, Aggregates aggregates, EditionLanguage language) {
    this.dataset = dataset;
    this.aggregates = aggregates;
    this.language = language;
    for (Category c : aggregates.categories()) {
      // Colours by the whole taxonomy, so a category keeps its colour in a briefing on a selection.
      String color = CategoryColors.colorOf(c, dataset.categories());
      categoryViews.put(c.id(), new CategoryView(c.id(), clean(language.text(c.name())), color,
          CategoryColors.isDark(color), language.number(aggregates.categoryTotal(c.id())),
          language.isFallback(c.name())));
    }
  }

  /**
   * The cover's default subtitle: the countries' names, the first {@value #SUBTITLE_COUNTRIES}
   * and how many more when there are more (200 names ran off the cover onto the contents).
   */
  private String countriesSubtitle(List<String> names) {
    Messages t = language.messages();
    if (names.size() <= SUBTITLE_COUNTRIES) {
      return ListText.prose(t, names);
    }
    return t.get("subtitle.more", ListText.join(t, names.subList(0, SUBTITLE_COUNTRIES)),
        language.number(names.size()), language.number(names.size() - SUBTITLE_COUNTRIES));
  }

  BriefingView build(BriefingSpec spec) {
    Messages t = language.messages();
    String title = spec.title().isEmpty() ? t.get("defaultTitle") : clean(language.plain(spec.title()));
    List<String> countryNames = aggregates.countries().stream().map(c -> countryName(c.code())).toList();
    String subtitle =
        spec.subtitle().isEmpty() ? countriesSubtitle(countryNames) : clean(language.plain(spec.subtitle()));
    String organisation =
        spec.organisation().isEmpty() ? t.get("organisation") : clean(language.plain(spec.organisation()));
    return new BriefingView(
        language.id(),
        language.pdfLang(),
        title,
        subtitle,
        WideCharacters.ems(title),
        WideCharacters.ems(subtitle),
        t.get("series"),
        language.date(spec.editionDate()),
        language.date(dataCutoff(spec.editionDate())),
        organisation,
        WideCharacters.shortened(title, RUNNING_TITLE_EMS),
        WideCharacters.shortened(organisation, RUNNING_ORGANISATION_EMS),
        new BriefingView.Totals(
            language.number(aggregates.documentCount()),
            language.number(aggregates.measureCount()),
            language.number(aggregates.countries().size()),
            language.number(aggregates.categories().size()),
            language.number(dataset.categories().size())),
        aggregates.countries().stream().map(this::country).toList(),
        aggregates.categories().stream().map(c -> categoryViews.get(c.id())).toList(),
        matrix(),
        aggregates.recentDocuments(spec.editionDate(), RECENT_DOCUMENTS).stream().map(this::document).toList(),
        sources(),
        language,
        SelectionScope.lines(spec.selection(),
            aggregates.categories().stream().map(c -> categoryViews.get(c.id()).name()).toList(),
            dataset.categories().size(), language));
  }

  /**
   * Every document, its country's in the order of the country sections (a country with no
   * measure after them, by name), then by date and id: sorted by name, the sources of the sample
   * listed 中国 before 美国, whose section comes first.
   */
  private List<DocumentView> sources() {
    Map<String, Integer> sectionOrder = new HashMap<>();
    for (CountryStats stats : aggregates.countries()) {
      sectionOrder.put(stats.code(), sectionOrder.size());
    }
    return dataset.documents().stream()
        .sorted(Comparator.comparing((Document d) -> sectionOrder.getOrDefault(d.country(), Integer.MAX_VALUE))
            .thenComparing(d -> countryName(d.country())).thenComparing(Document::date).thenComparing(Document::id))
        .map(this::document).toList();
  }

  private CountryView country(CountryStats stats) {
    Map<String, Integer> categoryOrder = new HashMap<>();
    for (int i = 0; i < aggregates.categories().size(); i++) {
      categoryOrder.put(aggregates.categories().get(i).id(), i);
    }
    List<MeasureRow> rows = stats.measures().stream()
        .sorted(Comparator.comparingInt((Measure m) -> categoryOrder.get(m.categoryId())))
        .map(this::measure)
        .toList();
    return new CountryView(stats.code(), countryName(stats.code()), "country-" + stats.code(),
        language.number(stats.measures().size()), language.number(stats.documents().size()),
        stats.documents().stream().map(this::document).toList(), rows,
        stats.leadingCategories().stream()
            .map(c -> new CountView(categoryViews.get(c.category().id()), language.number(c.count())))
            .toList(),
        leadingKind(stats),
        language.number(aggregates.countsByCountryAndCategory().getOrDefault(stats.code(), Map.of()).size()));
  }

  /**
   * See {@link CountryView}: a country of 40 measures in 34 categories, six of them with two, was
   * "mostly on 6 categories (2 each)", and one of 2, 1, 1, 1 "mostly on Alpha (2)", when those
   * held 12 of 40 and 2 of 5; "mostly" now needs more than half.
   */
  private static String leadingKind(CountryStats stats) {
    int n = stats.leadingCategories().size();
    int held = stats.leadingCategories().stream().mapToInt(c -> c.count()).sum();
    boolean holdAll = held == stats.measures().size();
    boolean holdMost = 2 * held > stats.measures().size();
    boolean many = n > Analyzer.LEADING_CATEGORIES;
    if (n == 0) {
      return "";
    }
    if (!holdAll) {
      return holdMost ? (many ? "tied" : "most") : (many ? "spread" : "led");
    }
    return n == 1 ? "one" : many ? "even" : "all";
  }

  private MeasureRow measure(Measure m) {
    return new MeasureRow(clean(m.id()), clean(language.text(m.title())),
        clean(language.text(m.summary())), m.tags().stream().map(tag -> clean(language.plain(tag))).toList(),
        categoryViews.get(m.categoryId()), language.isFallback(m.title()), language.isFallback(m.summary()));
  }

  private DocumentView document(Document d) {
    // a scheme is read in any case (HTTPS://, as some registries print addresses)
    boolean linkable = (d.url().regionMatches(true, 0, "https://", 0, 8) || d.url().regionMatches(true, 0, "http://", 0, 7))
        && isUri(clean(d.url()));
    return new DocumentView(clean(d.id()), clean(language.text(d.title())), clean(language.plain(d.issuer())),
        language.date(d.date()), clean(d.type()), clean(d.url()), linkable, countryName(d.country()),
        language.isFallback(d.title()));
  }

  /**
   * Whether openhtmltopdf makes a link of {@code address}: only of one {@link URI} reads. An address
   * with a space or a quotation mark in it (https://example.com/p?q=a b) was printed in the colour of
   * a link that opened nothing; it is now printed as plain text, as other addresses that are no link.
   */
  private static boolean isUri(String address) {
    try {
      URI.create(address);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private List<MatrixPart> matrix() {
    List<CountryStats> countries = aggregates.countries();
    List<MatrixPart> parts = new ArrayList<>();
    List<String> names = countries.stream().map(s -> countryName(s.code())).toList();
    List<String> columnTotals = countries.stream().map(s -> language.number(s.measures().size())).toList();
    String grandTotal = language.number(countries.stream().mapToInt(s -> s.measures().size()).sum());
    List<String> categoryNames = aggregates.categories().stream().map(c -> categoryViews.get(c.id()).name()).toList();
    double categoryMm = MatrixColumns.categoryMm(categoryNames);
    List<Double> countryMms = IntStream.range(0, countries.size())
        .mapToObj(i -> MatrixColumns.columnMm(names.get(i), columnTotals.get(i))).toList();
    double totalMm = MatrixColumns.columnMm(language.messages().get("matrix.totalAll"), grandTotal);
    List<Integer> sizes = countries.isEmpty() ? List.of(0)
        : MatrixColumns.tableSizes(countryMms, totalMm, categoryMm);
    int from = 0;
    for (int size : sizes) {
      List<CountryStats> slice = countries.subList(from, from + size);
      List<MatrixRow> rows = aggregates.categories().stream()
          .map(c -> new MatrixRow(categoryViews.get(c.id()),
              slice.stream().map(s -> language.number(aggregates.count(s.code(), c.id()))).toList(),
              language.number(countries.stream().mapToInt(s -> aggregates.count(s.code(), c.id())).sum())))
          .toList();
      // the total column counts every country, also when the countries take several tables
      parts.add(new MatrixPart(MatrixColumns.css(categoryMm), names.subList(from, from + size),
          MatrixColumns.countryWidths(countryMms.subList(from, from + size), totalMm, categoryMm),
          rows, columnTotals.subList(from, from + size), grandTotal,
          MatrixColumns.keptWhole(categoryNames, names.subList(from, from + size), categoryMm)));
      from += size;
    }
    return parts;
  }

  /**
   * The date the data runs to: its latest date, but never after the edition's (a measure may take
   * effect after the briefing comes out; the cover would say the data runs past its own date).
   */
  LocalDate dataCutoff(LocalDate editionDate) {
    LocalDate latest = aggregates.latestDate();
    return latest == null || latest.isAfter(editionDate) ? editionDate : latest;
  }

  String countryName(String code) {
    return countryNames.computeIfAbsent(code,
        c -> clean(language.countryName(c, dataset.givenCountry(c).map(Country::name).orElse(null))));
  }

  /**
   * Data text made safe for XML 1.0: characters XML forbids (C0 controls, lone surrogates,
   * U+FFFE/U+FFFF) become U+FFFD; line breaks go as CSS would show them ({@link
   * WideCharacters#joinLines}). Escaping itself is the template engine's job.
   */
  static String clean(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800)
          || (c >= 0xE000 && c < 0xFFFE)
          || (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)))
          || (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)));
      if (!allowed && out == null) {
        out = new StringBuilder(text.substring(0, i));
      }
      if (out != null) {
        out.append(allowed ? c : '\uFFFD');
      }
    }
    return WideCharacters.joinLines(out == null ? text : out.toString());
  }
}

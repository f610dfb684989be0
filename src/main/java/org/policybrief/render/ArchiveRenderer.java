package org.policybrief.render;

import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.policybrief.model.Text;

/**
 * The staff's archive page ({@code archive.ftl} → index.html) and the Atom feed
 * ({@code feed.ftl} → feed.xml), in one edition language, with the formats they use.
 */
public final class ArchiveRenderer {

  private static final String ARCHIVE = "archive.ftl";
  private static final String FEED = "feed.ftl";
  /** Templates of pages other than briefings, which a plan may not name as a briefing's. */
  static final Set<String> TEMPLATES = Set.of(ARCHIVE, FEED);

  private final TemplateEngine templates = new TemplateEngine(null);
  private final EditionLanguage language;

  public ArchiveRenderer(String language) {
    this.language = EditionLanguage.of(language, null);
  }

  public String page(ArchiveView archive) {
    return templates.render(ARCHIVE, Map.of("a", archive, "t", language.messages()));
  }

  public String feed(ArchiveView archive) {
    return templates.render(FEED, Map.of("a", archive, "t", language.messages()));
  }

  public String date(LocalDate date) {
    return language.date(date);
  }

  public String number(long n) {
    return language.number(n);
  }

  /** 356 KB, 1.2 MB. */
  public String size(long bytes) {
    if (bytes < 1024 * 1024) {
      return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }

  /** A language tag's name in this language, e.g. zh-Hans → 中文 (简体). */
  public String languageName(String tag) {
    return ULocale.forLanguageTag(tag).getDisplayName(ULocale.forLanguageTag(language.id()));
  }

  /** A country's name: the one the data gives in this language, else the built-in one. */
  public String countryName(String code, Text given) {
    return language.countryName(code, given);
  }

  public String defaultArchiveTitle() {
    return language.messages().get("archive.title");
  }

  /** Names in running text (see {@link ListText}). */
  public String list(List<String> items) {
    return ListText.join(language.messages(), items);
  }
}

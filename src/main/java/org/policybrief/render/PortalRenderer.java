package org.policybrief.render;

import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policybrief.model.Text;

/**
 * The portal's pages ({@code templates/portal/*.ftl}) in one of its interface languages, with
 * the fixed texts of {@code templates/messages/portal/<language>.properties}. The interface
 * language is separate from the briefings' languages: staff may read the portal in English.
 */
public final class PortalRenderer {

  /** The interface languages, the default first. */
  public static final List<String> LANGUAGES = List.of("zh-Hans", "en");

  private final TemplateEngine templates = new TemplateEngine(null);
  private final Map<String, Messages> messages = new HashMap<>();
  /** The briefings' languages of the same names, which name countries as a briefing does. */
  private final Map<String, EditionLanguage> editions = new HashMap<>();

  public PortalRenderer() {
    LANGUAGES.forEach(l -> messages.put(l, new Messages("portal/" + l, null)));
    LANGUAGES.forEach(l -> editions.put(l, EditionLanguage.of(l, null)));
  }

  /*
   * root: the way from the page's address to the portal's own root ("./" from /on-demand,
   * "../../" from /on-demand/jobs/ID). The pages link by it, never from "/", so the portal also
   * works behind a proxy that serves it under a path of its own (/briefings/).
   */

  public String form(String language, String root, PortalView.Form form) {
    return page("portal/on-demand.ftl", language, root, form);
  }

  public String job(String language, String root, PortalView.Job job) {
    return page("portal/job.ftl", language, root, job);
  }

  public String problem(String language, String root, PortalView.Problem problem) {
    return page("portal/problem.ftl", language, root, problem);
  }

  /** A fixed text of the interface, e.g. for a plain-text answer. */
  public String text(String language, String key, Object... args) {
    return messages.get(language).get(key, args);
  }

  /**
   * A country's name in the interface language as a briefing in that language names it: the
   * data's in that language, else the built-in one.
   */
  public String countryName(String language, String code, Text given) {
    return editions.get(language).countryName(code, given);
  }

  public String text(String language, Text text) {
    return language.startsWith("zh") ? text.preferZh() : text.preferEn();
  }

  /** A language tag's name in the interface language, e.g. zh-Hans → 中文 (简体). */
  public String languageName(String language, String tag) {
    return ULocale.forLanguageTag(tag).getDisplayName(ULocale.forLanguageTag(language));
  }

  private String page(String template, String language, String root, Object page) {
    Map<String, Object> model = new HashMap<>();
    model.put("p", page);
    model.put("root", root);
    model.put("t", messages.get(language));
    model.put("lang", language);
    model.put("otherLanguages", LANGUAGES.stream().filter(l -> !l.equals(language))
        .map(l -> new PortalView.Choice(l, languageName(l, l), false)).toList());
    return templates.render(template, model);
  }
}

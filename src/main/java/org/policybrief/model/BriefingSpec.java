package org.policybrief.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What one briefing should be: its edition date, language, the part of the dataset it covers,
 * and the texts and page size of its cover. Empty texts mean the language's default.
 */
public record BriefingSpec(
    LocalDate editionDate,
    String language,
    String title,
    String subtitle,
    String organisation,
    PageSize pageSize,
    Selection selection) {

  public static final String SIMPLIFIED_CHINESE = "zh-Hans";
  public static final String TRADITIONAL_CHINESE = "zh-Hant";
  public static final String ENGLISH = "en";
  public static final List<String> LANGUAGES = List.of(SIMPLIFIED_CHINESE, TRADITIONAL_CHINESE, ENGLISH);
  /**
   * Characters a title, subtitle or organisation may have: the cover sets the title large, the
   * running header and footer repeat them on every page (10,000 characters ran over three pages).
   */
  public static final int MAX_TITLE_LENGTH = 200;

  /**
   * What is wrong with a title, subtitle or organisation the user gives ("has 201 characters; at
   * most 200 …"), or null: too long, or holding a character a data file may not hold either: a
   * control character, which cannot be printed (ESC came out as a replacement mark) and would end
   * up in the PDF's metadata; a noncharacter (U+FFFF came out as a replacement mark); a bidi
   * embedding or override (U+202E turned "ABC" of the cover's title into "CBA" and printed marks).
   */
  public static String titleProblem(String text) {
    String t = text == null ? "" : text.strip();
    int length = t.codePointCount(0, t.length());
    if (length > MAX_TITLE_LENGTH) {
      return "has " + length + " characters; at most " + MAX_TITLE_LENGTH
          + " fit the cover and the running header and footer";
    }
    if (InvisibleText.printsNothing(t)) {
      // a zero-width space alone printed an empty cover title and running header
      return "has only invisible characters (" + InvisibleText.named(t) + "), which print as"
          + " nothing; give a text, or leave it out for the default";
    }
    return t.codePoints().mapToObj(BriefingSpec::unprintable).filter(problem -> problem != null)
        .findFirst().orElse(null);
  }

  private static String unprintable(int cp) {
    String named = String.format(Locale.ROOT, "U+%04X", cp);
    if (Character.isISOControl(cp)) {
      return "has the control character " + named + ", which cannot be printed; remove it";
    }
    if ((cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE) {
      return "has the noncharacter " + named + ", which is not meant for text and cannot be printed;"
          + " remove it";
    }
    if (cp >= 0x202A && cp <= 0x202E) {
      return "has the bidi control " + named + ": the program sets the direction of text itself,"
          + " and embeddings and overrides would print as marks and reorder the text; remove it (an"
          + " isolate U+2066–U+2069 or a mark U+200E/U+200F may be used where one is needed)";
    }
    return null;
  }

  /** The paper a briefing is laid out on. */
  public enum PageSize {
    A4, LETTER;

    /** A4 or Letter, in any case; null for anything else. */
    public static PageSize parse(String name) {
      for (PageSize size : values()) {
        if (size.name().equalsIgnoreCase(name)) {
          return size;
        }
      }
      return null;
    }
  }

  public BriefingSpec {
    title = title == null ? "" : title.strip();
    subtitle = subtitle == null ? "" : subtitle.strip();
    organisation = organisation == null ? "" : organisation.strip();
    pageSize = pageSize == null ? PageSize.A4 : pageSize;
    selection = selection == null ? Selection.ALL : selection;
  }

  /** The whole dataset on A4, with the language's default texts. */
  public BriefingSpec(LocalDate editionDate, String language, String title) {
    this(editionDate, language, title, Selection.ALL);
  }

  /** Part of a dataset on A4, with the language's default subtitle and organisation. */
  public BriefingSpec(LocalDate editionDate, String language, String title, Selection selection) {
    this(editionDate, language, title, "", "", PageSize.A4, selection);
  }

  /**
   * A name that is safe on every file system and stable across runs: the date, the language and,
   * for part of a dataset, a slug of the selection.
   */
  public String fileName() {
    String slug = selection.slug();
    return "briefing-" + editionDate + "-" + language + (slug.isEmpty() ? "" : "-" + slug) + ".pdf";
  }
}

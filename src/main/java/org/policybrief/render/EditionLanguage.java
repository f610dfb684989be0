package org.policybrief.render;

import com.ibm.icu.util.ULocale;
import java.nio.file.Path;
import java.text.Normalizer;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.policybrief.model.BriefingSpec;
import org.policybrief.model.CountryCodes;
import org.policybrief.model.InvisibleText;
import org.policybrief.model.Text;

/**
 * How one edition language writes dates, numbers and heading numbers, which text of the data it
 * prefers, and which script it sets Chinese in. Its fixed text is {@code messages/<id>.properties}.
 */
final class EditionLanguage implements BriefingView.Numbering {

  /** Built-in Traditional names by code, as {@link #taiwanName} writes them. */
  private static final Map<String, String> TAIWAN_NAMES = new ConcurrentHashMap<>();
  private static final String[] DIGITS = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

  private final String id;
  private final Messages messages;
  private final Locale locale;
  private final DateTimeFormatter dateFormat;
  private final long groupDigitsFrom;
  /**
   * The Chinese texts already set ({@link #plain}), as each is set again for the glyph check, the
   * briefing and, in a weekly run, the check of each briefing. Emptied when it reaches
   * {@link #PLAIN_TEXTS_KEPT} texts: a server keeps its languages for as long as it runs.
   */
  private final Map<String, String> plainTexts = new ConcurrentHashMap<>();

  private static final int PLAIN_TEXTS_KEPT = 50_000;

  private EditionLanguage(String id, Messages messages) {
    this.id = id;
    this.messages = messages;
    this.locale = Locale.forLanguageTag(id);
    this.dateFormat = DateTimeFormatter.ofPattern(messages.get("date.pattern"), locale);
    this.groupDigitsFrom = Long.parseLong(messages.get("number.groupFrom"));
  }

  /** The language's messages come from {@code userTemplates/messages/} when it has them. */
  static EditionLanguage of(String id, Path userTemplates) {
    if (!BriefingSpec.LANGUAGES.contains(id)) {
      throw new IllegalArgumentException("unknown language " + id + " (known: "
          + String.join(", ", BriefingSpec.LANGUAGES) + ")");
    }
    return new EditionLanguage(id, new Messages(id, userTemplates));
  }

  String id() {
    return id;
  }

  Messages messages() {
    return messages;
  }

  boolean isChinese() {
    return !id.equals(BriefingSpec.ENGLISH);
  }

  /** BCP 47 tag for the PDF catalogue: the region tells readers which script conventions apply. */
  String pdfLang() {
    return switch (id) {
      case BriefingSpec.TRADITIONAL_CHINESE -> "zh-TW";
      case BriefingSpec.ENGLISH -> "en";
      default -> "zh-CN";
    };
  }

  ULocale lineBreakLocale() {
    return switch (id) {
      case BriefingSpec.TRADITIONAL_CHINESE -> ULocale.TRADITIONAL_CHINESE;
      case BriefingSpec.ENGLISH -> ULocale.ENGLISH;
      default -> ULocale.SIMPLIFIED_CHINESE;
    };
  }

  /**
   * The data text in this language: its own column, else the other one (see {@link #isFallback}).
   * The Chinese text the English edition shows for want of an English one is set as Chinese, its
   * punctuation typed half-width full-width (仅中文摘要:美国 → 仅中文摘要：美国).
   */
  String text(Text text) {
    String shown = plain(isChinese() ? text.preferZh() : text.preferEn());
    return !isChinese() && isFallback(text) ? FullWidthPunctuation.of(shown) : shown;
  }

  /**
   * A country's name in this edition: the one the data gives in this language's column, else the
   * built-in one (中国 / 中國 / China), never the other column's. The briefing, the archive page
   * and the portal all name a country so: the English archive page listed 中国 where the English
   * briefing of the same data said China.
   */
  String countryName(String code, Text given) {
    String own = given == null ? "" : isChinese() ? given.zh() : given.en();
    if (!own.isEmpty()) {
      return plain(own);
    }
    return id.equals(BriefingSpec.TRADITIONAL_CHINESE) ? TAIWAN_NAMES.computeIfAbsent(code, EditionLanguage::taiwanName)
        : CountryCodes.builtInName(code, id);
  }

  /**
   * The built-in Traditional name in the characters this edition's conversion writes, where
   * CLDR's Traditional and Simplified names are one word: CLDR writes 台灣, the conversion of the
   * data's 台湾 臺灣, Taiwan's standard form, and one briefing had both. A name CLDR gives in other
   * words (紐西蘭, where the conversion of 新西兰 writes 新西蘭) stays CLDR's.
   */
  private static String taiwanName(String code) {
    String cldr = CountryCodes.builtInName(code, BriefingSpec.TRADITIONAL_CHINESE);
    int[] converted = TraditionalChinese.convert(CountryCodes.builtInName(code).zh()).codePoints().toArray();
    int[] written = cldr.codePoints().toArray();
    if (converted.length != written.length) {
      return cldr;
    }
    for (int i = 0; i < written.length; i++) {
      if (!TraditionalChinese.sameCharacter(converted[i], written[i])) {
        return cldr;
      }
    }
    return new String(converted, 0, converted.length);
  }

  /** True when the text shown is the other language's, because this language's column is empty. */
  boolean isFallback(Text text) {
    return isChinese() ? text.zh().isEmpty() && !text.en().isEmpty() : text.en().isEmpty() && !text.zh().isEmpty();
  }

  /**
   * A data text that has one version only (issuer, tags, a title given by the user), in the
   * edition's script, with the Chinese punctuation and quotes typed half-width set full-width and a Latin
   * word set off from the Han characters beside it. The English edition sets off the word too
   * (国家标准化管理委员会 SAC, a tag AI 治理), as its Chinese is Chinese text still, and leaves the
   * punctuation, which may be the English text's around a Chinese name.
   */
  String plain(String text) {
    if (!isChinese()) {
      return HanLatinSpacing.of(printable(text));
    }
    String set = plainTexts.get(text);
    if (set == null) {
      if (plainTexts.size() >= PLAIN_TEXTS_KEPT) {
        plainTexts.clear();
      }
      set = setAsChinese(text);
      plainTexts.put(text, set);
    }
    return set;
  }

  private String setAsChinese(String text) {
    UnaryOperator<String> script = id.equals(BriefingSpec.TRADITIONAL_CHINESE)
        ? TraditionalChinese::convert : SimplifiedChinese::convert;
    return FullWidthPunctuation.of(HanLatinSpacing.of(Kana.convertOutside(StraightQuotes.of(printable(text)), script)));
  }

  /**
   * The text without variation selectors (U+FE00–FE0F, U+E0100–E01EF) and the zero-width space,
   * word joiner and no-break space (U+200B, U+2060, U+FEFF). A variation selector only chooses a
   * style of the character before it (❤️ is ❤ U+2764 and U+FE0F, "as emoji"); no font here draws
   * them, and openhtmltopdf would print each as a replacement mark. The zero-width characters only
   * hint where a line may or may not break; openhtmltopdf drew them in a fallback font and, in a
   * justified line, spaced them as letters it had not counted, which pushed the line past the
   * margin. Long words still break inside the margins without them. Letters typed as a base and
   * combining marks (e and U+0301, as some systems store é) are composed into one character
   * (Unicode NFC): openhtmltopdf draws each mark where its own advance puts it, not over its letter.
   */
  static String printable(String text) {
    return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? withoutInvisibles(text)
        : Normalizer.normalize(withoutInvisibles(text), Normalizer.Form.NFC);
  }

  private static String withoutInvisibles(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      boolean dropped = InvisibleText.isVariationSelector(cp) || cp == 0x200B || cp == 0x2060 || cp == 0xFEFF;
      if (dropped && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      } else if (!dropped && out != null) {
        out.appendCodePoint(cp);
      }
      i = next;
    }
    return out == null ? text : out.toString();
  }

  /** 2025年7月26日 / 26 July 2025, from the pattern {@code date.pattern}. */
  String date(LocalDate date) {
    return date == null ? "—" : dateFormat.format(date);
  }

  /**
   * Counts, with the language's grouping separator from {@code number.groupFrom} on: Chinese
   * typesetting groups only from five digits (GB/T 15835), English from four.
   */
  String number(long n) {
    if (Math.abs(n) < groupDigitsFrom) {
      return Long.toString(n);
    }
    return NumberFormat.getIntegerInstance(locale).format(n);
  }

  /** 一、 or 1. */
  @Override
  public String h1(int n) {
    return isChinese() ? chineseNumeral(n) + "、" : n + " ";
  }

  /** （一） or 1.1 (the section's number with the parent's). */
  @Override
  public String h2(int parent, int n) {
    return isChinese() ? h2(n) : parent + "." + n + " ";
  }

  @Override
  public String h2(int n) {
    return isChinese() ? "（" + chineseNumeral(n) + "）" : n + " ";
  }

  /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五; enough for any count of sections. */
  static String chineseNumeral(int n) {
    if (n < 10) {
      return DIGITS[n];
    }
    if (n < 20) {
      return "十" + (n % 10 == 0 ? "" : DIGITS[n % 10]);
    }
    if (n < 100) {
      return DIGITS[n / 10] + "十" + (n % 10 == 0 ? "" : DIGITS[n % 10]);
    }
    if (n < 1000) {
      int rest = n % 100;
      String tail = rest == 0 ? "" : (rest < 10 ? "零" + DIGITS[rest] : (rest < 20 ? "一" : "") + chineseNumeral(rest));
      return DIGITS[n / 100] + "百" + tail;
    }
    return Integer.toString(n);
  }
}

package org.policybrief.render;

import com.ibm.icu.util.ULocale;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.policybrief.model.Text;

/**
 * How one edition language writes dates, numbers and heading numbers, and which text of the
 * data it prefers.
 */
final class EditionLanguage implements BriefingView.Numbering {

  private static final String[] DIGITS = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

  private final String id;
  private final Messages messages;

  private EditionLanguage(String id) {
    this.id = id;
    this.messages = new Messages(id);
  }

  /** The languages {@link #of} accepts. */
  static List<String> known() {
    return List.of("zh-Hans");
  }

  static EditionLanguage of(String id) {
    if (!id.equals("zh-Hans")) {
      throw new IllegalArgumentException("unknown language " + id + " (known: zh-Hans)");
    }
    return new EditionLanguage(id);
  }

  String id() {
    return id;
  }

  Messages messages() {
    return messages;
  }

  /** BCP 47 tag for the PDF catalogue. */
  String pdfLang() {
    return "zh-CN";
  }

  ULocale lineBreakLocale() {
    return ULocale.SIMPLIFIED_CHINESE;
  }

  String text(Text text) {
    return text.preferZh();
  }

  /** 2025年7月26日. */
  String date(LocalDate date) {
    return date == null ? "—" : messages.get("date", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /** Counts: grouped only from five digits on, as Chinese typesetting does (GB/T 15835). */
  String number(long n) {
    if (Math.abs(n) < 10_000) {
      return Long.toString(n);
    }
    return NumberFormat.getIntegerInstance(Locale.SIMPLIFIED_CHINESE).format(n);
  }

  @Override
  public String h1(int n) {
    return chineseNumeral(n) + "、";
  }

  @Override
  public String h2(int n) {
    return "（" + chineseNumeral(n) + "）";
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

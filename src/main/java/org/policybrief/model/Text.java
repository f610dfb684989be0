package org.policybrief.model;

/**
 * A text given in Chinese, English or both (either may be empty, not both for titles). The
 * edition's language picks one; the other is the fallback.
 */
public record Text(String zh, String en) {

  public static final Text EMPTY = new Text("", "");

  public Text {
    zh = zh == null ? "" : zh;
    en = en == null ? "" : en;
  }

  public boolean isEmpty() {
    return zh.isEmpty() && en.isEmpty();
  }

  /** Chinese if given, else English. */
  public String preferZh() {
    return zh.isEmpty() ? en : zh;
  }

  /** English if given, else Chinese. */
  public String preferEn() {
    return en.isEmpty() ? zh : en;
  }
}

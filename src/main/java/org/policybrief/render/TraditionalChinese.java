package org.policybrief.render;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Simplified → Traditional Chinese in the Taiwan standard, as OpenCC's {@code s2tw}: opencc4j's
 * phrase and character dictionaries (数据 → 數據, 发展 → 發展), then Taiwan's standard character
 * forms (爲 → 為, 裏 → 裡, as far as opencc4j's variant table tells them); “ ” become 「 」.
 * Not {@code s2twp}: its Taiwanese idioms are software vocabulary that rewrites policy text
 * wrongly (文件 "document" → 檔案 "file", 发布 → 釋出, 代码 → 程式碼).
 *
 * <p>Text already written in Traditional is left as it is: converting it again could turn a
 * correct 乾 or 後 into another reading.
 */
final class TraditionalChinese {

  /** opencc4j's Taiwan variants table, keyed by the Simplified character. */
  private static final String TW_VARIANTS = "/data/dictionary/TWVariants.txt";
  private static final Map<Integer, String> TAIWAN_FORMS = taiwanForms();

  private TraditionalChinese() {}

  static String convert(String text) {
    if (text.isEmpty() || !ZhConverterUtil.containsChinese(text) || isTraditional(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    ZhConverterUtil.toTraditional(text).codePoints()
        .forEach(cp -> out.append(TAIWAN_FORMS.getOrDefault(cp, Character.toString(cp))));
    // Taiwan quotes with corner brackets. Single quotes stay: ’ is also the apostrophe of an
    // English name quoted in Chinese text.
    return out.toString().replace('“', '「').replace('”', '」');
  }

  /** True when the text has a character only Traditional writes (國) and none only Simplified writes (国). */
  static boolean isTraditional(String text) {
    boolean traditionalOnly = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!ZhConverterUtil.isChinese(c)) {
        continue;
      }
      boolean simple = ZhConverterUtil.isSimple(c);
      boolean traditional = ZhConverterUtil.isTraditional(c);
      if (simple && !traditional) {
        return false;
      }
      traditionalOnly |= traditional && !simple;
    }
    return traditionalOnly;
  }

  /**
   * Traditional character → Taiwan's form. The table maps Simplified characters (为 → 為); the
   * general conversion has already made 为 into 爲, so the key is taken through it too.
   */
  private static Map<Integer, String> taiwanForms() {
    Map<Integer, String> forms = new HashMap<>();
    try (InputStream in = ZhConverterUtil.class.getResourceAsStream(TW_VARIANTS)) {
      if (in == null) {
        throw new IllegalStateException(TW_VARIANTS + " is missing from opencc4j");
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String[] pair = line.strip().split("\\s+");
        if (pair.length == 2) {
          String traditional = ZhConverterUtil.toTraditional(pair[0]);
          // Only forms the general conversion wrote: an entry like 面 → 麵 is meant for 麪, not for 面.
          boolean converted = !traditional.equals(pair[0]);
          if (converted && traditional.codePointCount(0, traditional.length()) == 1 && !traditional.equals(pair[1])) {
            forms.put(traditional.codePointAt(0), pair[1]);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // 着 is left as it is by the general conversion, so the rule above skips the table's 着 → 著;
    // Taiwan writes 著 in every reading (意味著, 著手), and 着 is not in Big5.
    forms.put((int) '着', "著");
    return Map.copyOf(forms);
  }
}

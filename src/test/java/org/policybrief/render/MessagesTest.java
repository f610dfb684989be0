package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The spacing rules of Chinese messages. */
class MessagesTest {

  @Test
  void numbersStayWithTheirWords() {
    assertThat(Messages.keepNumbersWithTheirWords("共 5 项")).isEqualTo("共\u00A05\u00A0项");
  }

  @Test
  void aQuotedNameWithQuotesOfItsOwnTakesTheInnerOnes() {
    assertThat(new Messages("zh-Hans", null).get("fig.noteItem", "“东数西算”工程", "“东数西算”工程建设"))
        .isEqualTo("“‘东数西算’工程”即“‘东数西算’工程建设”");
    assertThat(new Messages("zh-Hant", null).get("fig.noteItem", "「東數西算」工程", "全稱"))
        .isEqualTo("「『東數西算』工程」即「全稱」");
    assertThat(new Messages("en", null).get("fig.noteItem", "“Data” rules", "Data’s rules"))
        .isEqualTo("“‘Data’ rules” stands for “Data’s rules”");
  }

  @Test
  void theTraditionalEditionSpeaksTaiwansWords() throws IOException {
    Properties texts = read("zh-Hant");
    // the mainland's words where Taiwan's differ: 連結, 產生, 連線/存取, 網址, 資料, 資訊, 軟體 …
    for (String key : texts.stringPropertyNames()) {
      assertThat(texts.getProperty(key)).as(key)
          .doesNotContain("鏈接", "生成", "訪問", "地址", "數據", "信息", "默認", "軟件", "硬件", "網絡", "視頻");
    }
    assertThat(texts.getProperty("sources.intro")).contains("網址", "連結", "產生");
  }

  /** The built-in messages of a language as written (ICU patterns unapplied). */
  static Properties read(String language) throws IOException {
    Properties texts = new Properties();
    try (InputStream in = MessagesTest.class.getResourceAsStream("/templates/messages/" + language + ".properties")) {
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return texts;
  }
}

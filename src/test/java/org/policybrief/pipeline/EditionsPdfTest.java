package org.policybrief.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policybrief.TestData;
import org.policybrief.data.DatasetSource;
import org.policybrief.diag.Diagnostics;
import org.policybrief.model.BriefingSpec;
import org.policybrief.model.Selection;

/** Whole briefings of each edition, read back with PDFBox. */
class EditionsPdfTest {

  private static final BriefingPipeline PIPELINE = new BriefingPipeline();
  private static final LocalDate DATE = LocalDate.of(2026, 11, 30);

  @TempDir Path folder;

  /** A briefing in {@code language} of the data these CSV files hold. */
  private byte[] render(String language, String documents, String measures, String categories) throws Exception {
    Files.writeString(folder.resolve("documents.csv"), documents);
    Files.writeString(folder.resolve("measures.csv"), measures);
    Files.writeString(folder.resolve("categories.csv"), categories);
    return render(DatasetSource.folder(folder), new BriefingSpec(DATE, language, ""));
  }

  private static byte[] render(DatasetSource source, BriefingSpec spec) throws Exception {
    Diagnostics diagnostics = new Diagnostics();
    byte[] pdf = PIPELINE.render(source, spec, diagnostics).orElseThrow(
        () -> new AssertionError(diagnostics.sorted()));
    return pdf;
  }

  @Test
  void traditionalEditionHasTraditionalFormsOnly() throws Exception {
    byte[] pdf = render(DatasetSource.sample(), new BriefingSpec(DATE, "zh-Hant", ""));
    String text = TestData.text(pdf);
    assertThat(text).contains("國際", "數據", "政策措施比較簡報", "2026年11月30日");
    // Simplified leftovers, as the design guide's checklist defines them: in GB2312, not in Big5.
    CharsetEncoder gb2312 = Charset.forName("GB2312").newEncoder();
    CharsetEncoder big5 = Charset.forName("Big5").newEncoder();
    List<String> simplifiedOnly = new ArrayList<>();
    text.chars().filter(c -> gb2312.canEncode((char) c) && !big5.canEncode((char) c))
        .forEach(c -> simplifiedOnly.add(Character.toString(c)));
    assertThat(simplifiedOnly).isEmpty();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("zh-TW");
      assertThat(fontNames(document)).anyMatch(name -> name.contains("NotoSansTC"));
    }
  }

  @Test
  void simplifiedEditionOfTaiwanDataHasSimplifiedFormsOnly() throws Exception {
    // Taiwan writes 台 and 于 as often as 臺 and 於, both scripts have them; machine-converted text
    // keeps a Simplified 并 here and there
    Files.writeString(folder.resolve("documents.csv"), """
        id,country,title_zh,issuer,date
        D1,TW,台灣人工智慧基本法,國家發展委員會,2025-01-01
        """);
    Files.writeString(folder.resolve("measures.csv"), """
        id,document,category,title_zh,summary_zh
        M1,D1,data,建立台灣資料治理架構,位於台北的數位發展部負責國際數據交換。
        M2,D1,data,強化領先地位,力求重塑并強化美國的領先地位。
        """);
    Files.writeString(folder.resolve("categories.csv"), "id,name_zh\ndata,資料與數據治理\n");
    Files.writeString(folder.resolve("countries.csv"), "code,name_zh\nTW,台灣\n");
    String text = TestData.text(render(DatasetSource.folder(folder), new BriefingSpec(DATE, "zh-Hans", "")));
    assertThat(text).contains("台湾人工智慧基本法", "国家发展委员会", "建立台湾资料治理架构",
        "位于台北的数位发展部负责国际数据交换", "资料与数据治理",
        "力求重塑并强化美国的领先地位");
    // Traditional leftovers: Han characters in Big5, not in GB2312
    CharsetEncoder gb2312 = Charset.forName("GB2312").newEncoder();
    CharsetEncoder big5 = Charset.forName("Big5").newEncoder();
    List<String> traditionalOnly = new ArrayList<>();
    text.chars().filter(c -> TestData.hasHan(Character.toString(c)))
        .filter(c -> big5.canEncode((char) c) && !gb2312.canEncode((char) c))
        .forEach(c -> traditionalOnly.add(Character.toString(c)));
    assertThat(traditionalOnly).isEmpty();
  }

  @Test
  void traditionalEditionQuotesTraditionalDataWithCornerBrackets() throws Exception {
    String text = TestData.text(render("zh-Hant", """
        id,country,title_zh,date
        D1,HK,“數字政策”指引,2025-01-01
        """, """
        id,document,category,title_zh,summary_zh
        M1,D1,ai,確立“向善為民”原則,提出“發展導向”居於中心地位。
        """, "id,name_zh\nai,人工智慧\n"));
    assertThat(text).contains("「數字政策」指引", "確立「向善為民」原則", "提出「發展導向」居於中心地位")
        .doesNotContain("“", "”");
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh-Hans", "zh-Hant"})
  void chinesePunctuationTypedHalfWidthIsSetFullWidth(String language) throws Exception {
    Files.writeString(folder.resolve("documents.csv"), """
        id,country,title_zh,date
        D1,HK,人工智能(AI)指引,2025-01-01
        """);
    Files.writeString(folder.resolve("measures.csv"), """
        id,document,category,title_zh,summary_zh
        M1,D1,ai,全球合作,"倡导全球合作,塑造治理范式;提及:开源模型(APEC)会议?"
        """);
    Files.writeString(folder.resolve("categories.csv"), "id,name_zh\nai,人工智能(AI)治理\n");
    Files.writeString(folder.resolve("countries.csv"), "code,name_zh\nHK,香港(特区)\n");
    byte[] pdf = render(DatasetSource.folder(folder), new BriefingSpec(DATE, language, ""));
    String text = TestData.text(pdf).replaceAll("\\s", "");
    assertThat(text).contains("）指引", "合作，塑造", "；提及：", "模型（APEC）", "？", "（AI）治理")
        .doesNotContainPattern("\\p{IsHan}[,;:?!()]|[,;:?!()]\\p{IsHan}");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<String> bookmarks = new ArrayList<>();
      for (var h1 : document.getDocumentCatalog().getDocumentOutline().children()) {
        h1.children().forEach(h2 -> bookmarks.add(h2.getTitle()));
      }
      assertThat(bookmarks).contains("（一）香港（特" + (language.equals("zh-Hans") ? "区" : "區") + "）");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh-Hans", "zh-Hant"})
  void aLatinWordTypedAgainstHanIsSetOffByOneSpace(String language) throws Exception {
    byte[] pdf = render(language, """
        id,country,title_zh,date,url
        D1,HK,美国AI行动计划,2025-01-01,https://例子.中国/AI政策
        """, """
        id,document,category,title_zh,summary_zh
        M1,D1,ai,推进5G网络,在OECD和G7等组织推进COVID-19应对，第3期共40%
        """, "id,name_zh,name_en\nai,,Safety\n");
    String text = TestData.text(pdf);
    assertThat(text).contains(" AI 行", " 5G ", "在 OECD 和 G7 等", " COVID-19 ", "第3期共40%", " Safety。", "https://例子.中国/AI政策");
    assertThat(text.replace("https://例子.中国/AI政策", "")).doesNotContainPattern("\\p{IsHan}[A-Za-z]|[A-Za-z]\\p{IsHan}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh-Hans", "zh-Hant"})
  void aCodeIsSetOffAfterItsNumberAsBeforeItsLetters(String language) throws Exception {
    byte[] pdf = render(language, """
        id,country,title_zh,date
        D1,CN,GB/T 35273-2020标准与ISO/IEC 42001认证,2025-01-01
        """, """
        id,document,category,title_zh,summary_zh
        M1,D1,ai,采用C++与C#语言和ISO/IEC 27001:2022认证,依据NIST AI RMF 1.0框架，于AI 2025年度报告中
        """, "id,name_zh\nai,安全\n");
    String text = TestData.text(pdf);
    assertThat(text).contains("GB/T 35273-2020 ", " ISO/IEC 42001 ", " C++ ", " C# ", " RMF 1.0 ", "AI 2025年",
        " 27001:2022 ").doesNotContainPattern("2020[標标]|42001[認认]|\\+\\+[與与]|#[語语]|1\\.0框|2022[認认]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh-Hans", "zh-Hant"})
  void aLatinWordInJapaneseIsLeftAsWritten(String language) throws Exception {
    byte[] pdf = render(language, """
        id,country,title_zh,date
        D1,JP,日本のAI戦略,2025-01-01
        """, """
        id,document,category,title_zh,summary_zh
        M1,D1,ai,AI戦略本部の設置,内閣府はAI戦略本部を設置した
        """, "id,name_zh\nai,安全\n");
    String text = TestData.text(pdf);
    assertThat(text).contains("日本のAI戦略", "AI戦略本部の設置", "内閣府はAI戦略本部を設置した")
        .doesNotContain("AI 戦略");
  }

  @Test
  void anAddressInQuotesEndsAtTheQuote() throws Exception {
    byte[] pdf = render("zh-Hans", """
        id,country,title_zh,date
        D1,CN,政策文件,2025-01-01
        """, """
        id,document,category,title_zh,summary_zh
        M1,D1,ai,网站,访问“https://www.gov.cn/zhengce”了解AI政策
        """, "id,name_zh\nai,安全\n");
    assertThat(TestData.text(pdf)).contains("访问“https://www.gov.cn/zhengce”了解 AI 政策");
  }

  @Test
  void traditionalQuotesAreBalancedWhenAWordFollowsTheQuote() throws Exception {
    byte[] pdf = render("zh-Hant", """
        id,country,title_zh,date
        D1,CN,政策文件,2025-01-01
        """, """
        id,document,category,title_zh,summary_zh
        M1,D1,ai,概念,提出‘可信AI’OpenAI和‘AI’Agent概念
        """, "id,name_zh\nai,安全\n");
    assertThat(TestData.text(pdf)).contains("提出『可信 AI』OpenAI 和『AI』Agent 概念").doesNotContain("’");
  }

  @Test
  void englishEditionSetsItsChineseTextAsChinese() throws Exception {
    byte[] pdf = render("en", """
        id,country,title_en,issuer,date
        D1,CN,Standards guide,国家标准化管理委员会SAC,2025-01-01
        """, """
        id,document,category,title_zh,summary_zh,tags
        M1,D1,ai,仅中文标题GB/T 22239,"仅中文摘要:美国AI行动计划(草案),见附件",AI治理
        """, "id,name_en\nai,Safety\n");
    String text = TestData.text(pdf);
    assertThat(text).contains("国家标准化管理委员会 SAC", "仅中文标题 GB/T 22239", "仅中文摘要：美国 AI 行动计划（草案），见附件",
        "AI 治理");
    assertThat(text).doesNotContainPattern("\\p{IsHan}[A-Za-z]|[A-Za-z]\\p{IsHan}|\\p{IsHan}[,:()]\\p{IsHan}");
  }

  @Test
  void simplifiedEditionQuotesSimplifiedDataWithCurlyQuotes() throws Exception {
    String text = TestData.text(render("zh-Hans", """
        id,country,title_zh,date
        D1,CN,「数字政策」指引,2025-01-01
        """, """
        id,document,category,title_zh,summary_zh
        M1,D1,ai,确立「向善为民」原则,提出「发展导向」居于中心地位，即『以人为本』。
        """, "id,name_zh\nai,人工智能\n"));
    assertThat(text).contains("“数字政策”指引", "确立“向善为民”原则", "提出“发展导向”居于中心地位", "‘以人为本’")
        .doesNotContain("「", "」", "『", "』");
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh-Hans", "zh-Hant"})
  void numbersInFullWidthDigitsKeepTheirSeparators(String language) throws Exception {
    String text = TestData.text(render(language, "id,country,title_zh,date\nD1,CN,指引,2025-01-01\n", """
        id,document,category,title_zh,summary_zh
        M1,D1,ai,人才培养,"培养人才１０,０００名,于１２:３０开始"
        """, "id,name_zh\nai,人工智能\n"))
        .replaceAll("\\s", "");
    assertThat(text).contains("１０,０００名，", "１２:３０").doesNotContain("１０，０００", "１２：３０");
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh-Hans", "zh-Hant"})
  void straightQuotesInChineseTextAreSetAsTheEditionQuotes(String language) throws Exception {
    String text = TestData.text(render(language, """
        id,country,title_zh,date
        D1,CN,"关于""人工智能+""行动的意见",2025-01-01
        """, """
        id,document,category,title_zh,summary_zh
        M1,D1,ai,确立原则,"提出""发展导向""原则，即'以人为本'，见 America's AI Action Plan"
        """, "id,name_zh\nai,人工智能\n"));
    if (language.equals("zh-Hans")) {
      assertThat(text).contains("关于“人工智能+”行动的意见", "提出“发展导向”原则，即‘以人为本’");
    } else {
      assertThat(text).contains("關於「人工智能+」行動的意見", "提出「發展導向」原則，即『以人為本』");
    }
    assertThat(text).contains("America's AI").doesNotContain("\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh-Hans", "zh-Hant"})
  void aFullStopTypedHalfWidthAtAChineseSentencesEndIsSetFullWidth(String language) throws Exception {
    String text = TestData.text(render(language, "id,country,title_zh,url,date\nD1,CN,指引,https://政府.中国/a,2025-01-01\n", """
        id,document,category,title_zh,summary_zh
        M1,D1,ai,人才培养,并称安全同样重要. 其次是开放.
        """, "id,name_zh\nai,人工智能\n"))
        .replaceAll("\\s", "");
    assertThat(text).containsPattern("同[样樣]重要。其次是開?开?放。").contains("政府.中国/a")
        .doesNotContain("重要.", "放.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh-Hans", "zh-Hant"})
  void anEllipsisTypedAsDotsInChineseTextIsSetAsTheChineseOne(String language) throws Exception {
    String text = TestData.text(render(language, "id,country,title_zh,date\nD1,CN,指引,2025-01-01\n", """
        id,document,category,title_zh,summary_zh
        M1,D1,ai,人才培养,促进发展...等领域，以及算力…
        """, "id,name_zh\nai,人工智能\n"))
        .replaceAll("\\s", "");
    assertThat(text).containsPattern("[进進][发發]展……等[领領]域，以及算力……").doesNotContain("展...");
  }

  @Test
  void englishEditionOfEnglishDataHasNoChineseButTheTaggedFallback() throws Exception {
    DatasetSource english = DatasetSource.folder(TestData.englishOnly(folder));
    Selection withoutChinese = new Selection(List.of("GB"), List.of(), null, null);
    byte[] pdf = render(english, new BriefingSpec(DATE, "en", "", "", "", null, withoutChinese));
    String text = TestData.text(pdf);
    assertThat(text).contains("1 Summary", "30 November 2026", "United Kingdom", "Train teachers");
    assertThat(TestData.hasHan(text)).as(text).isFalse();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
      assertThat(fontNames(document)).allMatch(name -> name.contains("NotoSans-"));
    }

    String withFallback = TestData.text(render(english, new BriefingSpec(DATE, "en", "")));
    assertThat(withFallback).containsPattern("培训教师\\s?ZH");
  }

  /** The design guide's checklist, item 6: no U+2009 or U+202F, as a reader's copy would show. */
  @ParameterizedTest
  @ValueSource(strings = {"zh-Hans", "zh-Hant", "en"})
  void noThinOrNarrowNoBreakSpaceIsPrinted(String language) throws Exception {
    byte[] pdf = render(DatasetSource.sample(), new BriefingSpec(DATE, language, ""));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).doesNotContain("\u2009").doesNotContain("\u202F");
      if (!language.equals("en")) {
        // a number and the Han character beside it are tied by a no-break space, which Noto Sans
        // SC draws with its space's glyph: copied, it is a space (33 项措施)
        assertThat(text).containsPattern("33 [项項]措施");
      }
    }
  }

  /**
   * A space copied from a Chinese briefing is U+0020 even where the first space the document sets
   * is a number's tie (U+00A0, the same glyph): PDFBox maps a glyph back to the first character
   * the document set it for: with more than eight countries the cover sets "等 10 个" first, and
   * 2,043 spaces of the medium bench briefing read back as U+00A0.
   */
  @Test
  void spacesReadBackAsSpacesWhenANumbersTieComesFirst() throws Exception {
    byte[] pdf = render(DatasetSource.folder(org.policybrief.TestDatasets.write(folder, 10, 4, 2, false)),
        new BriefingSpec(DATE, "zh-Hans", ""));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains(" ").doesNotContain("\u00A0");
    }
  }

  @Test
  void chineseEditionTagsEnglishText() throws Exception {
    String text = TestData.text(render(DatasetSource.folder(TestData.englishOnly(folder)),
        new BriefingSpec(DATE, "zh-Hans", "")));
    assertThat(text).containsPattern("Train teachers\\s?英").contains("一、摘要", "英国");
  }

  @Test
  void selectionNarrowsSummaryTablesAndSections() throws Exception {
    Selection cn = new Selection(List.of("CN"), List.of("intl-coop"), null, null);
    String text = TestData.text(render(DatasetSource.sample(), new BriefingSpec(DATE, "zh-Hans", "", "", "", null, cn)));
    assertThat(text).contains("中国", "国际合作").doesNotContain("美国", "算力与基础设施");
  }

  private static List<String> fontNames(PDDocument document) throws Exception {
    List<String> names = new ArrayList<>();
    for (PDPage page : document.getPages()) {
      for (var name : page.getResources().getFontNames()) {
        PDFont font = page.getResources().getFont(name);
        names.add(font.getName());
      }
    }
    return names;
  }
}

package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policybrief.TestDatasets;
import org.policybrief.model.BriefingSpec;
import org.policybrief.model.Category;
import org.policybrief.model.Dataset;
import org.policybrief.testing.ChartGlyphs;
import org.policybrief.testing.Fixtures;
import org.policybrief.testing.GlyphPositions;
import org.policybrief.testing.PdfReader;

/** The charts as a reader of the PDF meets them: vector drawings whose labels are text. */
class ChartsPdfTest {

  private static final BriefingRenderer RENDERER = new BriefingRenderer();
  private static final BriefingSpec SPEC = new BriefingSpec(LocalDate.of(2026, 11, 30), "zh-Hans", "");

  @TempDir Path dir;

  private static PDDocument render(Dataset dataset) throws IOException {
    return Loader.loadPDF(RENDERER.render(dataset, TestDatasets.analyze(dataset), SPEC).pdf());
  }

  /** Every form XObject drawn on a page: openhtmltopdf draws each chart as one. */
  private static List<PDFormXObject> forms(PDResources resources) throws IOException {
    List<PDFormXObject> forms = new ArrayList<>();
    if (resources == null) {
      return forms;
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject x = resources.getXObject(name);
      assertThat(x).as("image XObject %s", name).isNotInstanceOf(PDImageXObject.class);
      if (x instanceof PDFormXObject form) {
        forms.add(form);
        forms.addAll(forms(form.getResources()));
      }
    }
    return forms;
  }

  private static List<Integer> chartPages(PDDocument pdf) throws IOException {
    List<Integer> pages = new ArrayList<>();
    for (int i = 0; i < pdf.getNumberOfPages(); i++) {
      if (!forms(pdf.getPage(i).getResources()).isEmpty()) {
        pages.add(i + 1);
      }
    }
    return pages;
  }

  /** The text drawn inside the charts only (inside form XObjects), glyph by glyph. */
  private static String text(PDDocument pdf, List<Integer> pages) throws IOException {
    return ChartGlyphs.of(pdf, pages).text();
  }

  /** The fill colours a content stream sets with {@code rg} / {@code sc} / {@code scn}. */
  private static Set<Color> fillColors(PDContentStream stream) throws IOException {
    Set<Color> colors = new LinkedHashSet<>();
    List<Object> tokens = new PDFStreamParser(stream).parse();
    for (int i = 3; i < tokens.size(); i++) {
      if (tokens.get(i) instanceof Operator op && Set.of("rg", "sc", "scn").contains(op.getName())
          && tokens.get(i - 3) instanceof COSNumber r && tokens.get(i - 2) instanceof COSNumber g
          && tokens.get(i - 1) instanceof COSNumber b) {
        colors.add(new Color(Math.round(r.floatValue() * 255), Math.round(g.floatValue() * 255),
            Math.round(b.floatValue() * 255)));
      }
    }
    return colors;
  }

  private static Set<String> fontNames(PDResources resources) throws IOException {
    Set<String> names = new LinkedHashSet<>();
    for (COSName name : resources.getFontNames()) {
      PDFont font = resources.getFont(name);
      names.add(font.getName());
    }
    for (COSName name : resources.getXObjectNames()) {
      if (resources.getXObject(name) instanceof PDFormXObject form && form.getResources() != null) {
        names.addAll(fontNames(form.getResources()));
      }
    }
    return names;
  }

  @Test
  void chartLabelsAreTextInTheBodyFontAndNoChartIsAnImage() throws IOException {
    Dataset sample = TestDatasets.sample();
    try (PDDocument pdf = render(sample)) {
      List<Integer> pages = chartPages(pdf);
      assertThat(pages).isNotEmpty();
      int charts = 0;
      Set<String> fonts = new LinkedHashSet<>();
      for (PDPage page : pdf.getPages()) {
        charts += forms(page.getResources()).size();
        fonts.addAll(fontNames(page.getResources()));
      }
      assertThat(charts).isEqualTo(4);
      // One embedded subset per face for body and charts alike: no outline text, no Type 3
      // (Noto Sans sets the captions' narrow spaces: 5 项).
      assertThat(fonts).allMatch(n -> n.matches("[A-Z]{6}\\+NotoSans(SC)?-(Regular|Bold)"));
      assertThat(fonts).hasSizeLessThanOrEqualTo(4);

      String text = text(pdf, pages);
      for (Category c : sample.categories()) {
        assertThat(text).contains(c.name().preferZh());
      }
      assertThat(text).contains("美国", "中国", "2025年7月", "100%", "0");
    }
  }

  /**
   * Labels with characters the chart font lacks are drawn in the fallback fonts, not as boxes:
   * emoji and Extension B as text in the embedded subsets; Arabic, which pdfbox-graphics2d
   * leaves to AWT's layout for bidi and joining, as glyph outlines (not searchable).
   */
  @Test
  void labelsWithEmojiExtensionBOrArabicDrawInFallbackFonts() throws IOException {
    Path data = Fixtures.copy(Fixtures.SAMPLE, dir.resolve("data"));
    Fixtures.edit(data.resolve("categories.csv"), "industry,产业应用与创新,", "industry,产业应用与创新🚀𠮷,");
    Fixtures.edit(data.resolve("categories.csv"), "intl-coop,国际合作与治理,", "intl-coop,التعاون الدولي,");
    try (PDDocument pdf = render(TestDatasets.read(data))) {
      List<Integer> pages = chartPages(pdf);
      assertThat(text(pdf, pages)).contains("创新🚀𠮷", "安全治理").doesNotContain("التعاون");
      Set<String> fonts = new LinkedHashSet<>();
      for (int page : pages) {
        for (PDFormXObject form : forms(pdf.getPage(page - 1).getResources())) {
          fonts.addAll(fontNames(form.getResources()));
        }
      }
      assertThat(fonts).anyMatch(n -> n.matches("[A-Z]{6}\\+NotoEmoji-Regular"))
          .anyMatch(n -> n.matches("[A-Z]{6}\\+NotoSansJP-Regular"));
    }
  }

  /**
   * A character no font has prints in a chart's labels as it does on the page, as {@code #}: the
   * chart drew the font's missing-glyph box, a tofu square taken for a character, as glyph
   * outlines; a private-use one is left out, as on the page.
   */
  @Test
  void aCharacterNoFontHasIsAPlaceholderInChartsAsOnThePage() throws IOException {
    Path data = Fixtures.copy(Fixtures.SAMPLE, dir.resolve("data"));
    Fixtures.edit(data.resolve("categories.csv"), "industry,产业应用与创新,",
        "industry,产业应用与创新\uD81C\uDC00\uE000,");
    try (PDDocument pdf = render(TestDatasets.read(data))) {
      assertThat(text(pdf, chartPages(pdf))).contains("创新#").doesNotContain("\uD81C\uDC00");
    }
  }

  /**
   * A category label in a fallback font ends beside the bars, whole, like every other: names no
   * edition family draws all of (Japanese beside Greek, whose ή Noto Sans SC lacks) set the
   * English charts in Noto Sans SC, whose missing-glyph box is as wide as a Han character; the
   * labels are set flush right by the width of the glyphs drawn, not of those boxes.
   */
  @Test
  void barLabelsInFallbackFontsEndBesideTheBarsWhole() throws IOException {
    Path data = Fixtures.copy(Fixtures.SAMPLE, dir.resolve("data"));
    Fixtures.edit(data.resolve("categories.csv"), "Safety governance", "人工知能の安全性");
    Fixtures.edit(data.resolve("categories.csv"), "Compute & infrastructure", "Τεχνητή νοημοσύνη");
    Dataset dataset = TestDatasets.read(data);
    BriefingSpec english = new BriefingSpec(LocalDate.of(2026, 11, 30), "en", "");
    try (PDDocument pdf = Loader.loadPDF(RENDERER.render(dataset, TestDatasets.analyze(dataset), english).pdf())) {
      // Figure 1's labels come first on its page
      LevelLines level = LevelLines.of(pdf, chartPages(pdf).get(0));
      Map<Float, StringBuilder> lines = level.lines();
      Map<Float, Float> ends = level.ends();
      float japanese = firstLine(lines, "人工知能の安全性");
      float greek = firstLine(lines, "Τεχνητή νοημοσύνη");
      float dataLine = firstLine(lines, "Data");
      assertThat(ends.get(japanese)).as("end of 人工知能の安全性, of Data").isCloseTo(ends.get(dataLine), within(1f));
      assertThat(ends.get(greek)).as("end of Τεχνητή νοημοσύνη, of Data").isCloseTo(ends.get(dataLine), within(1f));
    }
  }

  /**
   * A category label with emoji joined by U+200D ends beside the bars, whole: measured as its font
   * lays it out, the family of four was one glyph, but the drawer writes a glyph per character, so
   * the label came out three emoji wider, ran under the bars and lost its word ("👨👩👧👦🏳" with
   * "Family" hidden).
   */
  @ParameterizedTest
  @ValueSource(strings = {"en", "zh-Hans"})
  void barLabelsWithJoinedEmojiEndBesideTheBarsWhole(String language) throws IOException {
    Path data = Fixtures.copy(Fixtures.SAMPLE, dir.resolve("data"));
    Fixtures.edit(data.resolve("categories.csv"), "安全治理,Safety governance",
        "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 家庭,\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 Family");
    Dataset dataset = TestDatasets.read(data);
    BriefingSpec spec = new BriefingSpec(LocalDate.of(2026, 11, 30), language, "");
    try (PDDocument pdf = Loader.loadPDF(RENDERER.render(dataset, TestDatasets.analyze(dataset), spec).pdf())) {
      LevelLines level = LevelLines.of(pdf, chartPages(pdf).get(0));
      Map<Float, StringBuilder> lines = level.lines();
      Map<Float, Float> ends = level.ends();
      String word = language.equals("en") ? "Family" : "家庭";
      float family = lines.entrySet().stream().filter(e -> e.getValue().toString().strip().endsWith(word))
          .map(Map.Entry::getKey).findFirst().orElseThrow(() -> new AssertionError(lines.values()));
      float dataLine = firstLine(lines, language.equals("en") ? "Data" : "数据");
      assertThat(ends.get(family)).as("end of the family's label, of Data's").isCloseTo(ends.get(dataLine), within(1f));
    }
  }

  /**
   * A bar label in a script the edition's font lacks is fitted by the glyphs drawn, not by the
   * font's missing-glyph boxes, which the bar chart never lays out: Noto Sans SC's box is as wide
   * as a Han character, and a short Hindi name went on two lines in a Chinese edition (on one
   * line, shortened to its first word) while its glyphs took a third of the room.
   */
  @Test
  void aBarLabelInAFallbackFontIsFittedByItsGlyphs() throws IOException {
    String hindi = "कृत्रिम बुद्धिमत्ता सुरक्षा";
    Path data = Fixtures.copy(Fixtures.SAMPLE, dir.resolve("data"));
    Fixtures.edit(data.resolve("categories.csv"), "安全治理,", hindi + ",");
    try (PDDocument pdf = render(TestDatasets.read(data))) {
      Map<Float, StringBuilder> lines = new LinkedHashMap<>();
      for (TextPosition glyph : ChartGlyphs.of(pdf, List.of(chartPages(pdf).get(0))).positions()) {
        lines.computeIfAbsent(glyph.getTextMatrix().getTranslateY(), k -> new StringBuilder()).append(glyph.getUnicode());
      }
      String label = lines.values().stream().map(l -> l.toString().strip()).filter(l -> l.startsWith("कृत्रिम"))
          .findFirst().orElseThrow(() -> new AssertionError(lines.values()));
      assertThat(label).isEqualTo(hindi);
    }
  }

  /** A chart page's level text by baseline: each line's glyphs, and where its last glyph ends. */
  private record LevelLines(Map<Float, StringBuilder> lines, Map<Float, Float> ends) {
    static LevelLines of(PDDocument pdf, int page) throws IOException {
      Map<Float, StringBuilder> lines = new LinkedHashMap<>();
      Map<Float, Float> ends = new LinkedHashMap<>();
      for (TextPosition glyph : ChartGlyphs.of(pdf, List.of(page)).positions()) {
        float baseline = glyph.getTextMatrix().getTranslateY();
        lines.computeIfAbsent(baseline, k -> new StringBuilder()).append(glyph.getUnicode());
        ends.merge(baseline, glyph.getTextMatrix().getTranslateX() + glyph.getWidthDirAdj(), Math::max);
      }
      return new LevelLines(lines, ends);
    }
  }

  private static float firstLine(Map<Float, StringBuilder> lines, String text) {
    return lines.entrySet().stream().filter(e -> e.getValue().toString().strip().equals(text))
        .map(Map.Entry::getKey).findFirst().orElseThrow(() -> new AssertionError(lines.values()));
  }

  @Test
  void everyLetterOfAnUprightLabelIsInkedNotHiddenUnderThePlot() throws IOException {
    // Six columns of Latin names in a Chinese edition: upright labels, set in Noto Sans SC.
    // "Sweden and…" (cut from "Sweden and Norway") is wider than "Deutschland", the label of as
    // many characters by which XChart kept room; the plot's background hid the labels' ends.
    Path data = TestDatasets.write(dir.resolve("data"), 6, 5, 4, false);
    List<String> names = List.of("Deutschland", "Sweden and Norway", "Spain", "Italy", "Poland", "France");
    StringBuilder countries = new StringBuilder("code,name_zh,name_en\n");
    List<String> codes = Files.readAllLines(data.resolve("documents.csv")).stream().skip(1)
        .map(line -> line.split(",")[1]).distinct().toList();
    for (int i = 0; i < codes.size(); i++) {
      countries.append(codes.get(i)).append(',').append(names.get(i)).append(',').append(names.get(i)).append('\n');
    }
    Files.writeString(data.resolve("countries.csv"), countries, StandardCharsets.UTF_8);
    try (PDDocument pdf = render(TestDatasets.read(data))) {
      List<String> uninked = new ArrayList<>();
      assertThat(uprightGlyphs(pdf, uninked)).as("upright label glyphs").hasSizeGreaterThan(30);
      assertThat(uninked).as("upright label glyphs drawn over").isEmpty();
    }
  }

  /**
   * An upright label in fallback fonts (emoji) is longer than the missing-glyph boxes by which
   * XChart kept room for it; the drawer ends it at the axis, and its start ran below the chart,
   * which cut it: "Innovation 🚀👩‍💻" printed "nnovation" in the English edition. Twelve countries
   * set the heat map's and the profile's column labels upright.
   */
  @ParameterizedTest
  @ValueSource(strings = {"en", "zh-Hans", "zh-Hant"})
  void everyLetterOfAnUprightLabelInFallbackFontsIsInked(String language) throws IOException {
    Files.writeString(dir.resolve("categories.csv"), "id,name_zh,name_en\nc0,数据,Data\nc1,安全,Safety\n",
        StandardCharsets.UTF_8);
    List<String> codes = List.of("CN", "US", "FR", "DE", "JP", "KR", "BR", "IN", "IT", "ES", "CA", "AU");
    StringBuilder countries = new StringBuilder("code,name_zh,name_en\nCN,创新 🚀👩‍💻,Innovation 🚀👩‍💻\n");
    StringBuilder documents = new StringBuilder("id,country,title_zh,title_en,issuer,date,type,url\n");
    for (int k = 0; k < codes.size(); k++) {
      if (k > 0) {
        countries.append(codes.get(k)).append(",国家").append(k).append(",Country ").append(k).append('\n');
      }
      documents.append('D').append(k).append(',').append(codes.get(k)).append(",文件").append(k)
          .append(",Document ").append(k).append(",,2025-01-10,law,\n");
    }
    Files.writeString(dir.resolve("countries.csv"), countries, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("documents.csv"), documents, StandardCharsets.UTF_8);
    StringBuilder measures = new StringBuilder("id,document,category,title_zh,title_en\n");
    for (int m = 0; m < 30; m++) {
      measures.append('M').append(m).append(",D").append(m % 12).append(",c").append(m % 2)
          .append(",措施").append(m).append(",Measure ").append(m).append('\n');
    }
    Files.writeString(dir.resolve("measures.csv"), measures, StandardCharsets.UTF_8);
    Dataset dataset = TestDatasets.read(dir);
    BriefingSpec spec = new BriefingSpec(LocalDate.of(2026, 11, 30), language, "");
    try (PDDocument pdf = Loader.loadPDF(RENDERER.render(dataset, TestDatasets.analyze(dataset), spec).pdf())) {
      List<String> uninked = new ArrayList<>();
      List<String> upright = uprightGlyphs(pdf, uninked);
      assertThat(String.join("", upright)).as("upright label glyphs, as text")
          .contains(Map.of("en", "Innovation", "zh-Hans", "创新", "zh-Hant", "創新").get(language), "🚀", "💻");
      assertThat(uninked).as("upright label glyphs cut or drawn over").isEmpty();
    }
  }

  /**
   * The upright glyphs of the chart pages, in order; those no dark pixel shows under (hidden
   * under the plot, or cut at the chart's edge) go into {@code uninked} as "glyph on page N".
   */
  private static List<String> uprightGlyphs(PDDocument pdf, List<String> uninked) throws IOException {
    float scale = 3;
    List<String> upright = new ArrayList<>();
    for (int page : chartPages(pdf)) {
      BufferedImage image = new PDFRenderer(pdf).renderImage(page - 1, scale);
      float height = pdf.getPage(page - 1).getMediaBox().getHeight();
      for (TextPosition glyph : ChartGlyphs.of(pdf, List.of(page)).positions()) {
        if (glyph.getDir() != 90 || glyph.getUnicode().isBlank()
            || Character.getType(glyph.getUnicode().codePointAt(0)) == Character.FORMAT) {
          continue; // a joiner (U+200D) has no ink
        }
        upright.add(glyph.getUnicode());
        // Turned a quarter left, a glyph's body lies left of its baseline, from its origin up.
        float x = glyph.getTextMatrix().getTranslateX();
        float y = height - glyph.getTextMatrix().getTranslateY();
        if (!inked(image, (x - 0.8f * glyph.getHeightDir()) * scale, (y - glyph.getWidthDirAdj()) * scale,
            x * scale, y * scale)) {
          uninked.add(glyph.getUnicode() + " on page " + page);
        }
      }
    }
    return upright;
  }

  /** Whether the box (in image pixels) holds a dark pixel. */
  private static boolean inked(BufferedImage image, float left, float top, float right, float bottom) {
    for (int y = (int) Math.ceil(top); y < (int) bottom; y++) {
      for (int x = (int) Math.ceil(left); x < (int) right; x++) {
        Color c = new Color(image.getRGB(x, y));
        if (c.getRed() + c.getGreen() + c.getBlue() < 3 * 128) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void figuresAreNumberedListedAndReferredToFromTheSummary() throws IOException {
    try (PDDocument pdf = render(TestDatasets.sample())) {
      String all = PdfReader.text(pdf);
      assertThat(all).contains("图目录", "图 1", "图 4", "见图 1", "见图 4", "资料来源：", "二、图表", "三、类别与国家对照");
      List<String> bookmarks = new ArrayList<>();
      for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
        bookmarks.add(item.getTitle());
      }
      assertThat(bookmarks).containsSubsequence("一、摘要", "二、图表", "三、类别与国家对照", "四、国别分析",
          "五、资料来源", "六、说明");
    }
  }

  /**
   * A thousand measures in one cell: the heat map wrote its count as a glyph outline (XChart set
   * it as "1,000", a string the drawer did not know), and the captions said "1000 measures"
   * where the English summary says 1,000; then the heat map wrote "1000" in the English edition
   * (XChart's format, in the JVM's locale), where Figure 1 and the captions write 1,000 (QA qa3).
   */
  @Test
  void countsOfAThousandAreTextInTheChartsAndGroupedInEnglishCaptions() throws IOException {
    Files.writeString(dir.resolve("categories.csv"), "id,name_en\ndata,Data\n");
    Files.writeString(dir.resolve("documents.csv"), "id,country,title_en,date\nD1,FR,Plan,2025-01-10\n");
    StringBuilder measures = new StringBuilder("id,document,category,title_en\n");
    for (int m = 0; m < 1000; m++) {
      measures.append('M').append(m).append(",D1,data,Measure ").append(m).append('\n');
    }
    Files.writeString(dir.resolve("measures.csv"), measures);
    Dataset dataset = TestDatasets.read(dir);
    BriefingSpec english = new BriefingSpec(LocalDate.of(2026, 11, 30), "en", "");
    try (PDDocument pdf = Loader.loadPDF(RENDERER.render(dataset, TestDatasets.analyze(dataset), english).pdf())) {
      List<Integer> pages = chartPages(pdf);
      // the heat map's cell and the bar's count, as the text writes them
      assertThat(ChartGlyphs.of(pdf, List.of(pages.get(0))).text()).contains("1,000").doesNotContain("1000");
      assertThat(PdfReader.text(pdf)).contains("France: 1,000 measures").doesNotContain("1000 measures");
    }
  }

  /** Design guide §9: up to three series are named directly, not in a legend. */
  @Test
  void theSamplesTwoCountriesAreNamedBesideTheirFirstBars() throws IOException {
    try (PDDocument pdf = render(TestDatasets.sample())) {
      int page = chartPages(pdf).get(0);
      // after the counts of the first category, 安全治理: 8 for the United States, 1 for China
      assertThat(ChartGlyphs.of(pdf, List.of(page)).text().replace(" ", "")).contains("8美国", "1中国");
    }
  }

  @Test
  void oneCountryRendersEveryChart() throws IOException {
    try (PDDocument pdf = render(TestDatasets.read(TestDatasets.write(dir, 1, 5, 1, false)))) {
      List<Integer> pages = chartPages(pdf);
      assertThat(pages).isNotEmpty();
      assertThat(text(pdf, pages)).contains("类别0", "类别4", "100%").doesNotContain("其他");
    }
  }

  @Test
  void sharesOfEightPercentOrMoreAreLabelledInTheirSegments() throws IOException {
    Path folder = TestDatasets.write(dir, 1, 5, 1, false);
    // One country, 50 measures: 44 %, 38 %, 12 % and 6 % of them in four categories.
    StringBuilder measures = new StringBuilder("id,document,category,title_zh,date\n");
    int[] counts = {22, 19, 6, 3};
    int id = 0;
    for (int k = 0; k < counts.length; k++) {
      for (int n = 0; n < counts[k]; n++) {
        measures.append("M").append(id++).append(",D0,cat").append(k).append(",措施").append(id).append(",2024-01-15\n");
      }
    }
    Files.writeString(folder.resolve("measures.csv"), measures, StandardCharsets.UTF_8);
    try (PDDocument pdf = render(TestDatasets.read(folder))) {
      String text = text(pdf, chartPages(pdf));
      assertThat(text).contains("44%", "38%", "12%").doesNotContain("6%");
    }
  }

  @Test
  void fortyCountriesRenderWithTheRestSummed() throws IOException {
    try (PDDocument pdf = render(TestDatasets.read(TestDatasets.write(dir, 40, 15, 36, true)))) {
      List<Integer> pages = chartPages(pdf);
      // Names sharing their first words keep their last word too, cut at word boundaries.
      assertThat(text(pdf, pages)).contains("其他", "International cooperation and…0", "100%");
      // Beside the bars, the names go whole on two lines.
      assertThat(text(pdf, pages)).contains("International cooperation", "and capacity building part 10");
      // 15 categories: the charts draw 11 and sum the rest as one group.
      assertThat(text(pdf, pages)).contains("其他类别").doesNotContain("International…14");
    }
  }

  @Test
  void aCategoryHasOneColourInTheChartAndTheTable() throws IOException {
    Dataset dataset = TestDatasets.read(TestDatasets.write(dir, 3, 6, 4, false));
    try (PDDocument pdf = render(dataset)) {
      Set<Color> chartColors = new LinkedHashSet<>();
      Set<Color> pageColors = new LinkedHashSet<>();
      for (PDPage page : pdf.getPages()) {
        pageColors.addAll(fillColors(page));
        for (PDFormXObject form : forms(page.getResources())) {
          chartColors.addAll(fillColors(form));
        }
      }
      for (Category c : dataset.categories()) {
        Color color = Color.decode(CategoryColors.colorOf(c, dataset.categories()));
        assertThat(chartColors).as("chart colour of %s", c.id()).contains(color);
        assertThat(pageColors).as("legend and table colour of %s", c.id()).contains(color);
      }
    }
  }

  /**
   * QA chart-legend-overflow: categories named by a 300-character URL and by 60 Han characters
   * ran off the page in Figure 4's legend, each swatch alone on the line above its name. Now the
   * names are shortened, each legend line starts after its swatch, nothing leaves the text
   * block, and the note under the chart gives the names in full.
   */
  @ParameterizedTest
  @ValueSource(strings = {"en", "zh-Hans", "zh-Hant"})
  void longNamesInALegendStayInsideTheTextBlockBesideTheirSwatches(String language) throws IOException {
    String url = "https://example.org/" + "averyveryverylongpathsegment/".repeat(9) + "?q=" + "x".repeat(30);
    String han = "人工智能".repeat(15);
    Files.writeString(dir.resolve("categories.csv"), "id,name_zh,name_en,color\n"
        + "c0," + url + "," + url + ",\nc1," + han + "," + han + ",\nc2,Data,Data,\n");
    Files.writeString(dir.resolve("countries.csv"), "code,name_zh,name_en\nCN,China,China\nUS,United States,United States\n");
    Files.writeString(dir.resolve("documents.csv"), "id,country,title_zh,title_en,issuer,date,type,url\n"
        + "D0,CN,文件0,Document 0,,2025-01-10,law,\nD1,US,文件1,Document 1,,2025-02-10,law,\n");
    Files.writeString(dir.resolve("measures.csv"), "id,document,category,title_zh,title_en\n"
        + "M0,D0,c0,措施0,Measure 0\nM1,D0,c1,措施1,Measure 1\nM2,D0,c2,措施2,Measure 2\n"
        + "M3,D1,c1,措施3,Measure 3\nM4,D1,c2,措施4,Measure 4\nM5,D1,c0,措施5,Measure 5\n");
    Dataset dataset = TestDatasets.read(dir);
    BriefingSpec spec = new BriefingSpec(LocalDate.of(2026, 11, 30), language, "");
    float pageWidth = 595.28f;
    float margin = (float) (PageSetup.SIDE_MARGINS_MM / 2 * 72 / 25.4);
    try (PDDocument pdf = Loader.loadPDF(RENDERER.render(dataset, TestDatasets.analyze(dataset), spec).pdf())) {
      List<GlyphPositions.Glyph> glyphs = GlyphPositions.of(pdf).glyphs();
      assertThat(glyphs).filteredOn(g -> !g.text().isBlank())
          .filteredOn(g -> g.x() < margin - 1 || g.x() + g.width() > pageWidth - margin + 1)
          .isEmpty();
      // The legend entries as the template sets them: two shortened, one whole.
      Matcher entry = Pattern.compile(
          "<span class=\"legend-item\"><span class=\"swatch\"[^>]*> </span>([^<]*)</span>")
          .matcher(RENDERER.renderXhtml(dataset, TestDatasets.analyze(dataset), spec));
      Set<String> shortened = new LinkedHashSet<>();
      while (entry.find()) {
        if (entry.group(1).contains("…")) {
          shortened.add(entry.group(1));
        }
      }
      assertThat(shortened).hasSize(2).allMatch(l -> l.startsWith("https://example.org/") || l.startsWith("人工智能"));
      for (String label : shortened) {
        // On one line, after its 7 pt swatch and 3 pt of space.
        List<GlyphPositions.Glyph> line = line(glyphs, label);
        assertThat(line).as(label).isNotEmpty();
        assertThat(line.get(0).x()).as(label).isCloseTo(margin + 10, org.assertj.core.data.Offset.offset(1f));
      }
      String text = PdfReader.solid(PdfReader.text(pdf));
      assertThat(text).contains(PdfReader.solid(url), han);
    }
  }

  /**
   * The glyphs of the first laid-out line whose text is {@code text} (but for the space between
   * entries, which ends some lines); none when no line is.
   */
  private static List<GlyphPositions.Glyph> line(List<GlyphPositions.Glyph> glyphs, String text) {
    List<GlyphPositions.Glyph> line = new ArrayList<>();
    for (GlyphPositions.Glyph g : glyphs) {
      GlyphPositions.Glyph last = line.isEmpty() ? null : line.get(line.size() - 1);
      if (last != null && (g.page() != last.page() || Math.abs(g.y() - last.y()) > 1 || g.x() < last.x() - 0.5f)) {
        if (line.stream().map(GlyphPositions.Glyph::text).reduce("", String::concat).strip().equals(text)) {
          return line;
        }
        line.clear();
      }
      line.add(g);
    }
    return List.of();
  }
}

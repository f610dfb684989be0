package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybrief.TestData;
import org.policybrief.TestDatasets;
import org.policybrief.analysis.Analyzer;
import org.policybrief.data.CsvDatasetReader;
import org.policybrief.data.DatasetSource;
import org.policybrief.diag.Diagnostic;
import org.policybrief.diag.DiagnosticException;
import org.policybrief.diag.Diagnostics;
import org.policybrief.model.BriefingSpec;
import org.policybrief.model.Dataset;
import org.policybrief.testing.ChartGlyphs;

/** --templates and --fonts: the user's file wins, the built-in one fills what the folder lacks. */
class UserLookTest {

  @TempDir Path folder;

  private Dataset dataset() throws Exception {
    Path data = Files.createDirectories(folder.resolve("data"));
    return new CsvDatasetReader(DatasetSource.folder(TestData.englishOnly(data))).read(new Diagnostics()).orElseThrow();
  }

  @Test
  void ownCoverAndMessagesReplaceTheBuiltInOnesOnly() throws Exception {
    Path templates = Files.createDirectories(folder.resolve("look/messages"));
    Files.writeString(templates.resolveSibling("cover.ftl"),
        "<div class=\"cover\"><h1 class=\"cover-title\">Own cover: ${b.title}</h1></div>\n");
    Files.writeString(templates.resolve("en.properties"), "defaultTitle=Own default title\n");
    Path fonts = Files.createDirectories(folder.resolve("fonts"));
    Files.copy(BriefingRenderer.class.getResourceAsStream("/fonts/NotoSans-Bold.ttf"),
        fonts.resolve("NotoSans-Regular.ttf"));
    BriefingRenderer renderer = new BriefingRenderer(folder.resolve("look"), fonts);
    Dataset dataset = dataset();
    BriefingSpec spec = new BriefingSpec(LocalDate.of(2026, 11, 30), "en", "");

    byte[] pdf = renderer.render(dataset, Analyzer.analyze(dataset), spec).pdf();

    assertThat(TestData.text(pdf)).contains("Own cover: Own default title", "1 Summary", "Key points");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDResources page = document.getPage(2).getResources();
      List<String> fontNames = new ArrayList<>();
      for (COSName name : page.getFontNames()) {
        fontNames.add(page.getFont(name).getName());
      }
      // The user's "NotoSans-Regular.ttf" is really the Bold face: body text is set in it.
      assertThat(fontNames).isNotEmpty().allMatch(n -> n.endsWith("NotoSans-Bold"));
    }
  }

  @Test
  void aStyleSheetNamingFontsTheProgramLacksStillGetsEveryGlyphEmbedded() throws Exception {
    // QA pass 3: the text was set in Times, not embedded, and every Chinese character was "#"
    Path look = Files.createDirectories(folder.resolve("look"));
    Files.writeString(look.resolve("briefing.css"),
        "html { font-family: \"Comic Sans MS\", serif; }\nh1 { font-family: Wingdings; }\n");
    BriefingRenderer renderer = new BriefingRenderer(look, null);
    Dataset dataset = TestDatasets.sample();
    BriefingSpec spec = new BriefingSpec(LocalDate.of(2026, 11, 30), "zh-Hans", "");

    byte[] pdf = renderer.render(dataset, Analyzer.analyze(dataset), spec).pdf();

    assertThat(TestData.text(pdf)).contains("政策措施比较简报", "目录").doesNotContain("#");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (PDPage page : document.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          assertThat(page.getResources().getFont(name).isEmbedded()).as(page.getResources().getFont(name).getName())
              .isTrue();
        }
      }
    }
  }

  /**
   * A font of another family than the one it replaces sets the body and the charts alike: the
   * charts' AWT font carries the file's own family name, which the PDF knows the face by too.
   */
  @Test
  void aFontOfAnotherFamilySetsTheBodyAndTheChartsInOneSubset() throws Exception {
    Path serif = Path.of("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf");
    assumeTrue(Files.isRegularFile(serif), "Liberation Serif is installed");
    Path fonts = Files.createDirectories(folder.resolve("fonts"));
    Files.copy(serif, fonts.resolve("NotoSans-Regular.ttf"));
    BriefingRenderer renderer = new BriefingRenderer(null, fonts);
    Dataset dataset = dataset();
    BriefingSpec spec = new BriefingSpec(LocalDate.of(2026, 11, 30), "en", "");

    byte[] pdf = renderer.render(dataset, Analyzer.analyze(dataset), spec).pdf();

    try (PDDocument document = Loader.loadPDF(pdf)) {
      Set<String> body = new HashSet<>();
      Set<String> charts = new HashSet<>();
      for (PDPage page : document.getPages()) {
        fontNames(page.getResources(), body, charts);
      }
      assertThat(body).anyMatch(n -> n.endsWith("+LiberationSerif")).noneMatch(n -> n.contains("NotoSans-Regular"));
      assertThat(charts).anyMatch(n -> n.endsWith("+LiberationSerif")).noneMatch(n -> n.contains("NotoSans-Regular"));
      List<Integer> pages = IntStream.rangeClosed(1, document.getNumberOfPages()).boxed().toList();
      assertThat(ChartGlyphs.of(document, pages).text()).as("chart labels are text").contains("Skills", "Compute");
    }
  }

  /** The fonts of {@code resources} into {@code here}, those of the charts (form XObjects) in it into {@code charts}. */
  private static void fontNames(PDResources resources, Set<String> here, Set<String> charts) throws Exception {
    for (COSName name : resources.getFontNames()) {
      here.add(resources.getFont(name).getName());
    }
    for (COSName name : resources.getXObjectNames()) {
      if (resources.getXObject(name) instanceof PDFormXObject form && form.getResources() != null) {
        fontNames(form.getResources(), charts, charts);
      }
    }
  }

  /** The first mistake reported when an English briefing is rendered with {@code cover} as a user's cover.ftl. */
  private String coverMistake(String name, String cover) throws Exception {
    Path templates = Files.createDirectories(folder.resolve(name));
    Files.writeString(templates.resolve("cover.ftl"), cover);
    BriefingRenderer renderer = new BriefingRenderer(templates, null);
    Dataset dataset = dataset();
    try {
      renderer.render(dataset, Analyzer.analyze(dataset), new BriefingSpec(LocalDate.of(2026, 11, 30), "en", ""));
    } catch (DiagnosticException e) {
      return e.diagnostics().get(0).format();
    }
    throw new AssertionError("no mistake reported");
  }

  @Test
  void userTemplatesRunInTheSameSandboxAndTheirMistakesAreReportedWithTheirLine() throws Exception {
    assertThat(coverMistake("evil", "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}\n"))
        .startsWith(folder.resolve("evil/cover.ftl") + ":1:1: error[template.error]: Instantiating");
  }

  @Test
  void markupTheirTemplatesBreakIsTheirMistakeNotAnInternalError() throws Exception {
    assertThat(coverMistake("broken", "<div class=\"cover\"><b>${b.title}</div>\n"))
        .startsWith(folder.resolve("broken") + ": error[template.error]: the templates wrote XHTML that is not well-formed (line ")
        .contains("\"b\"");
  }

  @Test
  void anIncludeOfATemplateNoFolderHasIsNamedWithoutTheProgramsInsides() throws Exception {
    // it went on "The name was interpreted by this TemplateLoader: MultiTemplateLoader(loader1 =
    // org.policybrief.render.UserTemplateFolder$1(baseDir=…"
    assertThat(coverMistake("missing", "<div class=\"cover\"><#include \"logo.ftl\"></div>\n"))
        .isEqualTo(folder.resolve("missing/cover.ftl") + ":1:20: error[template.error]: Template inclusion"
            + " failed (for parameter value \"logo.ftl\"): there is no template \"logo.ftl\" in the"
            + " templates folder " + folder.resolve("missing") + " nor among the program's own");
    assertThat(coverMistake("missing-import", "<#import \"/lib/x.ftl\" as x><div class=\"cover\"></div>\n"))
        .contains(": there is no template \"lib/x.ftl\" in the templates folder ")
        .doesNotContain("TemplateLoader", "org.policybrief");
  }

  @Test
  void aTemplateOrStyleSheetNotInUtf8IsNamedAtItsBytesNotPrintedAsReplacementMarks() throws Exception {
    // a cover saved in GBK printed its 测试 as four U+FFFD, without a word
    Path templates = Files.createDirectories(folder.resolve("gbk"));
    Path cover = Files.write(templates.resolve("cover.ftl"), "<div class=\"cover\">\n<p>测试</p></div>\n"
        .getBytes(java.nio.charset.Charset.forName("GBK")));
    Path css = Files.write(templates.resolve("briefing.css"), "body { font-family: \"宋体\"; }\n"
        .getBytes(java.nio.charset.Charset.forName("GBK")));
    BriefingRenderer renderer = new BriefingRenderer(templates, null);
    Diagnostics diagnostics = new Diagnostics();
    assertThat(renderer.checkTemplates(diagnostics)).isFalse();
    assertThat(diagnostics.errors()).extracting(Diagnostic::format).containsExactlyInAnyOrder(
        cover + ":2:4: error[template.encoding]: not UTF-8 from here on (0xB2 0xE2 0xCA 0xD4 …): is the"
            + " file in GBK, Big5 or Latin-1? save it as UTF-8",
        css + ":1:22: error[template.encoding]: not UTF-8 from here on (0xCB 0xCE 0xCC 0xE5 …): is the"
            + " file in GBK, Big5 or Latin-1? save it as UTF-8");
    Dataset dataset = dataset();
    assertThatThrownBy(() -> renderer.render(dataset, Analyzer.analyze(dataset),
        new BriefingSpec(LocalDate.of(2026, 11, 30), "en", "")))
        .isInstanceOfSatisfying(DiagnosticException.class, e -> assertThat(e.diagnostics())
            .extracting(Diagnostic::code).containsExactly("template.encoding"));
  }

  @Test
  void aTemplateThatCallsItselfWithoutEndIsTheirMistakeNotACrash() throws Exception {
    assertThat(coverMistake("endless", "<#macro r n><@r n + 1/></#macro><@r 0/>\n"))
        .isEqualTo(folder.resolve("endless") + ": error[template.error]: the templates call themselves"
            + " without end (a macro, function or include that reaches itself again before it returns)");
  }

  @Test
  void aUsersMessagesAreCheckedAllAtOnceOnTheirLines() throws Exception {
    Path templates = Files.createDirectories(folder.resolve("words/messages"));
    Path file = Files.writeString(templates.resolve("en.properties"),
        "# our words\ncover.edition=Edition of {date}\norganisation=Org\ntoc=Contents {0\n");
    BriefingRenderer renderer = new BriefingRenderer(templates.getParent(), null);
    Dataset dataset = dataset();
    BriefingSpec spec = new BriefingSpec(LocalDate.of(2026, 11, 30), "en", "");
    assertThatThrownBy(() -> renderer.renderXhtml(dataset, Analyzer.analyze(dataset), spec))
        .isInstanceOfSatisfying(DiagnosticException.class, e -> assertThat(e.diagnostics())
            .extracting(Diagnostic::format).satisfiesExactly(
                d -> assertThat(d).isEqualTo(file + ":2:1: error[template.message]: the text of"
                    + " cover.edition uses a named argument; the templates fill in {0}, {1} … by number"),
                d -> assertThat(d).startsWith(file + ":4:1: error[template.message]: the text of toc"
                    + " is not a message pattern: ")));
  }

  @Test
  void aUsersMessagesFileWithABrokenEscapeOrNotInUtf8IsTheirMistakeNotACrash() throws Exception {
    Path templates = Files.createDirectories(folder.resolve("escape/messages"));
    Path file = Files.writeString(templates.resolve("en.properties"), "a=x \\\\u12\norganisation=Org \\u12\n");
    Dataset dataset = dataset();
    BriefingSpec spec = new BriefingSpec(LocalDate.of(2026, 11, 30), "en", "");
    assertThatThrownBy(() -> new BriefingRenderer(templates.getParent(), null)
        .renderXhtml(dataset, Analyzer.analyze(dataset), spec))
        .isInstanceOfSatisfying(DiagnosticException.class, e -> assertThat(e.diagnostics())
            .extracting(Diagnostic::format).containsExactly(file + ":2:18: error[template.message]: "
                + "a \\u escape needs four hexadecimal digits (\\u00E9)"));

    Files.write(file, "organisation=Org\n".getBytes(StandardCharsets.UTF_16));
    assertThatThrownBy(() -> new BriefingRenderer(templates.getParent(), null)
        .renderXhtml(dataset, Analyzer.analyze(dataset), spec))
        .isInstanceOfSatisfying(DiagnosticException.class, e -> assertThat(e.diagnostics())
            .extracting(Diagnostic::format).containsExactly(file + ": error[template.message]: "
                + "is not UTF-8 text (save it as UTF-8)"));
  }

  @Test
  void aListWithoutEndIsTheirMistakeNotAnOutOfMemory() throws Exception {
    assertThat(coverMistake("endless-list", "<#list 1.. as i>${i}</#list>\n"))
        .startsWith(folder.resolve("endless-list") + ": error[template.error]: the templates wrote more than 50 million characters");
  }

  @Test
  void aTextTooLargeForMemoryIsTheirMistakeNotTheDatas() throws Exception {
    // was the out-of-memory advice to give Java more heap, exit 70, though no heap holds it
    assertThat(coverMistake("huge-text", "<div class=\"cover\">${\"\"?left_pad(2147483647)}</div>\n"))
        .startsWith(folder.resolve("huge-text") + ": error[template.error]: the templates ran out of"
            + " memory while they built a text or list (");
  }

  @Test
  void templatesCannotReachTheProgramsClasses() throws Exception {
    assertThat(coverMistake("classes", "<div>${b.class.protectionDomain}</div>\n"))
        .startsWith(folder.resolve("classes/cover.ftl") + ":1:8: error[template.error]: ")
        .contains("b.class").doesNotContain(".jar");
  }
}

package org.policybrief.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.util.ULocale;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybrief.render.fonts.FontLibrary;
import org.policybrief.testing.Cli;

class LoneCharactersTest {

  @TempDir Path out;

  @Test
  void oneHanCharacterWithItsPunctuationIsLone() {
    assertThat(LoneCharacters.isLone("类。")).isTrue();
    assertThat(LoneCharacters.isLone("类")).isTrue();
    assertThat(LoneCharacters.isLone("类”。 ")).isTrue();
    assertThat(LoneCharacters.isLone("类别。")).isFalse();
    assertThat(LoneCharacters.isLone("A。")).isFalse();
    assertThat(LoneCharacters.isLone("1 项。")).isFalse();
    assertThat(LoneCharacters.isLone("。")).isFalse();
  }

  @Test
  void paragraphsEndingWithOneCharacterAloneAreFoundWithTheirPage() {
    // paragraphs of 30 to 129 characters: some fill their lines and leave one for the last
    // and text blocks (a document's title, a chart's note) alike, but not table cells
    String paragraphs = IntStream.range(30, 130).mapToObj(n -> "<p>" + "政".repeat(n) + "。</p>"
        + "<div>" + "治".repeat(n) + "。</div>").collect(Collectors.joining());
    String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><style>html { font-family: "
        + "\"Noto Sans SC\"; font-size: 10pt; } @page { size: 105mm 148mm; margin: 10mm; }</style></head><body>"
        + "<table><tr><td>" + "表".repeat(31) + "。</td></tr></table>" + paragraphs + "</body></html>";
    List<LoneCharacters.Lone> lone = new PdfWriter(new FontLibrary(null)).write(xhtml,
        ULocale.SIMPLIFIED_CHINESE, new PdfWriter.Info("t", "", "", "", "zh-Hans", LocalDate.of(2026, 11, 30)),
        new DefaultObjectDrawerFactory()).loneCharacters();
    assertThat(lone).extracting(LoneCharacters.Lone::ending).isNotEmpty()
        .allMatch(ending -> ending.endsWith("政 / 政。") || ending.endsWith("治 / 治。"))
        .anyMatch(ending -> ending.endsWith("治 / 治。"));
    assertThat(lone.get(lone.size() - 1).page()).isGreaterThan(1);
  }

  @Test
  void theCoversSubtitleKeepsItsLastTwoCharactersTogether() {
    // the large bench dataset's subtitle filled its line and left "织" alone on the cover
    Cli.Result result = Cli.run("generate", "--out", out.toString(), "--date", "2026-11-30", "--subtitle",
        "中国、美国、欧盟、肯尼亚、新加坡、新西兰、波兰、巴基斯坦等 60 个国家/组织");
    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).doesNotContain("lone-character");
  }

  @Test
  void theSamplesParagraphsKeepTheirLastTwoCharactersTogether() {
    // "…按 12 个政策类别归" filled its line and left "类。" alone, in every edition of one country
    Cli.Result result = Cli.run("generate", "--out", out.toString(), "--date", "2026-11-30");
    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).doesNotContain("lone-character");
  }
}

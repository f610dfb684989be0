package org.policybrief.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybrief.data.DatasetSource;
import org.policybrief.diag.Diagnostics;
import org.policybrief.model.BriefingSpec;
import org.policybrief.model.Selection;
import org.policybrief.testing.PdfReader;

/**
 * A plan entry of {@code run} and {@code generate} with the same selection, data, date and title
 * make the same briefing. Not the same bytes by design: a run always adds the section on what
 * is new (here "first edition"), which shifts the section and page numbers after it and adds a
 * sentence to the summary. So the extracted text is compared, without that section and with
 * section and page numbers taken out; everything else must match line for line.
 */
class RunAndGenerateAgreeTest {

  static final LocalDate EDITION = LocalDate.of(2026, 11, 23);
  // JP before FR is neither code nor measure order; the dates leave DE's only document out
  static final Selection SELECTION =
      new Selection(List.of("JP", "FR", "DE"), List.of("safety"), LocalDate.of(2025, 4, 1), null);

  @TempDir Path work;

  @Test
  void aPlanEntryAndGenerateWithTheSameSelectionWriteTheSameBriefing() throws Exception {
    WeeklyRunTest.copyFixtureData(work.resolve("data"));
    Files.writeString(work.resolve("weekly.yaml"), """
        data: data
        title: 周报
        briefings:
          - name: pick
            language: zh-Hans
            countries: [JP, FR, DE]
            categories: safety
            from: 2025-04-01
        """);
    Diagnostics diagnostics = new Diagnostics();
    new WeeklyRun().run(new RunSpec(work.resolve("weekly.yaml"), work.resolve("out"), EDITION, 5, 1),
        RunListener.SILENT, diagnostics).orElseThrow();
    BriefingSpec spec = new BriefingSpec(EDITION, "zh-Hans", "周报", SELECTION);
    Path generated = new BriefingPipeline().generate(DatasetSource.folder(work.resolve("data")), spec,
        work.resolve("generated"), diagnostics).orElseThrow();
    assertThat(diagnostics.sorted()).isEmpty();

    Properties zh = messages();
    List<String> fromGenerate = lines(generated, null, List.of());
    List<String> fromRun = lines(work.resolve("out/2026-11-23/pick-zh-Hans.pdf"), zh.getProperty("whatsnew.first"),
        List.of(zh.getProperty("whatsnew"), zh.getProperty("summary.whatsnew.first")));

    assertThat(fromRun).isEqualTo(fromGenerate);
    String text = String.join("\n", fromGenerate);
    assertThat(text.indexOf("日本")).isLessThan(text.indexOf("法国"));
    assertThat(text).contains("透明度要求", "风险评估").doesNotContain("德国", "设立监管机构", "算力投资");
  }

  /** The fixed texts of the edition language, which name the what's-new section and its sentences. */
  private static Properties messages() throws IOException {
    Properties messages = new Properties();
    try (Reader in = Files.newBufferedReader(Path.of("templates/messages/zh-Hans.properties"), StandardCharsets.UTF_8)) {
      messages.load(in);
    }
    return messages;
  }

  /**
   * The PDF's text lines without section and page numbers, leaving out the pages that hold
   * {@code pageText} (compared without white space; null for none) and the lines equal to one
   * of {@code droppedLines}.
   */
  private static List<String> lines(Path pdf, String pageText, List<String> droppedLines) throws IOException {
    List<String> lines = new ArrayList<>();
    try (PDDocument document = PdfReader.open(pdf)) {
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        String text = PdfReader.text(document, page, page)
            .replaceAll("第\\d+页 / 共\\d+页", "")
            .replaceAll("[一二三四五六七八九十]+、", "")
            .replaceAll("\\s*\\.{3,}\\s*\\d+", "");
        if (pageText != null && PdfReader.solid(text).contains(PdfReader.solid(pageText))) {
          continue;
        }
        text.lines().map(String::strip).filter(l -> !l.isEmpty() && !droppedLines.contains(l)).forEach(lines::add);
      }
    }
    return lines;
  }
}

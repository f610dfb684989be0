package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.policybrief.TestDatasets;
import org.policybrief.model.BriefingSpec;
import org.policybrief.model.Dataset;
import org.policybrief.testing.PdfReader;

/** The summary's list of the latest documents, as of the edition's date. */
class LatestDocumentsTest {

  private final Dataset sample = TestDatasets.sample();

  private String summaryPage(LocalDate editionDate) throws Exception {
    BriefingSpec spec = new BriefingSpec(editionDate, "zh-Hans", "", null);
    byte[] pdf = new BriefingRenderer().render(sample, TestDatasets.analyze(sample), spec).pdf();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = PdfReader.text(document);
      int summary = text.indexOf("一、摘要", text.indexOf("一、摘要") + 1); // past the contents
      return text.substring(summary, text.indexOf("二、", summary));
    }
  }

  @Test
  void aDocumentPublishedAfterTheEditionIsNotAmongItsLatest() throws Exception {
    // the sample's latest document is of 2025-08-05; the cover says "数据截至2025年7月30日"
    String summary = summaryPage(LocalDate.of(2025, 7, 30));

    assertThat(summary).contains("最新文件", "2025年7月26日，中国：").doesNotContain("2025年8月5日");
  }

  @Test
  void withNoDocumentByTheEditionsDateThereIsNoListOfTheLatest() throws Exception {
    assertThat(summaryPage(LocalDate.of(2025, 7, 1))).doesNotContain("最新文件");
    assertThat(summaryPage(LocalDate.of(2026, 11, 30))).contains("最新文件", "2025年8月5日，中国：");
  }
}

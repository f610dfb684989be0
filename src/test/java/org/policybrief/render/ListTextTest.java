package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybrief.TestData;
import org.policybrief.TestDatasets;
import org.policybrief.model.BriefingSpec;
import org.policybrief.model.Dataset;

/** Names listed in running text, when a name holds a comma (or 、) itself. */
class ListTextTest {

  @TempDir Path folder;

  @Test
  void namesAreApartBySemicolonsWhenOneHoldsTheSeparator() {
    Messages english = new Messages("en", null);
    Messages chinese = new Messages("zh-Hans", null);

    assertThat(ListText.join(english, List.of("China", "United States"))).isEqualTo("China, United States");
    assertThat(ListText.join(english, List.of("Korea, Republic of", "Japan"))).isEqualTo("Korea, Republic of; Japan");
    // a comma is no separator in Chinese, whose lists are apart by 、
    assertThat(ListText.join(chinese, List.of("Research, development", "数据"))).isEqualTo("Research, development、数据");
    assertThat(ListText.join(chinese, List.of("开源、创新", "数据"))).isEqualTo("开源、创新；数据");
  }

  @Test
  void aListInASentenceEndsWithAnd() {
    Messages english = new Messages("en", null);
    Messages chinese = new Messages("zh-Hans", null);

    assertThat(ListText.prose(english, List.of("China"))).isEqualTo("China");
    assertThat(ListText.prose(english, List.of("China", "United States"))).isEqualTo("China and United States");
    assertThat(ListText.prose(english, List.of("Safety (8)", "Industry (5)", "Data (2)")))
        .isEqualTo("Safety (8), Industry (5) and Data (2)");
    assertThat(ListText.prose(english, List.of("Korea, Republic of", "Japan", "Chile")))
        .isEqualTo("Korea, Republic of; Japan; and Chile");
    // Chinese lists name their last item as the others
    assertThat(ListText.prose(chinese, List.of("中国", "美国", "欧盟"))).isEqualTo("中国、美国、欧盟");
  }

  @Test
  void aBriefingListsNamesWithCommasSoThatEachReadsWhole() throws Exception {
    Files.writeString(folder.resolve("documents.csv"), """
        id,country,title_en,date
        D1,KR,Framework Act,2025-01-21
        D2,IR,National AI Document,2024-07-01
        """);
    Files.writeString(folder.resolve("measures.csv"), """
        id,document,category,title_en,tags
        M1,D1,rd,Measure one,"draft;to check, later"
        M2,D1,gov,Measure two,
        M3,D1,gov,Measure three,
        M4,D2,rd,Measure four,
        """);
    Files.writeString(folder.resolve("categories.csv"), """
        id,name_en
        rd,"Research, development and innovation"
        gov,"Governance, oversight and enforcement"
        """);
    Files.writeString(folder.resolve("countries.csv"), """
        code,name_en
        KR,"Korea, Republic of"
        IR,"Iran, Islamic Republic of"
        """);
    Dataset dataset = TestDatasets.read(folder);
    byte[] pdf = new BriefingRenderer().render(dataset, TestDatasets.analyze(dataset),
        new BriefingSpec(LocalDate.of(2026, 11, 30), "en", "")).pdf();

    // "Korea, Republic of, Iran, Islamic Republic of" named four countries, "on Governance,
    // oversight and enforcement (2), Research, development and innovation (1)" five categories
    String text = TestData.text(pdf).replaceAll("\\s+", " ");
    assertThat(text).contains("Korea, Republic of; and Iran, Islamic Republic of")
        .contains(", on Governance, oversight and enforcement (2); and Research, development and innovation (1).")
        .contains("Tags: draft; to check, later");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDDocumentInformation info = document.getDocumentInformation();
      assertThat(info.getSubject()).isEqualTo("Policy briefing: Korea, Republic of; and Iran, Islamic Republic of");
      assertThat(info.getKeywords())
          .isEqualTo("Research, development and innovation; Governance, oversight and enforcement");
    }
  }
}

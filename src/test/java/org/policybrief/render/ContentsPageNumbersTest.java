package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybrief.TestDatasets;
import org.policybrief.model.BriefingSpec;
import org.policybrief.model.Dataset;
import org.policybrief.testing.GlyphPositions;
import org.policybrief.testing.GlyphPositions.Glyph;

/**
 * A contents entry that takes several lines keeps its page number at the end of its own last line,
 * flush right: a country's name that filled its last line pushed the leader and number onto a
 * line of their own, or the number alone to the start of the next line.
 */
class ContentsPageNumbersTest {

  @TempDir Path folder;

  @Test
  void aLongCountryNameEndsItsLastLineWithTheLeaderAndNumber() throws IOException {
    Path data = TestDatasets.write(folder, 3, 4, 12, false);
    List<String> codes = TestDatasets.read(data).documents().stream().map(d -> d.country()).distinct().toList();
    // with its number (（二）) the name fills two lines of the entry exactly
    String name = "国际合作与能力建设完善治理框架".repeat(5).substring(0, 73);
    Files.writeString(data.resolve("countries.csv"), "code,name_zh,name_en\n" + codes.get(1) + "," + name + ",Long\n");
    Dataset dataset = TestDatasets.read(data);
    byte[] pdf = new BriefingRenderer().render(dataset, TestDatasets.analyze(dataset),
        new BriefingSpec(LocalDate.of(2026, 11, 30), "zh-Hans", "", null)).pdf();

    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<Glyph> contents = GlyphPositions.of(document).glyphs().stream().filter(g -> g.page() == 2).toList();
      int last = -1;
      for (int i = 0; i < contents.size(); i++) {
        if (contents.get(i).text().equals(name.substring(name.length() - 1))) {
          last = i;
        }
      }
      assertThat(last).as("the name's last character").isNotNegative();
      Glyph end = contents.get(last);
      // the leader and the number follow on the same line, the number ending at the right margin
      List<Glyph> after = contents.subList(last + 1, contents.size()).stream()
          .takeWhile(g -> g.text().matches("[.\\d\\s\u00A0]")).toList();
      assertThat(after).isNotEmpty().allSatisfy(g -> assertThat(g.y()).isEqualTo(end.y()));
      Glyph number = after.get(after.size() - 1);
      assertThat(number.text()).matches("\\d");
      assertThat(number.x() + number.width()).isCloseTo(595.28f - 30.9f * 72 / 25.4f,
          org.assertj.core.api.Assertions.within(1f));
    }
  }
}

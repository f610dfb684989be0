package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybrief.analysis.Analyzer;
import org.policybrief.analysis.SelectionFilter;
import org.policybrief.data.CsvDatasetReader;
import org.policybrief.data.DatasetSource;
import org.policybrief.diag.Diagnostics;
import org.policybrief.model.BriefingSpec;
import org.policybrief.model.Dataset;
import org.policybrief.model.Selection;

/** A category keeps its taxonomy colour in tables and chart legends when others are not selected. */
class SelectedCategoryColourTest {

  @TempDir Path folder;

  @Test
  void chartsAndTablesColourASelectedCategoryAlike() throws Exception {
    Files.writeString(folder.resolve("documents.csv"), """
        id,country,title_en,issuer,date,type,url
        D1,GB,Strategy,Office,2025-03-01,strategy,
        D2,FR,Roadmap,Ministry,2025-06-01,strategy,
        """);
    Files.writeString(folder.resolve("measures.csv"), """
        id,document,category,title_en,summary_en,date
        M1,D1,a,One,,2025-03-01
        M2,D1,b,Two,,2025-04-01
        M3,D2,c,Three,,2025-06-01
        M4,D2,b,Four,,2025-07-01
        """);
    // no colours given: they come from the palette by position in the taxonomy
    Files.writeString(folder.resolve("categories.csv"), "id,name_en\na,Alpha\nb,Beta\nc,Gamma\n");
    Dataset dataset = new CsvDatasetReader(DatasetSource.folder(folder)).read(new Diagnostics()).orElseThrow();
    Selection selection = new Selection(List.of(), List.of("b", "c"), null, null);
    Dataset selected = SelectionFilter.narrow(dataset, selection);

    String xhtml = new BriefingRenderer().renderXhtml(selected, Analyzer.analyze(selected, selection),
        new BriefingSpec(LocalDate.of(2026, 11, 23), "en", "", selection));

    Matcher swatch = Pattern.compile("class=\"swatch\" style=\"background-color: (#[0-9A-Fa-f]{6})").matcher(xhtml);
    List<String> colours = swatch.results().map(m -> m.group(1).toUpperCase()).distinct().toList();
    List<String> palette = CategoryColors.PALETTE;
    // Beta and Gamma keep the 2nd and 3rd colour; the 1st (unselected Alpha's) is used nowhere
    assertThat(colours).contains(palette.get(1), palette.get(2)).doesNotContain(palette.get(0));
  }
}

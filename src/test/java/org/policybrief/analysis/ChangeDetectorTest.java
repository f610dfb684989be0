package org.policybrief.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policybrief.analysis.Changes.Change;
import org.policybrief.analysis.Changes.Kind;
import org.policybrief.diag.Location;
import org.policybrief.model.Category;
import org.policybrief.model.Country;
import org.policybrief.model.Dataset;
import org.policybrief.model.Document;
import org.policybrief.model.Measure;
import org.policybrief.model.Text;

class ChangeDetectorTest {

  private static final LocalDate DAY = LocalDate.of(2025, 7, 1);

  private static Measure measure(String id, String title, int line) {
    return new Measure(id, "D", "c", "FR", new Text(title, ""), Text.EMPTY, List.of(), DAY,
        new Location("measures.csv", line, 1));
  }

  private static Dataset dataset(List<Measure> measures) {
    Document d = new Document("D", "FR", new Text("文件", ""), "", DAY, "", "", Location.NONE);
    return new Dataset(List.of(d), measures, List.of(), Map.of(), "test");
  }

  @Test
  void findsAddedRemovedAndChangedMeasuresById() {
    Dataset before = dataset(List.of(measure("a", "甲", 2), measure("b", "乙", 3), measure("c", "丙", 4)));
    Dataset after = dataset(List.of(measure("d", "丁", 2), measure("b", "乙（修订）", 3), measure("a", "甲", 4)));

    Changes changes = ChangeDetector.diff(LocalDate.of(2026, 11, 23), before, after);

    assertThat(changes.isFirst()).isFalse();
    assertThat(changes.documents()).isEmpty();
    assertThat(changes.measures()).containsExactly(
        new Change(Kind.ADDED, "d", new Text("丁", ""), "FR"),
        new Change(Kind.REMOVED, "c", new Text("丙", ""), "FR"),
        new Change(Kind.CHANGED, "b", new Text("乙（修订）", ""), "FR"));
    assertThat(changes.count(changes.measures(), Kind.ADDED)).isEqualTo(1);
  }

  private static Category category(String id, String name, String color, int line) {
    return new Category(id, new Text(name, ""), color, new Location("categories.csv", line, 1),
        Map.of("name_zh", new Location("categories.csv", line, 4)));
  }

  @Test
  void findsCategoriesAddedRemovedRenamedOrRecolouredButNotMoved() {
    Document d = new Document("D", "FR", new Text("文件", ""), "", DAY, "", "", Location.NONE);
    Dataset before = new Dataset(List.of(d), List.of(), List.of(category("a", "算力", "#112233", 2),
        category("b", "数据", "", 3), category("c", "安全", "", 4), category("e", "人才", "", 5)), Map.of(), "test");
    Dataset after = new Dataset(List.of(d), List.of(), List.of(category("e", "人才", "", 2),
        category("a", "算力与算法", "#112233", 3), category("b", "数据", "#445566", 4), category("f", "能源", "", 5)),
        Map.of(), "test");

    Changes changes = ChangeDetector.diff(DAY, before, after);

    assertThat(changes.categories()).containsExactly(
        new Change(Kind.ADDED, "f", new Text("能源", ""), ""),
        new Change(Kind.REMOVED, "c", new Text("安全", ""), ""),
        new Change(Kind.CHANGED, "a", new Text("算力与算法", ""), ""),
        new Change(Kind.CHANGED, "b", new Text("数据", ""), ""));
  }

  @Test
  void findsTheRenamedCountriesOfTheDocumentsButNotOthersOrMovedRows() {
    // FR renamed, DE named anew (shown by its code before), JP named but without documents
    Document fr = new Document("D", "FR", new Text("文件", ""), "", DAY, "", "", Location.NONE);
    Document de = new Document("E", "DE", new Text("文件", ""), "", DAY, "", "", Location.NONE);
    Dataset before = new Dataset(List.of(fr, de), List.of(), List.of(),
        Map.of("FR", country("FR", "法国", 2), "JP", country("JP", "日本", 3)), "test");
    Dataset after = new Dataset(List.of(fr, de), List.of(), List.of(),
        Map.of("FR", country("FR", "法兰西共和国", 4), "DE", country("DE", "德国", 2), "JP", country("JP", "日本国", 3)),
        "test");

    assertThat(ChangeDetector.diff(DAY, before, after).countries()).containsExactly(
        new Change(Kind.ADDED, "DE", new Text("德国", ""), ""),
        new Change(Kind.CHANGED, "FR", new Text("法兰西共和国", ""), ""));
    assertThat(ChangeDetector.diff(DAY, after, after).countries()).isEmpty();
  }

  private static Country country(String code, String name, int line) {
    return new Country(code, new Text(name, ""), new Location("countries.csv", line, 1), Map.of());
  }

  @Test
  void aRowThatOnlyMovedInItsFileIsUnchanged() {
    Dataset before = dataset(List.of(measure("a", "甲", 2), measure("b", "乙", 3)));
    Dataset after = dataset(List.of(measure("b", "乙", 2), measure("a", "甲", 3)));

    assertThat(ChangeDetector.diff(DAY, before, after).measures()).isEmpty();
  }
}

package org.policybrief.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybrief.model.Selection;

class ManifestTest {

  @TempDir Path out;

  @Test
  void aDownloadedBriefingCarriesItsEdition() {
    assertThat(Manifest.downloadName("2026-11-30", "overview-en.pdf")).isEqualTo("overview-en-2026-11-30.pdf");
    assertThat(Manifest.downloadName("2026-11-30", "country-cn-zh-Hans.pdf"))
        .isEqualTo("country-cn-zh-Hans-2026-11-30.pdf");
  }

  private static Manifest.Edition edition(String date, String data) {
    return new Manifest.Edition(date, data, List.of(new Manifest.Briefing("overview", date + "/overview-en.pdf",
        "overview-en.pdf", "en", "", Manifest.Selection.of(new Selection(List.of(), List.of(), null, null)),
        List.of("FR"), 3, 100, "hash-" + data, data)));
  }

  @Test
  void theArchiveIdComesFromTheFirstEditionAndOutlivesIt() throws Exception {
    Manifest first = Manifest.empty().with(edition("2026-11-23", "a"), 2);
    String id = first.archive();
    assertThat(id).matches("[0-9a-f]{32}");
    // same first edition, same id: every run of one archive, and a folder published again
    assertThat(Manifest.empty().with(edition("2026-11-23", "a"), 2).archive()).isEqualTo(id);
    // another archive: another first edition (date, data or briefings)
    assertThat(Manifest.empty().with(edition("2026-11-23", "b"), 2).archive()).isNotEqualTo(id);
    assertThat(Manifest.empty().with(edition("2026-11-30", "a"), 2).archive()).isNotEqualTo(id);
    // kept when later editions come and retention deletes the first, and written with the manifest
    Manifest later = first.with(edition("2026-11-30", "c"), 2).with(edition("2026-12-07", "d"), 2);
    assertThat(later.editions()).extracting(Manifest.Edition::edition).containsExactly("2026-12-07", "2026-11-30");
    assertThat(later.archive()).isEqualTo(id);
    Files.write(out.resolve(Manifest.FILE), later.toJson());
    assertThat(Files.readString(out.resolve(Manifest.FILE))).contains("\"archive\" : \"" + id + "\"");
    assertThat(Manifest.read(out).archive()).isEqualTo(id);
  }

  @Test
  void recordsTheSelectionAsGivenAndReadsItBack() throws Exception {
    Manifest.Selection selection = Manifest.Selection.of(
        new Selection(List.of("JP", "FR"), List.of("safety"), LocalDate.of(2025, 4, 1), null));
    Manifest.Briefing briefing = new Manifest.Briefing("pick", "2026-11-23/pick-en.pdf", "pick-en.pdf", "en", "",
        selection, List.of("FR", "JP"), 3, 100, "hash", "data");
    Manifest manifest = Manifest.empty().with(new Manifest.Edition("2026-11-23", "data", List.of(briefing)), 5);
    Files.write(out.resolve(Manifest.FILE), manifest.toJson());

    assertThat(Files.readString(out.resolve(Manifest.FILE))).contains("\"from\" : \"2025-04-01\"", "\"to\" : null");
    assertThat(Manifest.read(out)).isEqualTo(manifest);
  }

  @Test
  void anOlderManifestsSelectedCountriesAreTheCountriesCovered() throws Exception {
    Files.writeString(out.resolve(Manifest.FILE), """
        {"format": 1, "editions": [{"edition": "2026-11-16", "dataSha256": "d", "briefings": [
          {"name": "brief-de", "file": "2026-11-16/brief-de-en.pdf", "latestFile": "brief-de-en.pdf",
           "language": "en", "title": "", "selection": {"countries": ["DE"], "categories": []},
           "pages": 3, "bytes": 100, "sha256": "h", "dataSha256": "d"}]}]}
        """);

    Manifest.Briefing briefing = Manifest.read(out).newest().briefings().get(0);
    assertThat(briefing.countries()).containsExactly("DE");
    // one written before archives had ids gets one from its oldest edition, the same at every read
    assertThat(Manifest.read(out).archive()).matches("[0-9a-f]{32}").isEqualTo(Manifest.read(out).archive());
    assertThat(briefing.selection().from()).isNull();
  }
}

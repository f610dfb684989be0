package org.policybrief.pipeline;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.policybrief.model.BriefingSpec;
import org.policybrief.model.Country;
import org.policybrief.model.Dataset;
import org.policybrief.publish.EditionPublisher.ArchiveFiles;
import org.policybrief.publish.Manifest;
import org.policybrief.render.ArchiveRenderer;
import org.policybrief.render.ArchiveView;
import org.policybrief.render.ArchiveView.BriefingItem;
import org.policybrief.render.ArchiveView.EditionView;
import org.policybrief.render.ArchiveView.Option;

/**
 * Between the manifest and the archive: a built briefing's manifest entry, and the manifest
 * turned into the archive page and feed. Country names come from the current data.
 */
final class ArchiveViews {

  private final ArchiveRenderer chinese = new ArchiveRenderer(BriefingSpec.SIMPLIFIED_CHINESE);
  private final ArchiveRenderer english = new ArchiveRenderer("en");
  private final Dataset dataset;
  private final String title;

  ArchiveViews(Dataset dataset, String planTitle) {
    this.dataset = dataset;
    this.title = planTitle;
  }

  static Manifest.Briefing entry(String edition, EditionBuilder.Built built, String dataHash) {
    var planned = built.planned();
    return new Manifest.Briefing(planned.name(), edition + "/" + planned.fileName(),
        planned.fileName(), planned.language(), planned.title(),
        Manifest.Selection.of(planned.selection()), built.countries(),
        built.pages(), built.pdf().length, Hashes.sha256(built.pdf()), dataHash);
  }

  /** index.html in Simplified Chinese, index.en.html in English (each links to the other), the feed. */
  ArchiveFiles render(Manifest manifest) {
    ArchiveView inChinese = view(manifest, chinese);
    return new ArchiveFiles(chinese.page(inChinese).getBytes(StandardCharsets.UTF_8),
        chinese.feed(inChinese).getBytes(StandardCharsets.UTF_8),
        english.page(view(manifest, english)).getBytes(StandardCharsets.UTF_8));
  }

  private ArchiveView view(Manifest manifest, ArchiveRenderer renderer) {
    TreeSet<String> languages = new TreeSet<>();
    TreeSet<String> countries = new TreeSet<>();
    List<EditionView> editions = new ArrayList<>();
    for (Manifest.Edition e : manifest.editions()) {
      List<BriefingItem> items = new ArrayList<>();
      for (Manifest.Briefing b : e.briefings()) {
        languages.add(b.language());
        countries.addAll(b.countries());
        items.add(new BriefingItem(b.title().isEmpty() ? b.name() : b.title(), b.name(), b.language(),
            renderer.languageName(b.language()), b.countries(),
            renderer.list(b.countries().stream().map(c -> countryName(renderer, c)).toList()),
            renderer.number(b.pages()), renderer.size(b.bytes()), b.file(),
            Manifest.downloadName(e.edition(), b.file().substring(b.file().lastIndexOf('/') + 1))));
      }
      editions.add(new EditionView(e.edition(), renderer.date(LocalDate.parse(e.edition())), e.edition(), items));
    }
    return new ArchiveView(manifest.archive(), title.isEmpty() ? renderer.defaultArchiveTitle() : title,
        manifest.editions().isEmpty() ? "" : manifest.newest().edition(),
        languages.stream().map(l -> new Option(l, renderer.languageName(l))).toList(),
        countries.stream().map(c -> new Option(c, countryName(renderer, c))).toList(),
        editions);
  }

  private String countryName(ArchiveRenderer renderer, String code) {
    return renderer.countryName(code, dataset.givenCountry(code).map(Country::name).orElse(null));
  }
}

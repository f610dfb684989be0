package org.policybrief.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybrief.TestData;
import org.policybrief.analysis.Analyzer;
import org.policybrief.data.CsvDatasetReader;
import org.policybrief.data.DatasetSource;
import org.policybrief.diag.Diagnostic;
import org.policybrief.diag.DiagnosticException;
import org.policybrief.diag.Diagnostics;
import org.policybrief.model.BriefingSpec;
import org.policybrief.model.Dataset;

/** A --templates folder is read from inside only: a link out of it is refused by name. */
class UserTemplateFolderTest {

  @TempDir Path folder;

  private void render(Path templates) throws Exception {
    Path data = Files.createDirectories(folder.resolve("data"));
    Dataset dataset = new CsvDatasetReader(DatasetSource.folder(TestData.englishOnly(data)))
        .read(new Diagnostics()).orElseThrow();
    new BriefingRenderer(templates, null)
        .render(dataset, Analyzer.analyze(dataset), new BriefingSpec(LocalDate.of(2026, 11, 30), "en", ""));
  }

  @Test
  void aStyleSheetOrTemplateThatLeadsOutOfTheFolderIsNamedNotAnInternalError() throws Exception {
    Path outside = Files.writeString(folder.resolve("elsewhere.css"), ".cover-title { color: red; }\n");
    Path target = outside.toRealPath();
    for (String name : new String[] {"briefing.css", "cover.ftl"}) {
      Path templates = Files.createDirectories(folder.resolve("look-" + name));
      Path link = Files.createSymbolicLink(templates.resolve(name), outside);
      assertThatThrownBy(() -> render(templates))
          .isInstanceOfSatisfying(DiagnosticException.class, e -> assertThat(e.diagnostics())
              .extracting(Diagnostic::format).containsExactly(link + ": error[template.outside-folder]:"
                  + " leads out of the templates folder " + templates + " (to " + target
                  + "); templates, style sheets and messages are read only from inside it: copy the file in"));
    }
  }

  @Test
  void aFolderOrBrokenLinkUnderATemplatesNameIsNamedNotSilentlyReplacedByTheBuiltInOne() throws Exception {
    // the built-in cover, style sheet and messages were used without a word
    Path templates = Files.createDirectories(folder.resolve("odd"));
    Path cover = Files.createDirectories(templates.resolve("cover.ftl"));
    Path css = Files.createSymbolicLink(templates.resolve("briefing.css"), Path.of("briefing-old.css"));
    Diagnostics diagnostics = new Diagnostics();
    assertThat(new BriefingRenderer(templates, null).checkTemplates(diagnostics)).isFalse();
    assertThat(diagnostics.errors()).extracting(Diagnostic::format).containsExactlyInAnyOrder(
        css + ": error[template.not-a-file]: not a file but a symbolic link to nothing, so the built-in"
            + " file of this name would be used; give your own as a regular file or remove it",
        cover + ": error[template.not-a-file]: not a file but a folder, so the built-in file of this"
            + " name would be used; give your own as a regular file or remove it");

    Path words = Files.createDirectories(folder.resolve("words-folder"));
    Files.createDirectories(words.resolve("messages/en.properties"));
    assertThatThrownBy(() -> render(words))
        .isInstanceOfSatisfying(DiagnosticException.class, e -> assertThat(e.diagnostics())
            .extracting(Diagnostic::code).containsExactly("template.not-a-file"));
  }

  @Test
  void messagesThatLeadOutOfTheFolderAreNotReadIntoTheBriefing() throws Exception {
    Path outside = Files.writeString(folder.resolve("secret.properties"), "organisation=SECRET\n");
    Path templates = Files.createDirectories(folder.resolve("words"));
    Path link = Files.createSymbolicLink(
        Files.createDirectories(templates.resolve("messages")).resolve("en.properties"), outside);
    assertThatThrownBy(() -> render(templates))
        .isInstanceOfSatisfying(DiagnosticException.class, e -> assertThat(e.diagnostics())
            .extracting(Diagnostic::code).containsExactly("template.outside-folder"))
        .hasMessageStartingWith(link + ": error[template.outside-folder]: leads out of the templates folder");
  }

  @Test
  void aFolderThatIsItselfALinkIsTheUsersChoice() throws Exception {
    Path real = Files.createDirectories(folder.resolve("real/messages"));
    Files.writeString(real.resolve("en.properties"), "organisation=Example Institute\n");
    Files.writeString(real.getParent().resolve("briefing.css"), "body { margin: 0; }\n");
    Path linked = Files.createSymbolicLink(folder.resolve("linked"), real.getParent());
    render(linked); // no diagnostic: both files are inside the folder the user named
  }
}

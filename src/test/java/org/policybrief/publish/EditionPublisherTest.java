package org.policybrief.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybrief.publish.EditionPublisher.ArchiveFiles;
import org.policybrief.publish.EditionPublisher.EditionFiles;

class EditionPublisherTest {

  @TempDir Path out;

  private EditionPublisher publisher;

  @BeforeEach
  void setUp() {
    publisher = new EditionPublisher(out);
  }

  private static EditionFiles edition(String date, String content) {
    byte[] pdf = content.getBytes(StandardCharsets.UTF_8);
    Manifest.Briefing briefing = new Manifest.Briefing("overview", date + "/overview-zh-Hans.pdf",
        "overview-zh-Hans.pdf", "zh-Hans", "", new Manifest.Selection(List.of("FR"), List.of(), null, null),
        List.of("FR"), 1,
        pdf.length, "hash-" + content, "data-" + date);
    return new EditionFiles(new Manifest.Edition(date, "data-" + date, List.of(briefing)),
        Map.of("overview-zh-Hans.pdf", pdf), Map.of("measures.csv", ("data " + date).getBytes(StandardCharsets.UTF_8)));
  }

  private Manifest publish(EditionFiles files, int keep) throws IOException {
    return publisher.publish(files, keep, manifest -> new ArchiveFiles(
        ("page of " + manifest.editions().size()).getBytes(StandardCharsets.UTF_8),
        ("feed of " + manifest.newest().edition()).getBytes(StandardCharsets.UTF_8)));
  }

  private String read(String path) throws IOException {
    return Files.readString(out.resolve(path));
  }

  @Test
  void publishesTheEditionItsSnapshotTheManifestLatestPageAndFeed() throws IOException {
    publish(edition("2026-11-23", "first"), 10);

    assertThat(read("2026-11-23/overview-zh-Hans.pdf")).isEqualTo("first");
    assertThat(read(".snapshots/2026-11-23/measures.csv")).isEqualTo("data 2026-11-23");
    assertThat(read("latest/overview-zh-Hans.pdf")).isEqualTo("first");
    assertThat(read("index.html")).isEqualTo("page of 1");
    assertThat(read("feed.xml")).isEqualTo("feed of 2026-11-23");
    assertThat(Manifest.read(out).editions()).extracting(Manifest.Edition::edition).containsExactly("2026-11-23");
    assertThat(hiddenStaging()).isEmpty();
  }

  @Test
  void keepsTheNewestEditionsNewestFirstAndLatestOnTheNewest() throws IOException {
    publish(edition("2026-11-23", "one"), 2);
    publish(edition("2026-12-07", "three"), 2);
    publish(edition("2026-11-30", "two"), 2); // published late: latest/ stays on the newest

    assertThat(Manifest.read(out).editions()).extracting(Manifest.Edition::edition)
        .containsExactly("2026-12-07", "2026-11-30");
    assertThat(out.resolve("2026-11-23")).doesNotExist();
    assertThat(out.resolve(".snapshots/2026-11-23")).doesNotExist();
    assertThat(read("latest/overview-zh-Hans.pdf")).isEqualTo("three");
    assertThat(read("feed.xml")).isEqualTo("feed of 2026-12-07");
  }

  @Test
  void republishingAnEditionReplacesItsFolderWhole() throws IOException {
    publish(edition("2026-11-23", "old"), 5);
    publish(edition("2026-11-23", "new"), 5);

    assertThat(read("2026-11-23/overview-zh-Hans.pdf")).isEqualTo("new");
    assertThat(Manifest.read(out).editions()).hasSize(1);
    assertThat(hiddenStaging()).isEmpty();
  }

  @Test
  void republishingAnEditionOnTheSameDataLeavesEveryUnchangedFileAsItWas() throws IOException {
    publish(edition("2026-11-23", "same"), 5);
    List<String> files = List.of("2026-11-23/overview-zh-Hans.pdf", "latest/overview-zh-Hans.pdf",
        ".snapshots/2026-11-23/measures.csv", "index.html", "feed.xml", Manifest.FILE);
    FileTime lastWeek = FileTime.from(Instant.parse("2026-11-23T06:00:00Z"));
    for (String file : files) {
      Files.setLastModifiedTime(out.resolve(file), lastWeek);
    }
    Map<String, Object> inodes = new HashMap<>();
    for (String file : files) {
      inodes.put(file, Files.readAttributes(out.resolve(file), BasicFileAttributes.class).fileKey());
    }

    publish(edition("2026-11-23", "same"), 5);

    for (String file : files) {
      assertThat(Files.getLastModifiedTime(out.resolve(file))).as(file).isEqualTo(lastWeek);
      assertThat(Files.readAttributes(out.resolve(file), BasicFileAttributes.class).fileKey()).as(file)
          .isEqualTo(inodes.get(file));
    }
    assertThat(hiddenStaging()).isEmpty();

    publish(edition("2026-11-23", "corrected"), 5); // a changed briefing is written anew

    assertThat(read("2026-11-23/overview-zh-Hans.pdf")).isEqualTo("corrected");
    assertThat(Files.getLastModifiedTime(out.resolve("latest/overview-zh-Hans.pdf"))).isNotEqualTo(lastWeek);
    assertThat(Files.getLastModifiedTime(out.resolve(".snapshots/2026-11-23/measures.csv"))).isEqualTo(lastWeek);
    assertThat(Files.getLastModifiedTime(out.resolve("index.html"))).isEqualTo(lastWeek);
  }

  @Test
  void retentionDeletesOnlyTheEditionsTheManifestListed() throws IOException {
    Files.createDirectories(out.resolve("2019-05-05"));
    Files.writeString(out.resolve("2019-05-05/report.pdf"), "the user's own");
    publish(edition("2026-11-23", "one"), 1);
    publish(edition("2026-11-30", "two"), 1);

    assertThat(read("2019-05-05/report.pdf")).isEqualTo("the user's own");
    assertThat(out.resolve("2026-11-23")).doesNotExist();
    assertThat(read("2026-11-30/overview-zh-Hans.pdf")).isEqualTo("two");
  }

  @Test
  void aLostManifestLosesNoEdition() throws IOException {
    publish(edition("2026-11-23", "one"), 1);
    Files.delete(out.resolve(Manifest.FILE));
    publish(edition("2026-11-30", "two"), 1);

    assertThat(read("2026-11-23/overview-zh-Hans.pdf")).isEqualTo("one");
    assertThat(read(".snapshots/2026-11-23/measures.csv")).isEqualTo("data 2026-11-23");
  }

  @Test
  void anEditionWhoseManifestEntryWasLostCanBePublishedAgain() throws IOException {
    publish(edition("2026-11-30", "one"), 5);
    Files.delete(out.resolve(Manifest.FILE)); // or a run stopped between its renames
    publish(edition("2026-11-30", "two"), 5);

    assertThat(read("2026-11-30/overview-zh-Hans.pdf")).isEqualTo("two");
  }

  @Test
  void aFolderOfTheEditionsNameItDidNotWriteIsRefusedAndKept() throws IOException {
    Files.createDirectories(out.resolve("2026-11-30/sub"));
    Files.writeString(out.resolve("2026-11-30/notes.txt"), "the user's own");

    assertThatThrownBy(() -> publish(edition("2026-11-30", "two"), 5))
        .isInstanceOf(IOException.class).hasMessageContaining("2026-11-30")
        .hasMessageContaining("not an edition this program published");
    assertThat(read("2026-11-30/notes.txt")).isEqualTo("the user's own");
    assertThat(out.resolve("2026-11-30/sub")).isDirectory();
    assertThat(out.resolve(Manifest.FILE)).doesNotExist();
  }

  @Test
  void whatCannotBePutInPlaceStopsThePublishingBeforeAnyChange() throws IOException {
    publish(edition("2026-11-23", "one"), 5);
    Files.delete(out.resolve("latest/overview-zh-Hans.pdf"));
    Files.delete(out.resolve(EditionPublisher.LATEST));
    Files.writeString(out.resolve(EditionPublisher.LATEST), "a file");

    assertThatThrownBy(() -> publish(edition("2026-11-30", "two"), 5))
        .isInstanceOf(EditionPublisher.NotPublished.class).hasMessageContaining("latest")
        .hasMessageEndingWith("not a folder; edition 2026-11-30 was not published: the archive is as it was");
    assertThat(out.resolve("2026-11-30")).doesNotExist();
    assertThat(out.resolve(".snapshots/2026-11-30")).doesNotExist();
    assertThat(Manifest.read(out).editions()).extracting(Manifest.Edition::edition).containsExactly("2026-11-23");
    assertThat(read("index.html")).isEqualTo("page of 1");
    assertThat(hiddenStaging()).isEmpty();
  }

  @Test
  void aFolderInLatestStopsThePublishingBeforeAnyChange() throws IOException {
    publish(edition("2026-11-23", "one"), 5);
    Files.writeString(Files.createDirectories(out.resolve("latest/old")).resolve("notes.txt"), "mine");

    // it failed only when the stale entries of latest/ were removed: the edition and latest/ were
    // already replaced, the manifest and the archive page not
    assertThatThrownBy(() -> publish(edition("2026-11-30", "two"), 5))
        .isInstanceOf(IOException.class).hasMessageContaining("latest/old").hasMessageContaining("folder");
    assertThat(out.resolve("2026-11-30")).doesNotExist();
    assertThat(out.resolve(".snapshots/2026-11-30")).doesNotExist();
    assertThat(read("latest/overview-zh-Hans.pdf")).isEqualTo("one");
    assertThat(read("latest/old/notes.txt")).isEqualTo("mine");
    assertThat(Manifest.read(out).editions()).extracting(Manifest.Edition::edition).containsExactly("2026-11-23");
    assertThat(hiddenStaging()).isEmpty();
  }

  @Test
  void aRenameThatFailsWhenAnEditionIsPublishedAgainPutsThePublishedOneBack() throws IOException {
    publish(edition("2026-11-23", "published"), 5);
    AtomicInteger renames = new AtomicInteger();
    EditionPublisher failing = new EditionPublisher(out, (from, to) -> {
      if (renames.incrementAndGet() == 2) { // the new folder's, once the published one is aside
        throw new FileSystemException(to.toString(), null, "No space left on device");
      }
      StagedFolders.ATOMIC.rename(from, to);
    });

    assertThatThrownBy(() -> failing.publish(edition("2026-11-23", "again"), 5, manifest -> new ArchiveFiles(
        "page".getBytes(StandardCharsets.UTF_8), "feed".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(EditionPublisher.NotPublished.class)
        .hasMessage(out.resolve("2026-11-23") + ": No space left on device;"
            + " edition 2026-11-23 was not published: the archive is as it was");
    assertThat(read("2026-11-23/overview-zh-Hans.pdf")).isEqualTo("published");
    assertThat(read("index.html")).isEqualTo("page of 1");
    assertThat(hiddenStaging()).isEmpty();
  }

  @Test
  void aFailureWhileStagingChangesNothingReadersSee() throws IOException {
    publish(edition("2026-11-23", "one"), 5);

    assertThatThrownBy(() -> publisher.publish(edition("2026-11-30", "two"), 5, manifest -> {
      throw new IllegalStateException("disk full");
    })).hasMessage("disk full");
    assertThat(out.resolve("2026-11-30")).doesNotExist();
    assertThat(Manifest.read(out).editions()).extracting(Manifest.Edition::edition).containsExactly("2026-11-23");
    assertThat(read("latest/overview-zh-Hans.pdf")).isEqualTo("one");
    assertThat(hiddenStaging()).isEmpty();
  }

  @Test
  void aLatestFolderThatCannotBeWrittenChangesNothingReadersSee() throws IOException {
    publish(edition("2026-11-23", "one"), 5);
    // what a latest/ that lost its write permission, or is on a read-only mount, answers
    EditionPublisher refused = new EditionPublisher(out, (from, to) -> {
      if (to.getParent().equals(out.resolve(EditionPublisher.LATEST))) {
        throw new AccessDeniedException(from + " -> " + to);
      }
      StagedFolders.ATOMIC.rename(from, to);
    });
    for (EditionFiles files : List.of(edition("2026-11-30", "two"), edition("2026-11-23", "one again"))) {
      assertThatThrownBy(() -> refused.publish(files, 5, manifest -> new ArchiveFiles(new byte[0], new byte[0])))
          .isInstanceOf(EditionPublisher.NotPublished.class).hasCauseInstanceOf(AccessDeniedException.class);

      assertThat(out.resolve("2026-11-30")).doesNotExist();
      assertThat(out.resolve(".snapshots/2026-11-30")).doesNotExist();
      assertThat(read("2026-11-23/overview-zh-Hans.pdf")).isEqualTo("one");
      assertThat(read(".snapshots/2026-11-23/measures.csv")).isEqualTo("data 2026-11-23");
      assertThat(Manifest.read(out).editions()).extracting(Manifest.Edition::edition).containsExactly("2026-11-23");
      assertThat(read("latest/overview-zh-Hans.pdf")).isEqualTo("one");
      assertThat(hiddenStaging()).isEmpty();
    }
  }

  @Test
  void aManifestOfAnotherFormatOrWithForeignEntriesIsRefusedAndNothingChanges() throws IOException {
    publish(edition("2026-11-23", "one"), 5);
    for (String manifest : List.of("{\"format\": 1, \"editions\": [", "{\"format\":99,\"editions\":[]}",
        "{\"format\":1,\"editions\":[{\"edition\":\"../elsewhere\",\"briefings\":[]}]}")) {
      Files.writeString(out.resolve(Manifest.FILE), manifest);

      assertThatThrownBy(() -> publish(edition("2026-11-30", "two"), 1))
          .isInstanceOf(IOException.class).hasMessageContaining("restore the manifest");
      assertThat(read("2026-11-23/overview-zh-Hans.pdf")).isEqualTo("one");
      assertThat(out.resolve("2026-11-30")).doesNotExist();
    }
  }

  @Test
  void aLinkedLatestFolderIsReplacedNotWrittenThrough(@TempDir Path elsewhere) throws IOException {
    Files.writeString(elsewhere.resolve("important.txt"), "keep me");
    Files.createSymbolicLink(out.resolve(EditionPublisher.LATEST), elsewhere);

    publish(edition("2026-11-30", "two"), 5);

    assertThat(elsewhere.resolve("important.txt")).hasContent("keep me");
    assertThat(elsewhere.resolve("overview-zh-Hans.pdf")).doesNotExist();
    assertThat(out.resolve(EditionPublisher.LATEST)).isDirectory().isNotEqualTo(elsewhere);
    assertThat(Files.isSymbolicLink(out.resolve(EditionPublisher.LATEST))).isFalse();
    assertThat(read("latest/overview-zh-Hans.pdf")).isEqualTo("two");
  }

  @Test
  void aLinkedSnapshotsFolderIsReplacedNotWrittenThroughNorDeletedThrough(@TempDir Path elsewhere)
      throws IOException {
    Files.createDirectories(elsewhere.resolve("2026-11-23"));
    Files.writeString(elsewhere.resolve("2026-11-23/measures.csv"), "keep me");
    publish(edition("2026-11-23", "one"), 5);
    StagedFolders.deleteTree(out.resolve(".snapshots"));
    Files.createSymbolicLink(out.resolve(".snapshots"), elsewhere);

    // retention drops 2026-11-23: its snapshot was deleted, and the new one written, through the link
    publish(edition("2026-11-30", "two"), 1);

    assertThat(elsewhere.resolve("2026-11-23/measures.csv")).hasContent("keep me");
    assertThat(elsewhere.resolve("2026-11-30")).doesNotExist();
    assertThat(Files.isSymbolicLink(out.resolve(".snapshots"))).isFalse();
    assertThat(read(".snapshots/2026-11-30/measures.csv")).isEqualTo("data 2026-11-30");
  }

  @Test
  void removesStagingFoldersLeftByAKilledRun() throws IOException {
    Files.createDirectories(out.resolve(".staging-killed/edition"));
    Files.writeString(out.resolve(".staging-killed/edition/half.pdf"), "half");

    publisher.removeAbandonedStaging();

    assertThat(hiddenStaging()).isEmpty();
  }

  @Test
  void anEditionARunKilledBetweenItsRenamesHadMovedAsideIsPutBack() throws IOException {
    publish(edition("2026-11-23", "published"), 5);
    // a re-run of the edition killed after moving the published folder and snapshot aside and
    // before moving the new ones in: the manifest and the archive page still list them
    Path killed = out.resolve(".staging-killed");
    Files.createDirectories(killed.resolve(Publication.ASIDE));
    Files.createDirectories(killed.resolve(Publication.ASIDE_SNAPSHOTS));
    Files.move(out.resolve("2026-11-23"), killed.resolve(Publication.ASIDE).resolve("2026-11-23"));
    Files.move(out.resolve(".snapshots/2026-11-23"),
        killed.resolve(Publication.ASIDE_SNAPSHOTS).resolve("2026-11-23"));
    Files.createDirectories(killed.resolve("edition"));
    Files.writeString(killed.resolve("edition/overview-zh-Hans.pdf"), "new, never published");

    publisher.removeAbandonedStaging();

    assertThat(read("2026-11-23/overview-zh-Hans.pdf")).isEqualTo("published");
    assertThat(read(".snapshots/2026-11-23/measures.csv")).isEqualTo("data 2026-11-23");
    assertThat(hiddenStaging()).isEmpty();
  }

  @Test
  void aFolderMovedAsideWhoseReplacementIsInPlaceIsDeleted() throws IOException {
    publish(edition("2026-11-23", "old"), 5);
    publish(edition("2026-11-23", "new"), 5);
    Path killed = out.resolve(".staging-killed").resolve(Publication.ASIDE).resolve("2026-11-23");
    Files.createDirectories(killed);
    Files.writeString(killed.resolve("overview-zh-Hans.pdf"), "old");

    publisher.removeAbandonedStaging();

    assertThat(read("2026-11-23/overview-zh-Hans.pdf")).isEqualTo("new");
    assertThat(hiddenStaging()).isEmpty();
  }

  private List<Path> hiddenStaging() throws IOException {
    try (Stream<Path> children = Files.list(out)) {
      return children.filter(p -> p.getFileName().toString().startsWith(".staging-")).toList();
    }
  }
}

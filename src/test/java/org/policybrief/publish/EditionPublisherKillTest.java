package org.policybrief.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybrief.publish.EditionPublisher.ArchiveFiles;
import org.policybrief.publish.EditionPublisher.EditionFiles;

/**
 * A publication stopped at each of its renames as a kill stops it (no clean-up runs; the folder is
 * kept as it was at that moment), then the next run's start: every edition the manifest lists is
 * there with its snapshot, no edition folder is there that it does not list, {@code latest/} and
 * the archive files go with the manifest, and no staging folder is left.
 */
class EditionPublisherKillTest {

  @TempDir Path temp;

  /** Thrown in place of a rename: no catch block of the publisher runs for it, as for a kill. */
  private static final class Killed extends Error {
    Killed() {
      super("killed", null, false, false);
    }
  }

  private static EditionFiles edition(String date, String content) {
    byte[] pdf = content.getBytes(StandardCharsets.UTF_8);
    Manifest.Briefing briefing = new Manifest.Briefing("overview", date + "/overview-zh-Hans.pdf",
        "overview-zh-Hans.pdf", "zh-Hans", "", new Manifest.Selection(List.of(), List.of(), null, null),
        List.of("FR"), 1, pdf.length, "hash-" + content, "data-" + content);
    return new EditionFiles(new Manifest.Edition(date, "data-" + content, List.of(briefing)),
        Map.of("overview-zh-Hans.pdf", pdf), Map.of("measures.csv", ("data " + content).getBytes(StandardCharsets.UTF_8)));
  }

  private static Manifest publish(EditionPublisher publisher, EditionFiles files, int keep) throws IOException {
    return publisher.publish(files, keep, manifest -> new ArchiveFiles(
        ("page of " + manifest.editions().size()).getBytes(StandardCharsets.UTF_8),
        ("feed of " + manifest.newest().edition()).getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aNewEditionKilledAtAnyRenameIsFinishedOrLeftOutWhole() throws IOException {
    int kills = killAtEachRename(edition("2026-11-30", "new"), 2);
    assertThat(kills).isEqualTo(6); // edition, snapshot, latest, index.html, feed.xml, manifest
  }

  @Test
  void aReRunOfAnEditionKilledAtAnyRenameLosesNothing() throws IOException {
    int kills = killAtEachRename(edition("2026-11-23", "second again"), 5);
    assertThat(kills).isEqualTo(8); // and the two folders moved aside
  }

  /**
   * Kills the publication of {@code files} at its first, second, … rename, each time just before
   * and just after it (after the last: before retention); returns how many renames it had.
   */
  private int killAtEachRename(EditionFiles files, int keep) throws IOException {
    for (int n = 1; ; n++) {
      if (!killAt(files, keep, n, false)) {
        return n - 1;
      }
      killAt(files, keep, n, true);
    }
  }

  /** Whether the publication had an n-th rename, killed before or after it and then recovered from. */
  private boolean killAt(EditionFiles files, int keep, int n, boolean afterTheRename) throws IOException {
    {
      String name = n + (afterTheRename ? "-after" : "-before");
      Path out = Files.createDirectories(temp.resolve("out-" + name));
      publish(new EditionPublisher(out), edition("2026-11-16", "first"), 5);
      publish(new EditionPublisher(out), edition("2026-11-23", "second"), 5);
      Path killed = temp.resolve("killed-" + name);
      AtomicInteger renames = new AtomicInteger();
      int killAt = n;
      EditionPublisher publisher = new EditionPublisher(out, (from, to) -> {
        boolean kill = renames.incrementAndGet() == killAt;
        if (kill && !afterTheRename) {
          copyTree(out, killed);
          throw new Killed();
        }
        StagedFolders.ATOMIC.rename(from, to);
        if (kill) {
          copyTree(out, killed);
          throw new Killed();
        }
      });
      try {
        publish(publisher, files, keep);
        return false;
      } catch (Killed e) {
        // the folder as the kill left it is in killed-<name>
      }

      new EditionPublisher(killed).removeAbandonedStaging();

      assertConsistent(killed, "killed " + (afterTheRename ? "after" : "at") + " rename " + n);
      return true;
    }
  }

  private static void assertConsistent(Path out, String when) throws IOException {
    Manifest manifest = Manifest.read(out);
    List<String> listed = manifest.editions().stream().map(Manifest.Edition::edition).toList();
    for (Manifest.Edition e : manifest.editions()) {
      for (Manifest.Briefing b : e.briefings()) {
        assertThat(out.resolve(b.file())).as(when).exists();
        assertThat("hash-" + Files.readString(out.resolve(b.file()))).as(when).isEqualTo(b.sha256());
      }
      assertThat(out.resolve(".snapshots").resolve(e.edition())).as(when).isDirectory();
    }
    try (Stream<Path> children = Files.list(out)) {
      assertThat(children.map(p -> p.getFileName().toString()).filter(Manifest::isEdition).sorted().toList())
          .as(when + ": the edition folders").isEqualTo(listed.stream().sorted().toList());
    }
    try (Stream<Path> children = Files.list(out.resolve(".snapshots"))) {
      assertThat(children.map(p -> p.getFileName().toString()).sorted().toList())
          .as(when + ": the snapshots").isEqualTo(listed.stream().sorted().toList());
    }
    Manifest.Briefing newest = manifest.newest().briefings().get(0);
    assertThat("hash-" + Files.readString(out.resolve("latest").resolve(newest.latestFile())))
        .as(when + ": latest/").isEqualTo(newest.sha256());
    assertThat(Files.readString(out.resolve("index.html"))).as(when).isEqualTo("page of " + listed.size());
    assertThat(Files.readString(out.resolve("feed.xml"))).as(when).isEqualTo("feed of " + listed.get(0));
    try (Stream<Path> children = Files.list(out)) {
      assertThat(children.filter(p -> p.getFileName().toString().startsWith(".staging-"))).as(when).isEmpty();
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : all.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}

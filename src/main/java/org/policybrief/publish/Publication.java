package org.policybrief.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The renames that put an edition staged by {@link EditionPublisher} in place, in an order that a
 * run killed between any two of them leaves a folder the next run can finish or put back: the
 * edition's folder first, then its snapshot and {@code latest/}, then the archive files, the
 * manifest last, then retention. The staging folder holds what is still to be moved, the record of
 * what is being published and what an edition re-published replaced.
 */
final class Publication {

  /**
   * In a staging folder: the edition folder and snapshot that a publication replaces, moved aside
   * under their own names, so that a run killed between moving one aside and moving its new one
   * in leaves what the next run needs to put it back.
   */
  static final String ASIDE = "aside";
  static final String ASIDE_SNAPSHOTS = "aside-snapshots";
  /**
   * In a staging folder, written before the first rename: the edition it publishes, then the
   * editions its manifest drops. A run killed once its edition is in place is finished by the next.
   */
  static final String RECORD = "publishing";
  /** The archive files, replaced in this order: the manifest last, once what it lists is in place. */
  static final List<String> TOP_FILES = List.of("index.html", "index.en.html", "feed.xml", Manifest.FILE);

  private final Path out;
  private final Path staging;
  private final StagedFolders.Renamer renamer;

  Publication(Path out, Path staging, StagedFolders.Renamer renamer) {
    this.out = out;
    this.staging = staging;
    this.renamer = renamer;
  }

  /** Records what is published before the first rename, for a next run to finish it. */
  void record(String edition, List<String> dropped) throws IOException {
    byte[] lines = String.join("\n", Stream.concat(Stream.of(edition), dropped.stream()).toList())
        .getBytes(StandardCharsets.UTF_8);
    StagedFolders.writeAll(staging, Map.of(RECORD, lines));
  }

  /**
   * The renames of a staged edition up to the archive files: its folder, snapshot and
   * {@code latest/}; a failure undoes them, so that the archive is as it was. {@link #finish} follows.
   */
  void putInPlace(String edition, Manifest manifest) throws IOException {
    prepareSnapshots();
    Files.createDirectories(staging.resolve(ASIDE));
    Files.createDirectories(staging.resolve(ASIDE_SNAPSHOTS));
    StagedFolders.replaceFolder(staging.resolve("edition"), out.resolve(edition),
        staging.resolve(ASIDE).resolve(edition), renamer);
    try {
      putSnapshotAndLatest(edition, manifest);
    } catch (IOException | RuntimeException e) {
      // a latest/ that cannot be written, say: no archive file has changed yet, so all can be undone
      Files.delete(staging.resolve(RECORD)); // nothing for a next run to finish
      undo(edition);
      throw e;
    }
  }

  /**
   * Finishes the publication of a killed run from its staging folder: once its edition's folder
   * is in place (the first rename), the rest follows from what it staged; once its manifest is,
   * only its retention may be left. Killed before either, nothing of it is used. Then an edition
   * or snapshot moved aside and not yet replaced (killed between the two renames) is put back:
   * the manifest still lists it.
   */
  void finishKilled() throws IOException {
    finishRecorded();
    StagedFolders.putBackAside(staging.resolve(ASIDE), out, renamer);
    if (Files.isDirectory(out.resolve(EditionPublisher.SNAPSHOTS), LinkOption.NOFOLLOW_LINKS)) {
      StagedFolders.putBackAside(staging.resolve(ASIDE_SNAPSHOTS), out.resolve(EditionPublisher.SNAPSHOTS), renamer);
    }
  }

  private void finishRecorded() throws IOException {
    Path record = staging.resolve(RECORD);
    if (!Files.isRegularFile(record, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    List<String> lines = Files.readAllLines(record, StandardCharsets.UTF_8);
    if (lines.isEmpty() || !lines.stream().allMatch(Manifest::isEdition)) {
      return; // not written by this program
    }
    String edition = lines.get(0);
    List<String> dropped = lines.subList(1, lines.size());
    if (Files.exists(staging.resolve("top").resolve(Manifest.FILE))) {
      if (Files.exists(staging.resolve("edition"))) {
        return; // its edition was not put in place: the rest would publish what readers cannot open
      }
      putSnapshotAndLatest(edition, Manifest.read(staging.resolve("top")));
      finish(dropped);
    } else {
      // its manifest is in place; retention deletes only what that manifest no longer lists
      Manifest now = Manifest.read(out);
      removeDropped(dropped.stream().filter(e -> !now.lists(e)).toList());
    }
  }

  private void prepareSnapshots() throws IOException {
    Path snapshots = out.resolve(EditionPublisher.SNAPSHOTS);
    if (Files.isSymbolicLink(snapshots)) {
      Files.delete(snapshots); // the link, as for latest/: snapshots are never written or deleted through it
    }
    Files.createDirectories(snapshots);
  }

  private Path snapshotFolder(String edition) {
    return out.resolve(EditionPublisher.SNAPSHOTS).resolve(edition);
  }

  /**
   * What follows the edition's folder: its snapshot, then {@code latest/} when the edition is the
   * newest. Each step is done only where the staging folder still holds it, so that a run killed
   * midway is finished by the next.
   */
  private void putSnapshotAndLatest(String edition, Manifest manifest) throws IOException {
    if (Files.isDirectory(staging.resolve("snapshot"))) {
      prepareSnapshots();
      StagedFolders.replaceFolder(staging.resolve("snapshot"), snapshotFolder(edition),
          staging.resolve(ASIDE_SNAPSHOTS).resolve(edition), renamer);
    }
    if (Files.isDirectory(staging.resolve(EditionPublisher.LATEST))) {
      moveLatest(manifest.newest().briefings().stream()
          .map(Manifest.Briefing::latestFile).collect(Collectors.toSet()));
    }
  }

  /** Takes the new edition's folder and snapshot out again and puts back what they replaced. */
  private void undo(String edition) throws IOException {
    if (!Files.exists(staging.resolve("snapshot"))) {
      renamer.rename(snapshotFolder(edition), staging.resolve("undone-snapshot"));
    }
    StagedFolders.putBackAside(staging.resolve(ASIDE_SNAPSHOTS), out.resolve(EditionPublisher.SNAPSHOTS), renamer);
    renamer.rename(out.resolve(edition), staging.resolve("undone"));
    StagedFolders.putBackAside(staging.resolve(ASIDE), out, renamer);
  }

  /**
   * The archive files by one rename each, the manifest last, then retention; a file already moved
   * by a run killed midway is not in the staging folder any more.
   */
  void finish(List<String> dropped) throws IOException {
    for (String name : TOP_FILES) {
      Path staged = staging.resolve("top").resolve(name);
      if (Files.exists(staged)) {
        renamer.rename(staged, out.resolve(name));
      }
    }
    StagedFolders.syncFolder(out);
    removeDropped(dropped);
  }

  /**
   * Moves the staged files into {@code latest/}, each by one rename, and removes those not named
   * in {@code current}, the newest edition's (some may be in place already, moved by a killed run).
   */
  private void moveLatest(Set<String> current) throws IOException {
    Path latest = out.resolve(EditionPublisher.LATEST);
    if (Files.isSymbolicLink(latest)) {
      Files.delete(latest); // the link, not what it points to: nothing is written outside out/
    }
    Files.createDirectories(latest);
    try (Stream<Path> children = Files.list(staging.resolve(EditionPublisher.LATEST))) {
      for (Path file : children.toList()) {
        renamer.rename(file, latest.resolve(file.getFileName().toString()));
      }
    }
    try (Stream<Path> children = Files.list(latest)) {
      for (Path p : children.filter(p -> !current.contains(p.getFileName().toString())).toList()) {
        Files.deleteIfExists(p);
      }
    }
    StagedFolders.syncFolder(latest);
  }

  /**
   * Retention: the folders and snapshots of the editions the manifest listed and no longer does.
   * A folder it never listed is not the program's to delete, whatever its name.
   */
  private void removeDropped(List<String> dropped) throws IOException {
    for (String edition : dropped) {
      StagedFolders.deleteTree(out.resolve(edition));
      StagedFolders.deleteTree(snapshotFolder(edition));
    }
  }
}

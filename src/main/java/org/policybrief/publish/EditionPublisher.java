package org.policybrief.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The only writer into an output folder of editions. An edition, its files for {@code latest/},
 * the archive pages, the feed and the manifest are written into {@code .staging-<id>/} and
 * flushed to disk; then the edition appears as {@code <edition>/} by one rename, and the other
 * files replace theirs one rename each, the manifest last ({@link StagedFolders}). The caller
 * holds the {@link EditionLock} and publishes only when every briefing was built, so a failed run
 * never touches what readers see.
 */
public final class EditionPublisher {

  public static final String SNAPSHOTS = ".snapshots";
  public static final String LATEST = "latest";
  /** In each edition folder this program writes: a folder of that name without it is not ours. */
  static final String MARKER = ".edition";
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
  private static final List<String> TOP_FILES = List.of("index.html", "index.en.html", "feed.xml", Manifest.FILE);

  /** What one edition adds: its PDFs by file name, its data snapshot by file name, its entry. */
  public record EditionFiles(Manifest.Edition entry, Map<String, byte[]> pdfs, Map<String, byte[]> snapshot) {}

  /** The archive page (Chinese, and English when not null) and feed of a manifest. */
  public record ArchiveFiles(byte[] indexHtml, byte[] feedXml, byte[] englishIndexHtml) {

    public ArchiveFiles(byte[] indexHtml, byte[] feedXml) {
      this(indexHtml, feedXml, null);
    }
  }

  private final Path out;
  private final StagedFolders.Renamer renamer;

  public EditionPublisher(Path outFolder) {
    this(outFolder, StagedFolders.ATOMIC);
  }

  /** With {@code renamer} for every rename; tests stop a publication at one of them. */
  EditionPublisher(Path outFolder, StagedFolders.Renamer renamer) {
    this.out = outFolder;
    this.renamer = renamer;
  }

  /** The snapshot of the data an edition was built from, if it is still kept. */
  public Path snapshotFolder(String edition) {
    return out.resolve(SNAPSHOTS).resolve(edition);
  }

  /**
   * Removes staging folders left by a run that was killed; call only while holding the lock. A
   * publication killed after its edition's folder was put in place is finished first (its
   * snapshot, {@code latest/}, the archive files and the manifest, then retention), as is the
   * retention of one killed after its manifest; an edition or snapshot moved aside and not yet
   * replaced (killed between the two renames) is put back: the manifest still lists it.
   */
  public void removeAbandonedStaging() throws IOException {
    try (Stream<Path> children = Files.list(out)) {
      for (Path p : children.filter(p -> p.getFileName().toString().startsWith(".staging-")).toList()) {
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          finishKilled(p);
          StagedFolders.putBackAside(p.resolve(ASIDE), out, renamer);
          if (Files.isDirectory(out.resolve(SNAPSHOTS), LinkOption.NOFOLLOW_LINKS)) {
            StagedFolders.putBackAside(p.resolve(ASIDE_SNAPSHOTS), out.resolve(SNAPSHOTS), renamer);
          }
        }
        StagedFolders.deleteTree(p);
      }
    }
  }

  /**
   * Publishes an edition; returns the manifest as it is now. Everything is first written into
   * the staging folder, where a full disk or a failed write leaves readers' files as they were;
   * then renames, which need no room, put it in place, the manifest last.
   */
  public Manifest publish(EditionFiles files, int keep, Function<Manifest, ArchiveFiles> archive)
      throws IOException {
    String edition = files.entry().edition();
    Manifest before = Manifest.read(out); // first: one it cannot read stops it before any change
    checkTargets(edition, before);
    Path staging = out.resolve(".staging-" + UUID.randomUUID());
    try {
      Map<String, byte[]> pdfs = new LinkedHashMap<>(files.pdfs());
      pdfs.put(MARKER, edition.getBytes(StandardCharsets.UTF_8));
      StagedFolders.writeAll(staging.resolve("edition"), pdfs);
      StagedFolders.writeAll(staging.resolve("snapshot"), files.snapshot());
      Manifest manifest = before.with(files.entry(), keep);
      boolean newest = manifest.newest().edition().equals(edition);
      if (newest) {
        StagedFolders.writeAll(staging.resolve(LATEST), latestFiles(files));
      }
      ArchiveFiles pages = archive.apply(manifest);
      Map<String, byte[]> top = new LinkedHashMap<>();
      top.put("index.html", pages.indexHtml());
      if (pages.englishIndexHtml() != null) {
        top.put("index.en.html", pages.englishIndexHtml());
      }
      top.put("feed.xml", pages.feedXml());
      top.put(Manifest.FILE, manifest.toJson());
      StagedFolders.writeAll(staging.resolve("top"), top);
      List<String> dropped = before.editions().stream().map(Manifest.Edition::edition)
          .filter(e -> !manifest.lists(e)).toList();
      StagedFolders.writeAll(staging, Map.of(RECORD, String.join("\n", Stream.concat(Stream.of(edition),
          dropped.stream()).toList()).getBytes(StandardCharsets.UTF_8)));

      prepareSnapshots();
      Files.createDirectories(staging.resolve(ASIDE));
      Files.createDirectories(staging.resolve(ASIDE_SNAPSHOTS));
      StagedFolders.replaceFolder(staging.resolve("edition"), out.resolve(edition),
          staging.resolve(ASIDE).resolve(edition), renamer);
      try {
        putSnapshotAndLatest(staging, edition, manifest);
      } catch (IOException | RuntimeException e) {
        // a latest/ that cannot be written, say: no archive file has changed yet, so all can be undone
        Files.delete(staging.resolve(RECORD)); // nothing for a next run to finish
        undo(staging, edition);
        throw e;
      }
      finish(staging, dropped);
      return manifest;
    } finally {
      StagedFolders.deleteTree(staging);
    }
  }

  private void prepareSnapshots() throws IOException {
    Path snapshots = out.resolve(SNAPSHOTS);
    if (Files.isSymbolicLink(snapshots)) {
      Files.delete(snapshots); // the link, as for latest/: snapshots are never written or deleted through it
    }
    Files.createDirectories(snapshots);
  }

  /** Puts the staged snapshot in place of the edition's, if there is one. */
  private void replaceSnapshot(Path staging, String edition) throws IOException {
    prepareSnapshots();
    StagedFolders.replaceFolder(staging.resolve("snapshot"), snapshotFolder(edition),
        staging.resolve(ASIDE_SNAPSHOTS).resolve(edition), renamer);
  }

  /**
   * What follows the edition's folder: its snapshot, then {@code latest/} when the edition is the
   * newest. Each step is done only where the staging folder still holds it, so that a run killed
   * midway is finished by the next.
   */
  private void putSnapshotAndLatest(Path staging, String edition, Manifest manifest) throws IOException {
    if (Files.isDirectory(staging.resolve("snapshot"))) {
      replaceSnapshot(staging, edition);
    }
    if (Files.isDirectory(staging.resolve(LATEST))) {
      moveLatest(staging.resolve(LATEST), manifest.newest().briefings().stream()
          .map(Manifest.Briefing::latestFile).collect(Collectors.toSet()));
    }
  }

  /** Takes the new edition's folder and snapshot out again and puts back what they replaced. */
  private void undo(Path staging, String edition) throws IOException {
    if (!Files.exists(staging.resolve("snapshot"))) {
      renamer.rename(snapshotFolder(edition), staging.resolve("undone-snapshot"));
    }
    StagedFolders.putBackAside(staging.resolve(ASIDE_SNAPSHOTS), out.resolve(SNAPSHOTS), renamer);
    renamer.rename(out.resolve(edition), staging.resolve("undone"));
    StagedFolders.putBackAside(staging.resolve(ASIDE), out, renamer);
  }

  /**
   * The archive files by one rename each, the manifest last, then retention; a file already moved
   * by a run killed midway is not in the staging folder any more.
   */
  private void finish(Path staging, List<String> dropped) throws IOException {
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
   * Finishes the publication of a killed run from its staging folder: once its edition's folder
   * is in place (the first rename), the rest follows from what it staged; once its manifest is,
   * only its retention may be left. Killed before either, nothing of it is used.
   */
  private void finishKilled(Path staging) throws IOException {
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
    Path stagedManifest = staging.resolve("top").resolve(Manifest.FILE);
    if (Files.exists(stagedManifest)) {
      if (Files.exists(staging.resolve("edition"))) {
        return; // its edition was not put in place: the rest would publish what readers cannot open
      }
      putSnapshotAndLatest(staging, edition, Manifest.read(staging.resolve("top")));
      finish(staging, dropped);
    } else {
      // its manifest is in place; retention deletes only what that manifest no longer lists
      Manifest now = Manifest.read(out);
      removeDropped(dropped.stream().filter(e -> !now.lists(e)).toList());
    }
  }

  /**
   * Refuses, before any change, what the renames could not do or must not: replacing a folder of
   * the edition's name that this program did not write (not in the manifest, no marker), or a
   * {@code latest} or archive file that is not what it should be.
   */
  private void checkTargets(String edition, Manifest before) throws IOException {
    Path folder = out.resolve(edition);
    boolean listed = before.editions().stream().anyMatch(e -> e.edition().equals(edition));
    if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS) && !listed
        && !Files.isRegularFile(folder.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
      throw new FileSystemException(folder.toString(), null, "exists and is not an edition this "
          + "program published: move it away, or publish under another --edition");
    }
    Path latest = out.resolve(LATEST);
    if (Files.exists(latest, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(latest)
        && !Files.isDirectory(latest, LinkOption.NOFOLLOW_LINKS)) {
      throw new FileSystemException(latest.toString(), null, "exists and is not a folder");
    }
    if (Files.isDirectory(latest, LinkOption.NOFOLLOW_LINKS)) {
      // its stale entries are removed once the edition is in place, and a folder cannot be
      try (Stream<Path> children = Files.list(latest)) {
        Optional<Path> inner = children.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).findFirst();
        if (inner.isPresent()) {
          throw new FileSystemException(inner.get().toString(), null, "is a folder; " + LATEST
              + "/ holds only the newest edition's briefings: move it away");
        }
      }
    }
    for (String name : TOP_FILES) {
      if (Files.isDirectory(out.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
        throw new FileSystemException(out.resolve(name).toString(), null, "is a folder, not a file");
      }
    }
  }

  /** The edition's PDFs under the names {@code latest/} gives them, which never change. */
  private static Map<String, byte[]> latestFiles(EditionFiles files) {
    Map<String, byte[]> latest = new LinkedHashMap<>();
    for (Manifest.Briefing b : files.entry().briefings()) {
      latest.put(b.latestFile(), files.pdfs().get(Path.of(b.file()).getFileName().toString()));
    }
    return latest;
  }

  /**
   * Moves the staged files into {@code latest/}, each by one rename, and removes those not named
   * in {@code current}, the newest edition's (some may be in place already, moved by a killed run).
   */
  private void moveLatest(Path staged, Set<String> current) throws IOException {
    Path latest = out.resolve(LATEST);
    if (Files.isSymbolicLink(latest)) {
      Files.delete(latest); // the link, not what it points to: nothing is written outside out/
    }
    Files.createDirectories(latest);
    try (Stream<Path> children = Files.list(staged)) {
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

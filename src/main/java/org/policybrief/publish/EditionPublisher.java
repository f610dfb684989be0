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
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The only writer into an output folder of editions. An edition, its files for {@code latest/},
 * the archive pages, the feed and the manifest are written into {@code .staging-<id>/} and
 * flushed to disk; then the edition appears as {@code <edition>/} by one rename, and the other
 * files replace theirs one rename each, the manifest last ({@link Publication}). The caller
 * holds the {@link EditionLock} and publishes only when every briefing was built, so a failed run
 * never touches what readers see.
 */
public final class EditionPublisher {

  public static final String SNAPSHOTS = ".snapshots";
  public static final String LATEST = "latest";
  /** In each edition folder this program writes: a folder of that name without it is not ours. */
  static final String MARKER = ".edition";
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
          new Publication(out, p, renamer).finishKilled();
        }
        StagedFolders.deleteTree(p);
      }
    }
  }

  /**
   * The editions {@code manifest} lists whose folder is gone, deleted by hand (to free room, or to
   * withdraw one): publishing takes them off the manifest, the archive page and the feed, which
   * linked to nothing, and deletes their snapshots.
   */
  public List<String> goneEditions(Manifest manifest) {
    return manifest.editions().stream().map(Manifest.Edition::edition)
        .filter(e -> !Files.isDirectory(out.resolve(e), LinkOption.NOFOLLOW_LINKS)).toList();
  }

  /**
   * Publishes an edition; returns the manifest as it is now. Everything is first written into
   * the staging folder, where a full disk or a failed write leaves readers' files as they were;
   * then renames, which need no room, put it in place, the manifest last.
   */
  public Manifest publish(EditionFiles files, int keep, Function<Manifest, ArchiveFiles> archive)
      throws IOException {
    String edition = files.entry().edition();
    Path staging = out.resolve(".staging-" + UUID.randomUUID());
    try {
      Manifest manifest;
      List<String> dropped;
      Publication publication = new Publication(out, staging, renamer);
      try {
        Manifest listed = Manifest.read(out); // first: one it cannot read stops it before any change
        Manifest staged = stage(files, keep, archive, staging, listed);
        dropped = listed.editions().stream().map(Manifest.Edition::edition).filter(e -> !staged.lists(e)).toList();
        publication.record(edition, dropped);
        publication.putInPlace(edition, staged); // undone when it fails: nothing readers see has changed
        manifest = staged;
      } catch (IOException e) {
        throw new NotPublished(edition, e);
      }
      publication.finish(dropped);
      return manifest;
    } finally {
      StagedFolders.deleteTree(staging);
    }
  }

  /**
   * Why publishing stopped before readers could see any change, or after every change was
   * undone (a full disk while staging, a folder in the way, a {@code latest/} that cannot be
   * written): its message is the cause's, then that the archive is as it was, which a cron log
   * that ends with an input/output error otherwise leaves unsaid.
   */
  public static final class NotPublished extends IOException {

    private final String outcome;

    NotPublished(String edition, IOException cause) {
      super(cause.getMessage() + "; " + outcome(edition), cause);
      this.outcome = outcome(edition);
    }

    private static String outcome(String edition) {
      return "edition " + edition + " was not published: the archive is as it was";
    }

    /** What it left: nothing changed. */
    public String outcome() {
      return outcome;
    }
  }

  /** Writes everything of the edition into {@code staging}; returns the manifest that will list it. */
  private Manifest stage(EditionFiles files, int keep, Function<Manifest, ArchiveFiles> archive, Path staging,
      Manifest listed) throws IOException {
    String edition = files.entry().edition();
    Manifest before = listed.without(goneEditions(listed));
    checkTargets(edition, before);
    Map<String, byte[]> pdfs = new LinkedHashMap<>(files.pdfs());
    pdfs.put(MARKER, edition.getBytes(StandardCharsets.UTF_8));
    // a file the same as the one it replaces is staged as that file, its date kept (StagedFolders)
    StagedFolders.writeAll(staging.resolve("edition"), pdfs, publishedFolder(edition));
    StagedFolders.writeAll(staging.resolve("snapshot"), files.snapshot(), publishedFolder(SNAPSHOTS, edition));
    Manifest manifest = before.with(files.entry(), keep);
    boolean newest = manifest.newest().edition().equals(edition);
    if (newest) {
      StagedFolders.writeAll(staging.resolve(LATEST), latestFiles(files), publishedFolder(LATEST));
    }
    ArchiveFiles pages = archive.apply(manifest);
    Map<String, byte[]> top = new LinkedHashMap<>();
    top.put("index.html", pages.indexHtml());
    if (pages.englishIndexHtml() != null) {
      top.put("index.en.html", pages.englishIndexHtml());
    }
    top.put("feed.xml", pages.feedXml());
    top.put(Manifest.FILE, manifest.toJson());
    StagedFolders.writeAll(staging.resolve("top"), top, out);
    return manifest;
  }

  /**
   * Refuses, before any change, what the renames could not do or must not: replacing a folder of
   * the edition's name that this program did not write (not in the manifest, no marker), or a
   * {@code latest} or archive file that is not what it should be.
   */
  private void checkTargets(String edition, Manifest before) throws IOException {
    Path folder = out.resolve(edition);
    boolean listed = before.lists(edition);
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
    for (String name : Publication.TOP_FILES) {
      if (Files.isDirectory(out.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
        throw new FileSystemException(out.resolve(name).toString(), null, "is a folder, not a file");
      }
    }
  }

  /**
   * The folder {@code names} lead to under the output folder, or null when one of them is missing
   * or a symbolic link: files outside the output folder are never taken as published ones.
   */
  private Path publishedFolder(String... names) {
    Path folder = out;
    for (String name : names) {
      folder = folder.resolve(name);
      if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
        return null;
      }
    }
    return folder;
  }

  /** The edition's PDFs under the names {@code latest/} gives them, which never change. */
  private static Map<String, byte[]> latestFiles(EditionFiles files) {
    Map<String, byte[]> latest = new LinkedHashMap<>();
    for (Manifest.Briefing b : files.entry().briefings()) {
      latest.put(b.latestFile(), files.pdfs().get(Path.of(b.file()).getFileName().toString()));
    }
    return latest;
  }
}

package org.policybrief.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The only writer into an output folder of editions. An edition, its files for {@code latest/},
 * the archive pages, the feed and the manifest are written into {@code .staging-<id>/} and
 * flushed to disk; then the edition appears as {@code <edition>/} by one rename, and the other
 * files replace theirs one rename each, the manifest last. The caller holds the {@link EditionLock} and publishes only when every
 * briefing was built, so a failed run never touches what readers see.
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

  public EditionPublisher(Path outFolder) {
    this.out = outFolder;
  }

  /** The snapshot of the data an edition was built from, if it is still kept. */
  public Path snapshotFolder(String edition) {
    return out.resolve(SNAPSHOTS).resolve(edition);
  }

  /** Removes staging folders left by a run that was killed; call only while holding the lock. */
  public void removeAbandonedStaging() throws IOException {
    try (Stream<Path> children = Files.list(out)) {
      for (Path p : children.filter(p -> p.getFileName().toString().startsWith(".staging-")).toList()) {
        deleteTree(p);
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
      writeAll(staging.resolve("edition"), pdfs);
      writeAll(staging.resolve("snapshot"), files.snapshot());
      Manifest manifest = before.with(files.entry(), keep);
      boolean newest = manifest.newest().edition().equals(edition);
      if (newest) {
        writeAll(staging.resolve(LATEST), latestFiles(files));
      }
      ArchiveFiles pages = archive.apply(manifest);
      Map<String, byte[]> top = new LinkedHashMap<>();
      top.put("index.html", pages.indexHtml());
      if (pages.englishIndexHtml() != null) {
        top.put("index.en.html", pages.englishIndexHtml());
      }
      top.put("feed.xml", pages.feedXml());
      top.put(Manifest.FILE, manifest.toJson()); // last: what it lists is all in place
      writeAll(staging.resolve("top"), top);

      Files.createDirectories(out.resolve(SNAPSHOTS));
      replaceFolder(staging.resolve("edition"), out.resolve(edition), staging.resolve("old-edition"));
      try {
        replaceFolder(staging.resolve("snapshot"), snapshotFolder(edition), staging.resolve("old-snapshot"));
      } catch (IOException | RuntimeException e) {
        restoreFolder(out.resolve(edition), staging.resolve("old-edition"), staging.resolve("undone"));
        throw e;
      }
      if (newest) {
        moveLatest(staging.resolve(LATEST));
      }
      for (String name : top.keySet()) {
        Files.move(staging.resolve("top").resolve(name), out.resolve(name),
            StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      }
      syncFolder(out);
      removeDropped(before, manifest);
      return manifest;
    } finally {
      deleteTree(staging);
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
    for (String name : List.of("index.html", "index.en.html", "feed.xml", Manifest.FILE)) {
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

  /** Moves the staged files into {@code latest/}, each by one rename, and removes stale ones. */
  private void moveLatest(Path staged) throws IOException {
    Path latest = out.resolve(LATEST);
    if (Files.isSymbolicLink(latest)) {
      Files.delete(latest); // the link, not what it points to: nothing is written outside out/
    }
    Files.createDirectories(latest);
    Set<String> current;
    try (Stream<Path> children = Files.list(staged)) {
      current = children.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
    }
    for (String name : current) {
      Files.move(staged.resolve(name), latest.resolve(name), StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    }
    try (Stream<Path> children = Files.list(latest)) {
      for (Path p : children.filter(p -> !current.contains(p.getFileName().toString())).toList()) {
        Files.deleteIfExists(p);
      }
    }
    syncFolder(latest);
  }

  /**
   * Retention: the folders and snapshots of the editions the manifest listed and no longer does.
   * A folder it never listed is not the program's to delete, whatever its name.
   */
  private void removeDropped(Manifest before, Manifest after) throws IOException {
    Set<String> kept = after.editions().stream().map(Manifest.Edition::edition).collect(Collectors.toSet());
    for (Manifest.Edition dropped : before.editions()) {
      if (!kept.contains(dropped.edition())) {
        deleteTree(out.resolve(dropped.edition()));
        deleteTree(snapshotFolder(dropped.edition()));
      }
    }
  }

  /**
   * Puts {@code fresh} in place of {@code target}. A folder cannot be renamed over a non-empty
   * one, so an existing {@code target} (the same edition published again) is first moved aside.
   */
  private static void replaceFolder(Path fresh, Path target, Path aside) throws IOException {
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
    }
    Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
    syncFolder(target.getParent());
  }

  /** Undoes {@link #replaceFolder}: the new folder goes to {@code undone}, the old one back. */
  private static void restoreFolder(Path target, Path aside, Path undone) throws IOException {
    Files.move(target, undone, StandardCopyOption.ATOMIC_MOVE);
    if (Files.exists(aside, LinkOption.NOFOLLOW_LINKS)) {
      Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE);
    }
  }

  private static void writeAll(Path folder, Map<String, byte[]> files) throws IOException {
    Files.createDirectories(folder);
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      try (FileChannel channel = FileChannel.open(folder.resolve(file.getKey()),
          StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(file.getValue());
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      } catch (IOException e) {
        if (e instanceof FileSystemException) {
          throw e;
        }
        // a full disk says only "No space left on device": name where
        throw new FileSystemException(folder.resolve(file.getKey()).toString(), null, e.getMessage());
      }
    }
    syncFolder(folder);
  }

  /** Flushes a folder's entries (Linux and macOS allow it; elsewhere it is skipped). */
  private static void syncFolder(Path folder) {
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // not every file system lets a folder be opened for flushing; the renames still happen
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> all = Files.walk(root)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}

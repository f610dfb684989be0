package org.policybrief.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The only writer into an output folder of editions. An edition is written into
 * {@code .staging-<id>/}, flushed to disk, and appears as {@code <edition>/} by one rename;
 * then the manifest, {@code latest/}, the archive page and the feed are replaced file by file,
 * each atomically. The caller holds the {@link EditionLock} and publishes only when every
 * briefing was built, so a failed run never touches what readers see.
 */
public final class EditionPublisher {

  public static final String SNAPSHOTS = ".snapshots";
  public static final String LATEST = "latest";

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

  /** Publishes an edition; returns the manifest as it is now. */
  public Manifest publish(EditionFiles files, int keep, Function<Manifest, ArchiveFiles> archive)
      throws IOException {
    String edition = files.entry().edition();
    Manifest before = Manifest.read(out); // first: one it cannot read stops it before any change
    Path staging = out.resolve(".staging-" + UUID.randomUUID());
    try {
      writeAll(staging.resolve("edition"), files.pdfs());
      writeAll(staging.resolve("snapshot"), files.snapshot());
      Files.createDirectories(out.resolve(SNAPSHOTS));
      replaceFolder(staging.resolve("edition"), out.resolve(edition), staging.resolve("old-edition"));
      replaceFolder(staging.resolve("snapshot"), snapshotFolder(edition), staging.resolve("old-snapshot"));

      Manifest manifest = before.with(files.entry(), keep);
      AtomicFiles.write(out, Manifest.FILE, manifest.toJson());
      if (manifest.newest().edition().equals(edition)) {
        updateLatest(files);
      }
      ArchiveFiles pages = archive.apply(manifest);
      AtomicFiles.write(out, "index.html", pages.indexHtml());
      if (pages.englishIndexHtml() != null) {
        AtomicFiles.write(out, "index.en.html", pages.englishIndexHtml());
      }
      AtomicFiles.write(out, "feed.xml", pages.feedXml());
      removeDropped(before, manifest);
      return manifest;
    } finally {
      deleteTree(staging);
    }
  }

  /** {@code latest/} holds the newest edition under names that never change. */
  private void updateLatest(EditionFiles files) throws IOException {
    Path latest = out.resolve(LATEST);
    if (Files.isSymbolicLink(latest)) {
      Files.delete(latest); // the link, not what it points to: nothing is written outside out/
    }
    for (Manifest.Briefing b : files.entry().briefings()) {
      AtomicFiles.write(latest, b.latestFile(), files.pdfs().get(Path.of(b.file()).getFileName().toString()));
    }
    Set<String> current = files.entry().briefings().stream().map(Manifest.Briefing::latestFile)
        .collect(Collectors.toSet());
    try (Stream<Path> children = Files.list(latest)) {
      for (Path p : children.filter(p -> !current.contains(p.getFileName().toString())).toList()) {
        Files.deleteIfExists(p);
      }
    }
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
    if (Files.exists(target)) {
      Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
    }
    Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
    syncFolder(target.getParent());
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

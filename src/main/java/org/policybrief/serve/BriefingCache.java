package org.policybrief.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.policybrief.publish.AtomicFiles;

/**
 * On-demand briefings on disk, one {@code <job id>.pdf} each, in their own folder (never among
 * the published editions). When the folder grows past its cap, the least recently used of them
 * go; other files there are left alone.
 */
final class BriefingCache {

  private final Path folder;
  private final long maxBytes;

  BriefingCache(Path folder, long maxBytes) throws IOException {
    this.folder = Files.createDirectories(folder);
    this.maxBytes = maxBytes;
  }

  /**
   * The cached briefing of a job, marked as just used in its access time: marked in its
   * modification time, it had a new ETag at every request, so that an interrupted download could
   * never be resumed (If-Range) nor a copy revalidated.
   */
  synchronized Optional<Path> find(String id) {
    Path file = folder.resolve(id + ".pdf");
    try {
      Files.getFileAttributeView(file, BasicFileAttributeView.class)
          .setTimes(null, FileTime.fromMillis(System.currentTimeMillis()), null);
      return Optional.of(file);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Stores a briefing atomically, then evicts the least recently used others beyond the cap. */
  synchronized Path store(String id, byte[] pdf) throws IOException {
    Path file = AtomicFiles.write(folder, id + ".pdf", pdf);
    List<Path> others;
    try (Stream<Path> all = Files.list(folder)) {
      others = all.filter(p -> isBriefing(p) && !p.equals(file))
          .sorted(Comparator.comparing(BriefingCache::lastUsed)).toList();
    }
    long total = pdf.length + others.stream().mapToLong(BriefingCache::size).sum();
    for (Path old : others) {
      if (total <= maxBytes) {
        break;
      }
      total -= size(old);
      Files.deleteIfExists(old);
    }
    return file;
  }

  /**
   * A briefing of this cache: {@code <job id>.pdf}. A --cache naming a folder of the user's own
   * PDFs evicted them too, the least recently used first.
   */
  private static boolean isBriefing(Path p) {
    String name = p.getFileName().toString();
    return name.endsWith(".pdf") && JobIds.isId(name.substring(0, name.length() - ".pdf".length()));
  }

  private static FileTime lastUsed(Path p) {
    try {
      return Files.readAttributes(p, BasicFileAttributes.class).lastAccessTime();
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return 0;
    }
  }
}

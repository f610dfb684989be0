package org.policybrief.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BriefingCacheTest {

  @TempDir Path temp;

  private static final String A = "a".repeat(32);
  private static final String B = "b".repeat(32);
  private static final String C = "c".repeat(32);
  private static final String D = "d".repeat(32);

  @Test
  void theLeastRecentlyUsedGoWhenTheCapIsPassed() throws Exception {
    BriefingCache cache = new BriefingCache(temp.resolve("cache"), 250);
    Path a = cache.store(A, new byte[100]);
    Path b = cache.store(B, new byte[100]);
    Files.setAttribute(a, "lastAccessTime", FileTime.fromMillis(1_000_000));
    Files.setAttribute(b, "lastAccessTime", FileTime.fromMillis(2_000_000));
    assertThat(cache.find(A)).hasValue(a); // used now: b is the oldest
    cache.store(C, new byte[100]);
    assertThat(cache.find(B)).isEmpty();
    assertThat(cache.find(A)).isPresent();
    assertThat(cache.find(C)).isPresent();
    cache.store(D, new byte[300]); // larger than the cap: kept alone
    assertThat(cache.find(A)).isEmpty();
    assertThat(cache.find(D)).isPresent();
  }

  @Test
  void onlyItsOwnBriefingsAreEvicted() throws Exception {
    Path folder = Files.createDirectories(temp.resolve("my-pdfs"));
    Path mine = Files.write(folder.resolve("report.pdf"), new byte[500]);
    Files.setAttribute(mine, "lastAccessTime", FileTime.fromMillis(1_000));
    BriefingCache cache = new BriefingCache(folder, 250);

    Files.setAttribute(cache.store(A, new byte[100]), "lastAccessTime", FileTime.fromMillis(2_000));
    Files.setAttribute(cache.store(B, new byte[100]), "lastAccessTime", FileTime.fromMillis(3_000));
    cache.store(C, new byte[100]);

    // a --cache naming a folder of the user's PDFs deleted the oldest of them first
    assertThat(mine).exists();
    assertThat(cache.find(A)).isEmpty();
    assertThat(cache.find(C)).isPresent();
  }

  @Test
  void findingABriefingLeavesItsModificationTimeAndSoItsETag() throws Exception {
    BriefingCache cache = new BriefingCache(temp.resolve("cache"), 1_000);
    Path a = cache.store(A, new byte[100]);
    Files.setLastModifiedTime(a, FileTime.fromMillis(1_000_000));
    assertThat(cache.find(A)).hasValue(a);
    // touched at every request, the file's ETag (size and modification time) changed each time
    assertThat(Files.getLastModifiedTime(a)).isEqualTo(FileTime.fromMillis(1_000_000));
  }
}

package org.policybrief.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BriefingCacheTest {

  @TempDir Path temp;

  @Test
  void theLeastRecentlyUsedGoWhenTheCapIsPassed() throws Exception {
    BriefingCache cache = new BriefingCache(temp.resolve("cache"), 250);
    Path a = cache.store("a", new byte[100]);
    Path b = cache.store("b", new byte[100]);
    Files.setAttribute(a, "lastAccessTime", FileTime.fromMillis(1_000_000));
    Files.setAttribute(b, "lastAccessTime", FileTime.fromMillis(2_000_000));
    assertThat(cache.find("a")).hasValue(a); // used now: b is the oldest
    cache.store("c", new byte[100]);
    assertThat(cache.find("b")).isEmpty();
    assertThat(cache.find("a")).isPresent();
    assertThat(cache.find("c")).isPresent();
    cache.store("d", new byte[300]); // larger than the cap: kept alone
    assertThat(cache.find("a")).isEmpty();
    assertThat(cache.find("d")).isPresent();
  }

  @Test
  void findingABriefingLeavesItsModificationTimeAndSoItsETag() throws Exception {
    BriefingCache cache = new BriefingCache(temp.resolve("cache"), 1_000);
    Path a = cache.store("a", new byte[100]);
    Files.setLastModifiedTime(a, FileTime.fromMillis(1_000_000));
    assertThat(cache.find("a")).hasValue(a);
    // touched at every request, the file's ETag (size and modification time) changed each time
    assertThat(Files.getLastModifiedTime(a)).isEqualTo(FileTime.fromMillis(1_000_000));
  }
}

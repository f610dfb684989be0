package org.policybrief.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AtomicFilesTest {

  @TempDir Path folder;

  @ParameterizedTest
  @ValueSource(strings = {"", "..", "../escape.pdf", "/tmp/absolute.pdf", "sub/file.pdf",
      "sub\\file.pdf", ".hidden.pdf"})
  void refusesAnythingButAPlainFileName(String name) {
    assertThatThrownBy(() -> AtomicFiles.write(folder, name, new byte[1]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theSameBytesLeaveTheFileAsItWasAndOtherBytesReplaceIt() throws IOException {
    Path file = AtomicFiles.write(folder, "briefing.pdf", new byte[] {1, 2, 3});
    FileTime lastWeek = FileTime.from(Instant.now().minusSeconds(7 * 86_400));
    Files.setLastModifiedTime(file, lastWeek);
    Object inode = Files.readAttributes(file, BasicFileAttributes.class).fileKey();

    AtomicFiles.write(folder, "briefing.pdf", new byte[] {1, 2, 3});

    assertThat(Files.getLastModifiedTime(file)).isEqualTo(lastWeek);
    assertThat(Files.readAttributes(file, BasicFileAttributes.class).fileKey()).isEqualTo(inode);

    AtomicFiles.write(folder, "briefing.pdf", new byte[] {1, 2, 4});

    assertThat(Files.readAllBytes(file)).containsExactly(1, 2, 4);
    assertThat(Files.getLastModifiedTime(file)).isNotEqualTo(lastWeek);
  }

  @Test
  void removesTheLeftoverOfAKilledWriteButNotOneThatMayBeGoingOn() throws IOException {
    Path killed = Files.writeString(folder.resolve(".briefing.pdf." + UUID.randomUUID() + ".tmp"), "half");
    Files.setLastModifiedTime(killed, FileTime.from(Instant.now().minus(AtomicFiles.LEFTOVER_AGE).minusSeconds(60)));
    Path going = Files.writeString(folder.resolve(".briefing.pdf." + UUID.randomUUID() + ".tmp"), "half");
    Path otherFile = Files.writeString(folder.resolve(".feed.xml." + UUID.randomUUID() + ".tmp"), "half");
    Files.setLastModifiedTime(otherFile, FileTime.from(Instant.now().minusSeconds(86_400)));

    AtomicFiles.write(folder, "briefing.pdf", new byte[] {1});

    assertThat(killed).doesNotExist();
    assertThat(going).exists();
    assertThat(otherFile).as("another file's leftover is cleaned when that file is written").exists();
    assertThat(folder.resolve("briefing.pdf")).hasBinaryContent(new byte[] {1});
  }

  @Test
  void aFolderAtTheTargetIsBlamedByItsNameNotTheTemporaryFile() throws IOException {
    Path target = Files.createDirectory(folder.resolve("dir.xlsx"));

    assertThatThrownBy(() -> AtomicFiles.write(folder, "dir.xlsx", new byte[1]))
        .isInstanceOfSatisfying(FileSystemException.class, e -> {
          assertThat(e.getFile()).isEqualTo(target.toString());
          assertThat(e.getReason()).isEqualTo("is a folder, not a file");
        });
    Files.delete(target);
    // a folder made there while the file is written: the rename fails on the target's name too
    assertThatThrownBy(() -> AtomicFiles.write(folder, "dir.xlsx", new byte[1], temp -> {
      Files.createDirectory(target);
      return FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW);
    })).isInstanceOfSatisfying(FileSystemException.class,
        e -> assertThat(e.getFile()).isEqualTo(target.toString()));
    try (var files = Files.list(folder)) {
      assertThat(files).containsExactly(target);
    }
  }
}

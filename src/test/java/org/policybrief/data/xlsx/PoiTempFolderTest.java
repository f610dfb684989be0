package org.policybrief.data.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.poi.util.TempFile;
import org.junit.jupiter.api.Test;
import org.policybrief.data.BrokenCases;
import org.policybrief.data.CsvDatasetReader;
import org.policybrief.data.DatasetSource;
import org.policybrief.diag.Diagnostics;
import org.policybrief.model.Dataset;

/** QA8: POI's shared /tmp/poifiles, made 755 by the first user, failed every other user's export. */
class PoiTempFolderTest {

  @Test
  void writingAWorkbookUsesAnOwnerOnlyFolderOfTheProcessAndLeavesItEmpty() throws IOException {
    Dataset sample = new CsvDatasetReader(DatasetSource.folder(BrokenCases.SAMPLE))
        .read(new Diagnostics()).orElseThrow();

    XlsxDatasetWriter.write(sample);
    Path folder = PoiTempFolder.install();

    assertThat(folder).isDirectory().isNotEqualTo(Path.of(TempFile.JAVA_IO_TMPDIR));
    assertThat(folder.getFileName().toString()).startsWith("policybrief-poi-");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
        .isEqualTo("rwx------");
    assertThat(folder).isEmptyDirectory();                       // the sheets' files are gone
    assertThat(PoiTempFolder.install()).isEqualTo(folder);        // one folder per process
    File poiFile = TempFile.createTempFile("poi-sxssf-sheet", ".xml");
    try {
      assertThat(poiFile.toPath().getParent()).isEqualTo(folder);
    } finally {
      Files.delete(poiFile.toPath());
    }
  }
}

package org.policybrief.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Broken variants of the sample dataset, each written as a CSV folder; the other sources' tests
 * rebuild the same folders as workbooks and database rows.
 */
public final class BrokenCases {

  public static final Path SAMPLE = Path.of("data/sample");

  /** One edit of one file: the first occurrence of {@code find} becomes {@code replace}. */
  public record Case(String name, String file, String find, String replace) {

    @Override
    public String toString() {
      return name;
    }

    /** The sample with this edit, as a CSV folder under {@code root}. */
    public Path write(Path root) throws IOException {
      Path folder = Files.createDirectories(root.resolve(name));
      for (String table : List.of("documents", "measures", "categories", "countries")) {
        String text = Files.readString(SAMPLE.resolve(table + ".csv"), StandardCharsets.UTF_8);
        if (file.equals(table)) {
          if (!text.contains(find)) {
            throw new IllegalStateException(name + ": \"" + find + "\" not in " + file);
          }
          text = text.replaceFirst(java.util.regex.Pattern.quote(find),
              java.util.regex.Matcher.quoteReplacement(replace));
        }
        Files.writeString(folder.resolve(table + ".csv"), text, StandardCharsets.UTF_8);
      }
      return folder;
    }
  }

  public static List<Case> all() {
    return List.of(
        new Case("duplicate-measure-id", "measures", "\nCN-GAIGAP-02,", "\nCN-GAIGAP-01,"),
        new Case("unknown-category", "measures", "CN-GAIGAP,intl-coop,", "CN-GAIGAP,nope,"),
        new Case("unknown-document", "measures", ",CN-GAIGAP,industry,", ",CN-NOPE,industry,"),
        new Case("missing-category", "measures", "CN-GAIGAP,intl-coop,", "CN-GAIGAP,,"),
        new Case("bad-measure-date", "measures", "checked;global-south,\n",
            "checked;global-south,2025-13-01\n"),
        new Case("bad-document-date", "documents", ",2025-07-26,", ",2025/07/26,"),
        new Case("bad-country", "documents", "CN-GAIGAP,CN,", "CN-GAIGAP,China,"),
        new Case("bad-document-id", "documents", "\nUS-AAP,", "\nUS AAP,"),
        new Case("bad-color", "categories", "#CC6677", "red"),
        new Case("missing-name", "categories", "infra,算力与基础设施,Compute & infrastructure,",
            "infra,,,"),
        new Case("duplicate-country", "countries", "US,美国,United States",
            "US,美国,United States\nCN,中国,PRC"),
        new Case("missing-column", "measures", "id,document,category,", "id,document,categry,"),
        new Case("control-character", "measures", "共同把握人工智能机遇", "共同\u0007把握人工智能机遇"),
        new Case("bidi-override", "categories", "Compute & infrastructure",
            "\u202EComputer & infrastructure"),
        new Case("noncharacter", "documents", "The White House", "The White\uFFFF House"),
        // QA18: a name of invisible characters printed empty, where an empty name is an error
        new Case("invisible-name", "categories", "infra,算力与基础设施,Compute & infrastructure,",
            "infra,\u200B\u2060,\uFEFF\uFE0F,"));
  }

  private BrokenCases() {}
}

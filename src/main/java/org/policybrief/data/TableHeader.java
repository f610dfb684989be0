package org.policybrief.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.policybrief.diag.Diagnostics;
import org.policybrief.diag.Location;
import org.policybrief.model.InvisibleText;

/**
 * Checks the column names of a table against its {@link DatasetTable}: a required column
 * missing or a name given twice is an error, an unknown or empty name a warning. Codes start
 * with the source's prefix ({@code csv}, {@code xlsx}, {@code sql}).
 */
public final class TableHeader {

  /** One column name as found, with where it is. */
  public record Name(String name, Location at) {}

  private TableHeader() {}

  /** The index of every named column; {@code headerAt} locates a missing column. */
  public static Map<String, Integer> check(List<Name> names, Location headerAt, DatasetTable table,
      String codePrefix, Diagnostics diagnostics) {
    Map<String, Integer> index = new LinkedHashMap<>();
    List<Name> unknown = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i).name().strip();
      Location at = names.get(i).at();
      if (name.isEmpty()) {
        diagnostics.warning(at, codePrefix + ".empty-column-name",
            "column " + (i + 1) + " has no name; it is ignored");
      } else if (index.containsKey(name)) {
        diagnostics.error(at, codePrefix + ".duplicate-column", "duplicate column \"" + name
            + "\": it already is column " + (index.get(name) + 1));
      } else {
        index.put(name, i);
        if (!table.knows(name)) {
          unknown.add(new Name(name, at));
        }
      }
    }
    // once the whole header is known: "categ" was "did you mean "date"?" in a header that has date
    for (Name name : unknown) {
      diagnostics.warning(name.at(), codePrefix + ".unknown-column", "unknown column \""
          + InvisibleText.spelledOut(name.name()) + "\" is ignored" + hint(name.name(), table, index.keySet()));
    }
    for (String required : table.requiredColumns()) {
      if (!index.containsKey(required)) {
        diagnostics.error(headerAt, codePrefix + ".missing-column",
            "missing required column \"" + required + "\" in the header");
      }
    }
    return index;
  }

  /** Why an unknown name may be a known one the header lacks ({@code present} are its names), or empty. */
  private static String hint(String name, DatasetTable table, Set<String> present) {
    Predicate<String> missing = known -> table.knows(known) && !present.contains(known);
    String hint = invisibleHint(name, missing) + spellingHint(name, missing);
    return hint.isEmpty() ? typoHint(name, table, missing) : hint;
  }

  /**
   * The one known name an unknown one is a slip of the keyboard or of spelling away from
   * ({@code colour}, {@code titel_en}: at most two letters added, left out or changed, in a name
   * of more than four), which left the column out and a required one missing.
   */
  private static String typoHint(String name, DatasetTable table, Predicate<String> missing) {
    if (name.length() <= 4) {
      return "";
    }
    LevenshteinDistance distance = new LevenshteinDistance(2);
    String lower = name.toLowerCase(Locale.ROOT);
    List<String> near = Stream.concat(table.requiredColumns().stream(), table.optionalColumns().stream())
        .filter(known -> missing.test(known) && distance.apply(lower, known) >= 0)
        .toList();
    return near.size() == 1 ? ": did you mean \"" + near.get(0) + "\"?" : "";
  }

  /**
   * The known name one differs from only in case or in spaces or hyphens for underscores (ID,
   * Title_ZH, summary-en), which a spreadsheet's header often has.
   */
  private static String spellingHint(String name, Predicate<String> missing) {
    String known = name.strip().toLowerCase(Locale.ROOT).replaceAll("[ -]+", "_");
    return known.equals(name) || !missing.test(known) ? ""
        : ": did you mean \"" + known + "\"? Column names are lower case, with _ between words";
  }

  /** Why a name that reads as a known one is not: it holds an invisible character. */
  private static String invisibleHint(String name, Predicate<String> missing) {
    String bare = name.codePoints().filter(cp -> Character.getType(cp) != Character.FORMAT)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
    if (bare.equals(name) || !missing.test(bare)) {
      return "";
    }
    return ": an invisible character makes it another name than \"" + bare + "\""
        + (name.indexOf('\uFEFF') >= 0 ? " (a second byte order mark? was the file saved twice"
            + " or joined to another?)" : "") + "; remove it";
  }
}

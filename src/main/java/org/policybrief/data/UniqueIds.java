package org.policybrief.data;

import java.util.HashMap;
import java.util.Map;
import org.policybrief.diag.Diagnostics;

/** Reports an id given twice in one file, pointing at the first. */
final class UniqueIds {

  private final Map<String, Row> seen = new HashMap<>();
  private final Diagnostics diagnostics;
  private final String kind;

  UniqueIds(Diagnostics diagnostics, String kind) {
    this.diagnostics = diagnostics;
    this.kind = kind;
  }

  /** True when the id is new and not empty. */
  boolean add(String id, Row row) {
    if (id.isEmpty()) {
      return false;
    }
    Row first = seen.putIfAbsent(id, row);
    if (first != null) {
      diagnostics.error(row.cell("id").at(), kind + ".duplicate-id",
          "duplicate id \"" + id + "\": first defined at line " + first.at().line());
      return false;
    }
    return true;
  }
}

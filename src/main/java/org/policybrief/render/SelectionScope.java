package org.policybrief.render;

import java.util.ArrayList;
import java.util.List;
import org.policybrief.model.Selection;

/**
 * The cover's lines saying which measures a briefing on a selection counts: their dates and
 * categories. A briefing of --from 2010-01-01 --to 2012-12-31 said nowhere that it left out the
 * other years, and its country sections counted "3 measures in this dataset" of a country with 20.
 * The countries of a selection need no line: the cover's subtitle names them.
 */
final class SelectionScope {

  /** More categories than this are counted, not named: the cover has room for a line or two. */
  static final int NAMED_CATEGORIES = 4;

  private SelectionScope() {}

  /** Empty for a selection of all measures (of some countries or all). */
  static List<String> lines(Selection selection, List<String> categoryNames, int taxonomySize,
      EditionLanguage language) {
    Messages t = language.messages();
    List<String> lines = new ArrayList<>();
    if (selection.from() != null && selection.to() != null) {
      lines.add(t.get("scope.between", language.date(selection.from()), language.date(selection.to())));
    } else if (selection.from() != null) {
      lines.add(t.get("scope.from", language.date(selection.from())));
    } else if (selection.to() != null) {
      lines.add(t.get("scope.to", language.date(selection.to())));
    }
    if (selection.categories().isEmpty()) {
      return lines;
    }
    if (categoryNames.size() > NAMED_CATEGORIES) {
      lines.add(t.get("scope.categoriesCounted", language.number(categoryNames.size()), language.number(taxonomySize)));
    } else {
      lines.add(t.get("scope.categories", ListText.prose(t, categoryNames), String.valueOf(categoryNames.size())));
    }
    return lines;
  }
}

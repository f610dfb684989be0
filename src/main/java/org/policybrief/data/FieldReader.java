package org.policybrief.data;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.policybrief.diag.Diagnostics;
import org.policybrief.model.CountryCodes;
import org.policybrief.model.InvisibleText;
import org.policybrief.model.IsoDate;
import org.policybrief.model.Text;

/** Typed reading of one row's cells, reporting every bad value with its cell's location. */
final class FieldReader {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]+");
  private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");

  /** Years a policy date is expected in; others are warned about, not refused. */
  static final int LIKELY_YEARS_FROM = 1900;
  static final int LIKELY_YEARS_TO = 2100;

  private final Diagnostics diagnostics;
  private final String kind;

  /** {@code kind} names the row in messages and codes: document, measure, category, country. */
  FieldReader(Diagnostics diagnostics, String kind) {
    this.diagnostics = diagnostics;
    this.kind = kind;
  }

  String id(Row row) {
    Row.Cell cell = row.cell("id");
    if (required(row, "id").isEmpty()) {
      return "";
    }
    if (!ID.matcher(cell.value()).matches()) {
      diagnostics.error(cell.at(), kind + ".bad-id", "bad id \"" + InvisibleText.spelledOut(cell.value())
          + "\" (expected letters, digits, '.', '_' or '-')");
      return "";
    }
    return cell.value();
  }

  /** A category id: any non-empty key. */
  String key(Row row) {
    return required(row, "id");
  }

  String required(Row row, String column) {
    Row.Cell cell = row.cell(column);
    if (cell.value().isEmpty() && row.has(column)) {
      diagnostics.error(cell.at(), kind + ".missing-" + column, "missing " + column + " (required)");
    }
    return cell.value();
  }

  /** One of {@code <base>_zh} and {@code <base>_en} must be given. */
  Text eitherLanguage(Row row, String base) {
    Text text = new Text(row.value(base + "_zh"), row.value(base + "_en"));
    if (text.isEmpty()) {
      diagnostics.error(row.cell(base + "_zh").at(), kind + ".missing-" + base,
          "missing " + base + ": give " + base + "_zh, " + base + "_en or both");
    }
    return text;
  }

  Text optionalText(Row row, String base) {
    return new Text(row.value(base + "_zh"), row.value(base + "_en"));
  }

  /** A {@code YYYY-MM-DD} date; null when empty (after reporting it if required) or bad. */
  LocalDate date(Row row, String column, boolean required) {
    Row.Cell cell = row.cell(column);
    if (cell.value().isEmpty()) {
      if (required) {
        required(row, column);
      }
      return null;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(cell.value(), IsoDate.FORMAT);
    } catch (DateTimeParseException e) {
      diagnostics.error(cell.at(), kind + ".bad-date", "bad date in column " + column
          + " (" + IsoDate.whyNot(cell.value()) + ")");
      return null;
    }
    // A real date, but no policy's: 9999-12-31 standing for "open", or 0202 typed for 2020.
    if (date.getYear() < LIKELY_YEARS_FROM || date.getYear() > LIKELY_YEARS_TO) {
      diagnostics.warning(cell.at(), kind + ".unlikely-date", "date " + cell.value() + " in column "
          + column + " is outside " + LIKELY_YEARS_FROM + "–" + LIKELY_YEARS_TO
          + ": a placeholder or a typo? It is used as written");
    }
    return date;
  }

  String country(Row row, String column) {
    Row.Cell cell = row.cell(column);
    if (required(row, column).isEmpty()) {
      return "";
    }
    if (!CountryCodes.isValid(cell.value())) {
      String meant = CountryCodes.likelyMeant(cell.value());
      diagnostics.error(cell.at(), kind + ".bad-country", "bad country code \"" + InvisibleText.spelledOut(cell.value())
          + "\" (expected an ISO 3166-1 alpha-2 code in capitals such as CN or US, or EU or UN)"
          + (meant.isEmpty() ? "" : ": did you mean " + meant + "?"));
      return "";
    }
    return cell.value();
  }

  String color(Row row) {
    Row.Cell cell = row.cell("color");
    if (!cell.value().isEmpty() && !COLOR.matcher(cell.value()).matches()) {
      diagnostics.error(cell.at(), kind + ".bad-color",
          "bad colour \"" + InvisibleText.spelledOut(cell.value()) + "\" (expected #RRGGBB)");
      return "";
    }
    return cell.value().toUpperCase(java.util.Locale.ROOT);
  }

  static List<String> tags(String cell) {
    return Arrays.stream(cell.split(";")).map(String::strip).filter(t -> !t.isEmpty()).toList();
  }
}

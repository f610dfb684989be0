package org.policybrief.config;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.policybrief.diag.DiagnosticException;
import org.policybrief.diag.Diagnostics;
import org.policybrief.diag.Location;
import org.policybrief.model.BriefingSpec;
import org.policybrief.model.BriefingSpec.PageSize;
import org.policybrief.model.IsoDate;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a {@code briefing.yaml}: a flat mapping of the keys below. SnakeYAML only composes the
 * node tree (no object is ever constructed from the file), so every key and value keeps its line
 * and column. Unknown keys, duplicates and bad values are reported, all of them, as diagnostics.
 * Folders and files are relative to the config file's folder.
 */
public final class ConfigFile {

  static final List<String> KEYS = List.of("title", "subtitle", "lang", "countries", "categories",
      "from", "to", "organisation", "pageSize", "templates", "fonts", "data", "out", "date");

  /** The keys whose places {@link BriefingSettings#places} keeps for later messages. */
  private static final Set<String> PLACED =
      Set.of("countries", "categories", "from", "to", "data", "templates", "fonts");

  private final Path file;
  private final Diagnostics diagnostics;

  private ConfigFile(Path file, Diagnostics diagnostics) {
    this.file = file;
    this.diagnostics = diagnostics;
  }

  /** The file's settings, or empty when it has errors (all of them reported). */
  public static Optional<BriefingSettings> read(Path file, Diagnostics diagnostics) throws IOException {
    Node root;
    try {
      root = YamlFile.compose(file, "config");
    } catch (DiagnosticException e) {
      e.diagnostics().forEach(diagnostics::report);
      return Optional.empty();
    }
    return new ConfigFile(file, diagnostics).read(root);
  }

  private Optional<BriefingSettings> read(Node root) {
    if (root == null) {
      return Optional.of(BriefingSettings.NONE);
    }
    if (!(root instanceof MappingNode mapping)) {
      error(root.getStartMark(), "config.not-mapping", "expected lines of \"key: value\"");
      return Optional.empty();
    }
    Values v = new Values();
    Set<String> seen = new HashSet<>();
    for (NodeTuple tuple : mapping.getValue()) {
      String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
      Node value = tuple.getValueNode();
      if (!KEYS.contains(key)) {
        error(tuple.getKeyNode().getStartMark(), "config.unknown-key",
            "unknown key \"" + key + "\" (known: " + String.join(", ", KEYS) + ")");
      } else if (!seen.add(key)) {
        error(tuple.getKeyNode().getStartMark(), "config.duplicate-key", "key \"" + key + "\" is given twice");
      } else {
        v.set(key, value);
      }
    }
    if (diagnostics.hasErrors()) {
      return Optional.empty();
    }
    return Optional.of(new BriefingSettings(v.title, v.subtitle, v.lang, v.countries, v.categories,
        v.from, v.to, v.organisation, v.pageSize, v.templates, v.fonts, v.data, v.out, v.date,
        v.places));
  }

  /** The values read so far; a bad one is reported and left null. */
  private final class Values {
    String title;
    String subtitle;
    String lang;
    List<String> countries;
    List<String> categories;
    LocalDate from;
    LocalDate to;
    String organisation;
    PageSize pageSize;
    Path templates;
    Path fonts;
    String data;
    Path out;
    LocalDate date;
    final Map<String, Location> places = new HashMap<>();

    void set(String key, Node value) {
      if (PLACED.contains(key)) {
        places.put(key, at(value.getStartMark()));
      }
      switch (key) {
        case "title" -> title = printed(key, value);
        case "subtitle" -> subtitle = printed(key, value);
        case "organisation" -> organisation = printed(key, value);
        case "lang" -> lang = language(value);
        case "countries" -> countries = list(key, value);
        case "categories" -> categories = list(key, value);
        case "from" -> from = date(key, value);
        case "to" -> to = date(key, value);
        case "date" -> date = date(key, value);
        case "pageSize" -> pageSize = pageSize(value);
        case "templates" -> templates = path(key, value);
        case "fonts" -> fonts = path(key, value);
        case "data" -> data = dataLocation(key, value);
        case "out" -> out = path(key, value);
        default -> throw new IllegalStateException("key " + key + " is in KEYS but not read");
      }
    }
  }

  private String text(String key, Node value) {
    String text = YamlFile.text(value);
    if (text != null) {
      return text;
    }
    error(value.getStartMark(), "config.bad-value", key + " needs a text");
    return null;
  }

  /** A text set on the cover and in the running header: not too long, no control character. */
  private String printed(String key, Node value) {
    String text = text(key, value);
    String problem = BriefingSpec.titleProblem(text);
    if (problem != null) {
      error(value.getStartMark(), "config.bad-value", key + " " + problem);
      return null;
    }
    return text;
  }

  private String language(Node value) {
    String lang = text("lang", value);
    if (lang != null && !BriefingSpec.LANGUAGES.contains(lang)) {
      error(value.getStartMark(), "config.bad-value",
          "lang is \"" + lang + "\" (expected one of " + String.join(", ", BriefingSpec.LANGUAGES) + ")");
      return null;
    }
    return lang;
  }

  private PageSize pageSize(Node value) {
    String name = text("pageSize", value);
    PageSize size = name == null ? null : PageSize.parse(name);
    if (name != null && size == null) {
      error(value.getStartMark(), "config.bad-value", "pageSize is \"" + name + "\" (expected A4 or Letter)");
    }
    return size;
  }

  private LocalDate date(String key, Node value) {
    String text = text(key, value);
    try {
      return text == null ? null : LocalDate.parse(text, IsoDate.FORMAT);
    } catch (DateTimeParseException e) {
      error(value.getStartMark(), "config.bad-value", "bad date in " + key + " (" + IsoDate.whyNot(text) + ")");
      return null;
    }
  }

  /** A database URL as written; a folder or workbook relative to this file. */
  private String dataLocation(String key, Node value) {
    String text = text(key, value);
    if (text == null || text.startsWith("jdbc:")) {
      return text;
    }
    return path(key, value).toString();
  }

  private Path path(String key, Node value) {
    String text = text(key, value);
    return text == null ? null : file.toAbsolutePath().getParent().resolve(text).normalize();
  }

  /** A YAML list ({@code [CN, US]} or one item a line), or one comma-separated text. */
  private List<String> list(String key, Node value) {
    List<String> items = new ArrayList<>();
    if (value instanceof SequenceNode sequence) {
      for (Node item : sequence.getValue()) {
        String text = text(key, item);
        if (text != null) {
          items.add(text.strip());
        }
      }
    } else {
      String text = text(key, value);
      if (text != null) {
        items.addAll(splitList(text));
      }
    }
    return items;
  }

  /** {@code "CN, US"} → [CN, US], order kept, blanks dropped. */
  public static List<String> splitList(String text) {
    return java.util.Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private void error(Mark mark, String code, String message) {
    diagnostics.error(at(mark), code, message);
  }

  private Location at(Mark mark) {
    return mark == null ? Location.wholeFile(file.toString())
        : new Location(file.toString(), mark.getLine() + 1, mark.getColumn() + 1);
  }
}

package org.policybrief.plan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.policybrief.config.YamlFile;
import org.policybrief.data.DatasetSource;
import org.policybrief.diag.DiagnosticException;
import org.policybrief.diag.Diagnostics;
import org.policybrief.diag.Location;
import org.policybrief.model.BriefingSpec;
import org.policybrief.model.IsoDate;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a plan file (YAML). Works on SnakeYAML's node tree rather than on plain maps so that every
 * problem is reported at its file:line:column; all problems of the file in one run.
 */
public final class PlanReader {

  /** The shorthand value of {@code language} and {@code countries}: one briefing per value. */
  public static final String EACH = "each";

  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

  /**
   * The longest name: with a country and a language ({@code <name>-cn-zh-Hant.pdf}) and the
   * temporary name of a write, the file name stays well within the 255 bytes file systems allow.
   */
  static final int MAX_NAME = 100;
  private static final Set<String> TOP_KEYS = Set.of("data", "title", "briefings");
  private static final Set<String> ENTRY_KEYS =
      Set.of("name", "title", "language", "countries", "categories", "from", "to", "template");

  private final Set<String> knownLanguages;
  private final Predicate<String> templateExists;
  private Diagnostics diagnostics;
  private String file;

  public PlanReader(Set<String> knownLanguages, Predicate<String> templateExists) {
    this.knownLanguages = Set.copyOf(knownLanguages);
    this.templateExists = templateExists;
  }

  /**
   * The plan as far as it can be read, so that its names can still be checked against its data;
   * empty when it names no data folder or no briefing. Every problem is in {@code diagnostics}, and
   * a plan read with errors must not be built: a bad value is left out of its entry (a bad date
   * range is read as open), a briefing without a usable name is left out.
   */
  public Optional<Plan> read(Path planFile, Diagnostics diagnostics) throws IOException {
    this.diagnostics = diagnostics;
    this.file = planFile.toString();
    Node root;
    try {
      root = YamlFile.compose(planFile, "plan");
    } catch (DiagnosticException e) {
      e.diagnostics().forEach(diagnostics::report);
      return Optional.empty();
    }
    if (!(root instanceof MappingNode top)) {
      // an empty file has no node: its first line is where the mapping should start
      diagnostics.error(root == null ? new Location(file, 1, 1) : at(root), "plan.bad-value",
          "a plan is a mapping with the keys data and briefings" + (root == null ? ": the file is empty" : ""));
      return Optional.empty();
    }
    Map<String, Node> values = keys(top, TOP_KEYS);
    String data = scalar(top, "data", true);
    Path dataFolder = data == null ? null : dataFolder(planFile, data, values.get("data"));
    String title = title(top, values.get("title"));
    List<PlanEntry> entries = new ArrayList<>();
    Node briefings = values.get("briefings");
    if (briefings == null) {
      diagnostics.error(at(top), "plan.missing-key", "missing key briefings");
    } else if (!(briefings instanceof SequenceNode list) || list.getValue().isEmpty()) {
      diagnostics.error(at(briefings), "plan.bad-value", "briefings must be a non-empty list");
    } else {
      Set<String> names = new HashSet<>();
      for (Node item : list.getValue()) {
        entry(item).ifPresent(e -> {
          if (!names.add(e.name())) {
            diagnostics.error(e.at(), "plan.duplicate-name", "a second briefing is named " + e.name());
          }
          entries.add(e);
        });
      }
    }
    if (dataFolder == null || !Files.isDirectory(dataFolder) || entries.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Plan(dataFolder, title, entries));
  }

  /** The folder {@code data} names, relative to the plan's folder; reported unless it is a folder. */
  private Path dataFolder(Path planFile, String data, Node node) {
    Path folder;
    try {
      folder = planFile.toAbsolutePath().getParent().resolve(data).normalize();
    } catch (InvalidPathException e) {
      // A NUL, or characters the locale's character set lacks (数据 under cron's C locale).
      diagnostics.error(at(node), "plan.data-unnamable", "data folder " + data
          + " cannot be named on this system (" + e.getReason() + "; Java names files in "
          + System.getProperty("sun.jnu.encoding") + ", the locale's character set: a UTF-8 locale such as"
          + " LANG=C.UTF-8 names any)");
      return null;
    }
    if (Files.isDirectory(folder)) {
      return folder;
    }
    if (Files.exists(folder)) {
      diagnostics.error(at(node), "plan.data-not-folder", data
          + " is a file: a plan's data must be a folder of CSV files (documents.csv, measures.csv, …)");
    } else {
      diagnostics.error(at(node), "plan.data-missing", "data folder " + data + " "
          + DatasetSource.brokenLink(folder).orElse("does not exist")
          + " (looked for " + folder + "; data is relative to the plan's folder)");
    }
    return folder;
  }

  private Optional<PlanEntry> entry(Node node) {
    if (!(node instanceof MappingNode map)) {
      diagnostics.error(at(node), "plan.bad-value", "a briefing is a mapping with at least a name");
      return Optional.empty();
    }
    var values = keys(map, ENTRY_KEYS);
    String name = scalar(map, "name", true);
    if (name != null && !NAME.matcher(name).matches()) {
      diagnostics.error(at(values.get("name")), "plan.bad-value",
          "bad name \"" + name + "\" (expected lower-case letters, digits and -)");
    } else if (name != null && name.length() > MAX_NAME) {
      diagnostics.error(at(values.get("name")), "plan.bad-value", "the name has " + name.length()
          + " characters; at most " + MAX_NAME + " fit the file names of its briefings");
    }
    Node language = values.get("language");
    boolean eachLanguage = language != null && isEach(language);
    List<String> languages = language == null || eachLanguage ? List.of() : list(language);
    if (language == null) {
      diagnostics.error(at(map), "plan.missing-key", "missing key language (a language, a list, or each)");
    }
    for (String l : languages) {
      if (!knownLanguages.contains(l)) {
        diagnostics.error(at(language), "plan.unknown-language",
            "unknown language " + l + " (known: " + String.join(", ", knownLanguages.stream().sorted().toList()) + ")");
      }
    }
    Node countries = values.get("countries");
    boolean eachCountry = countries != null && isEach(countries);
    Node categories = values.get("categories");
    LocalDate from = date(values.get("from"), "from");
    LocalDate to = date(values.get("to"), "to");
    if (from != null && to != null && from.isAfter(to)) {
      diagnostics.error(at(values.get("to")), "plan.bad-range",
          "to " + to + " is before from " + from + ": no date can be in between");
      from = null; // open, so that the countries and categories are still checked against the data
      to = null;
    }
    String template = scalar(map, "template", false);
    if (template == null) {
      template = "briefing";
    } else if (!NAME.matcher(template).matches() || !templateExists.test(template)) {
      diagnostics.error(at(values.get("template")), "plan.unknown-template",
          // "no template cover.ftl in the templates folder" was said beside templates/cover.ftl
          "no template " + template + ".ftl of a whole briefing in the templates folder (the parts"
              + " briefing.ftl includes, such as cover.ftl, and the archive page's archive.ftl and feed.ftl"
              + " are not whole briefings)");
    }
    if (name == null) {
      return Optional.empty();
    }
    return Optional.of(new PlanEntry(name, title(map, values.get("title")), languages, eachLanguage,
        countries == null || eachCountry ? List.of() : list(countries), eachCountry,
        categories == null ? List.of() : list(categories), from, to, template, at(map),
        at(countries == null ? map : countries), at(categories == null ? map : categories)));
  }

  /** The mapping's values by key, reporting unknown and repeated keys. */
  private Map<String, Node> keys(MappingNode map, Set<String> allowed) {
    Map<String, Node> values = new LinkedHashMap<>();
    for (NodeTuple tuple : map.getValue()) {
      String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
      if (!allowed.contains(key)) {
        diagnostics.error(at(tuple.getKeyNode()), "plan.unknown-key", "unknown key \"" + key
            + "\" (expected one of: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
      } else if (values.put(key, tuple.getValueNode()) != null) {
        diagnostics.error(at(tuple.getKeyNode()), "plan.duplicate-key", "key " + key + " is given twice");
      }
    }
    return values;
  }

  /**
   * The map's title ({@code node} its value), if any: one that fits the cover and the running
   * header (reported if not).
   */
  private String title(MappingNode map, Node node) {
    String title = scalar(map, "title", false);
    String problem = BriefingSpec.titleProblem(title);
    if (problem == null) {
      return title;
    }
    diagnostics.error(at(node), "plan.bad-value", "the title " + problem);
    return null;
  }

  private String scalar(MappingNode map, String key, boolean required) {
    for (NodeTuple tuple : map.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
        String text = YamlFile.text(tuple.getValueNode());
        if (text != null) {
          return text.strip();
        }
        diagnostics.error(at(tuple.getValueNode()), "plan.bad-value", key + " must be a single text");
        return null;
      }
    }
    if (required) {
      diagnostics.error(at(map), "plan.missing-key", "missing key " + key);
    }
    return null;
  }

  /** The date given as {@code node}, or null when it is absent or bad (reported). */
  private LocalDate date(Node node, String key) {
    if (node == null) {
      return null;
    }
    String text = node instanceof ScalarNode s ? s.getValue().strip() : "";
    try {
      return LocalDate.parse(text, IsoDate.FORMAT);
    } catch (DateTimeParseException e) {
      diagnostics.error(at(node), "plan.bad-value",
          "bad date in " + key + " (" + IsoDate.whyNot(text) + ")");
      return null;
    }
  }

  private List<String> list(Node node) {
    if (YamlFile.text(node) != null) {
      return List.of(YamlFile.text(node).strip());
    }
    if (node instanceof SequenceNode seq && !seq.getValue().isEmpty()) {
      List<String> values = new ArrayList<>();
      for (Node item : seq.getValue()) {
        if (YamlFile.text(item) != null) {
          values.add(YamlFile.text(item).strip());
        } else {
          diagnostics.error(at(item), "plan.bad-value", "expected a single text in this list");
        }
      }
      return values;
    }
    diagnostics.error(at(node), "plan.bad-value", "expected a text, a non-empty list or " + EACH);
    return List.of();
  }

  private static boolean isEach(Node node) {
    return node instanceof ScalarNode s && s.getValue().strip().equals(EACH);
  }

  private Location at(Node node) {
    Mark mark = node.getStartMark();
    return new Location(file, mark.getLine() + 1, mark.getColumn() + 1);
  }
}

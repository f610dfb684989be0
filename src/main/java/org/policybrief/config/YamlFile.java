package org.policybrief.config;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.policybrief.data.TextPositions;
import org.policybrief.data.Utf8Text;
import org.policybrief.diag.Diagnostic;
import org.policybrief.diag.DiagnosticException;
import org.policybrief.diag.Diagnostics;
import org.policybrief.diag.Location;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Reads a small YAML file (a config or a plan) into SnakeYAML's node tree. Whatever keeps the file
 * from being read (too large, not UTF-8, not YAML, aliases that expand without end) is thrown as
 * located diagnostics, their codes under {@code kind} ({@code config.syntax}, {@code plan.too-large}, …).
 */
public final class YamlFile {

  /** Far above any config or plan, and below SnakeYAML's own limit (3 MiB code points). */
  static final long MAX_BYTES = 1_000_000;

  /** SnakeYAML's defaults, never changed: at most 50 aliases of collections, 50 levels deep. */
  private static final LoaderOptions OPTIONS = new LoaderOptions();

  private YamlFile() {}

  /**
   * The node's text, or null when it is not a single non-blank text. A YAML null ({@code ~},
   * {@code null}, nothing) is not text: SnakeYAML's node keeps "~" or "null" as its value.
   */
  public static String text(Node node) {
    return node instanceof ScalarNode s && !Tag.NULL.equals(s.getTag()) && !s.getValue().isBlank()
        ? s.getValue() : null;
  }

  /** The file's root node, null when it holds no document. */
  public static Node compose(Path file, String kind) throws IOException {
    String name = file.toString();
    long size = Files.size(file);
    if (size > MAX_BYTES) {
      throw error(new Location(name, 1, 1), kind + ".too-large", String.format(Locale.ROOT,
          "the file is %.1f MB; a %s file is at most 1 MB (is it the file you meant?)", size / 1e6, kind));
    }
    Diagnostics decoding = new Diagnostics();
    Optional<String> decoded = Utf8Text.decode(name, Files.readAllBytes(file), kind, decoding);
    if (decoding.hasErrors()) {
      throw new DiagnosticException(decoding.sorted());
    }
    String text = decoded.orElseThrow();
    try {
      return new Yaml(OPTIONS).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      throw error(mark == null ? Location.wholeFile(name)
          : new Location(name, mark.getLine() + 1, mark.getColumn() + 1), kind + ".syntax",
          "not valid YAML: " + e.getProblem() + opening(e));
    } catch (ReaderException e) {
      int offset = text.offsetByCodePoints(0, Math.min(e.getPosition(), text.codePointCount(0, text.length())));
      throw error(new TextPositions(name, text).at(offset), kind + ".syntax", String.format(Locale.ROOT,
          "not valid YAML: control character U+%04X is not allowed; delete it", e.getCodePoint()));
    } catch (YAMLException e) {
      // SnakeYAML's limits give no place and no type of their own, only a message
      String message = String.valueOf(e.getMessage());
      if (message.startsWith("Number of aliases")) {
        throw error(new Location(name, 1, 1), kind + ".too-many-aliases", "more than "
            + OPTIONS.getMaxAliasesForCollections() + " aliases (*name) repeat a list or"
            + " mapping, which can grow into billions of values; write the values out instead");
      }
      if (message.startsWith("Nesting Depth")) {
        throw error(new Location(name, 1, 1), kind + ".too-deep", "lists and mappings are nested more than "
            + OPTIONS.getNestingDepthLimit() + " deep; a " + kind + " file needs only a few levels");
      }
      throw e;
    }
  }

  private static DiagnosticException error(Location at, String code, String message) {
    return new DiagnosticException(Diagnostic.error(at, code, message));
  }
  /**
   * Where the quote or bracket the problem is about was opened, when that is elsewhere: an
   * unclosed one is found only at the end of the file.
   */
  private static String opening(MarkedYAMLException e) {
    Mark context = e.getContextMark();
    Mark problem = e.getProblemMark();
    if (context == null || e.getContext() == null || problem == null
        || context.getLine() == problem.getLine()) {
      return "";
    }
    return String.format(Locale.ROOT, " (%s that began at line %d, column %d)", e.getContext(),
        context.getLine() + 1, context.getColumn() + 1);
  }
}

package org.policybrief.render.pdf;

import com.openhtmltopdf.css.extend.StylesheetFactory;
import com.openhtmltopdf.css.sheet.StylesheetInfo;
import com.openhtmltopdf.simple.extend.XhtmlNamespaceHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/**
 * openhtmltopdf's XHTML handling for one document, its user-agent stylesheet cut down to the
 * rules whose element names all occur in the document. openhtmltopdf tries every element against
 * every selector of every stylesheet, and 160 of a briefing's 270 selectors were the user agent's,
 * most of them for elements a briefing never has (form controls, frames, definition lists): a
 * 20,000-measure briefing carried ~1 GB of selector lists through its layout for them. A rule
 * dropped could not have matched, so the PDF is the same.
 */
final class DocumentXhtmlHandler extends XhtmlNamespaceHandler {

  /** A rule of the user-agent stylesheet: its selectors, each with the element names it needs. */
  private record Rule(List<String> selectors, List<Set<String>> names, String body) {}

  private static final String USER_AGENT_CSS = "/resources/css/XhtmlNamespaceHandler.css";
  /** The element names a compound selector starts with: "table" and "caption" in "table > caption[x]". */
  private static final Pattern TYPE = Pattern.compile("(?:^|[\\s>+~])([A-Za-z][\\w-]*)");
  private static final List<Rule> RULES = rules(read(USER_AGENT_CSS));
  /** Parsed stylesheets by the element names they were cut for; a few per template. */
  private static final Map<Set<String>, StylesheetInfo> PARSED = new ConcurrentHashMap<>();
  private static final int MAX_PARSED = 64;

  private final Set<String> elements;

  DocumentXhtmlHandler(Document document) {
    this.elements = elementNames(document);
  }

  /**
   * Shared between documents with the same element names, as openhtmltopdf shares its own: every
   * matcher numbers the rules of the user-agent sheet, its first, the same way.
   */
  @Override
  public StylesheetInfo getDefaultStylesheet(StylesheetFactory factory) {
    StylesheetInfo cached = PARSED.get(elements);
    if (cached != null) {
      return cached;
    }
    StylesheetInfo info = new StylesheetInfo();
    info.setUri("classpath:" + USER_AGENT_CSS);
    info.setOrigin(StylesheetInfo.USER_AGENT);
    info.setMedia("all");
    info.setType("text/css");
    info.setStylesheet(factory.parse(new StringReader(css(elements)), info));
    if (PARSED.size() >= MAX_PARSED) {
      PARSED.clear();
    }
    StylesheetInfo raced = PARSED.putIfAbsent(elements, info);
    return raced != null ? raced : info;
  }

  /** The user-agent rules, each with only its selectors whose element names are all in {@code elements}. */
  static String css(Set<String> elements) {
    StringBuilder css = new StringBuilder();
    for (Rule rule : RULES) {
      List<String> kept = new ArrayList<>();
      for (int i = 0; i < rule.selectors().size(); i++) {
        if (elements.containsAll(rule.names().get(i))) {
          kept.add(rule.selectors().get(i));
        }
      }
      if (!kept.isEmpty()) {
        css.append(String.join(", ", kept)).append(" {").append(rule.body()).append("}\n");
      }
    }
    return css.toString();
  }

  private static Set<String> elementNames(Document document) {
    Set<String> names = new HashSet<>();
    List<Node> pending = new ArrayList<>(List.of(document));
    while (!pending.isEmpty()) {
      Node node = pending.remove(pending.size() - 1);
      if (node.getNodeType() == Node.ELEMENT_NODE) {
        names.add(node.getLocalName() != null ? node.getLocalName() : node.getNodeName());
      }
      for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
        pending.add(child);
      }
    }
    return Set.copyOf(names);
  }

  /**
   * The rules of a stylesheet without comments or strings holding braces, as openhtmltopdf's is;
   * an at-rule (@page) is one selector that needs no element.
   */
  private static List<Rule> rules(String css) {
    List<Rule> rules = new ArrayList<>();
    String text = css.replaceAll("(?s)/\\*.*?\\*/", "");
    int at = 0;
    while (true) {
      int open = text.indexOf('{', at);
      if (open < 0) {
        return rules;
      }
      int close = open;
      for (int depth = 0; ; close++) {
        char c = text.charAt(close);
        depth += c == '{' ? 1 : c == '}' ? -1 : 0;
        if (depth == 0) {
          break;
        }
      }
      String prelude = text.substring(at, open).strip();
      List<String> selectors = prelude.startsWith("@") ? List.of(prelude)
          : List.of(prelude.split("\\s*,\\s*"));
      List<Set<String>> names = selectors.stream().map(s -> s.startsWith("@") ? Set.<String>of() : typeNames(s)).toList();
      rules.add(new Rule(selectors, names, text.substring(open + 1, close)));
      at = close + 1;
    }
  }

  private static Set<String> typeNames(String selector) {
    Set<String> names = new HashSet<>();
    Matcher type = TYPE.matcher(selector.replaceAll("\\[[^\\]]*\\]", " ").strip());
    while (type.find()) {
      names.add(type.group(1));
    }
    return names;
  }

  private static String read(String resource) {
    try (InputStream in = XhtmlNamespaceHandler.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("openhtmltopdf's stylesheet is missing: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package org.policybrief.render.pdf;

import com.openhtmltopdf.css.extend.StylesheetFactory;
import com.openhtmltopdf.css.newmatch.Selector;
import com.openhtmltopdf.css.sheet.MediaRule;
import com.openhtmltopdf.css.sheet.Ruleset;
import com.openhtmltopdf.css.sheet.Stylesheet;
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
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * openhtmltopdf's XHTML handling for one document, with its stylesheets cut down to the selectors
 * that can match there: each element and class a selector names occurs in the document.
 * openhtmltopdf tries every element against every selector, and of a briefing's 270 most were the
 * user agent's, for elements it never has (form controls, frames), or the cover's and contents'
 * while a part of country tables was laid out: a 20,000-measure briefing carried ~1 GB of
 * selector lists through its layout. A selector dropped could not have matched: the PDF is the
 * same.
 */
final class DocumentXhtmlHandler extends XhtmlNamespaceHandler {

  private static final String USER_AGENT_URI = "/resources/css/XhtmlNamespaceHandler.css";
  private static final String USER_AGENT_CSS = read(USER_AGENT_URI);
  /** Quoted values, then attribute conditions and arguments: they name no element or class. */
  private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");
  private static final Pattern CONDITIONS = Pattern.compile("\\[[^\\]]*\\]|\\([^)]*\\)");
  private static final Pattern NOT_UNDERSTOOD = Pattern.compile("[\"\\[\\]()]");
  private static final Pattern ELEMENT = Pattern.compile("(?:^|[\\s>+~])([A-Za-z][\\w-]*)");
  private static final Pattern CLASS = Pattern.compile("\\.([^\\s.#:\\[>+~]+)");
  /**
   * Names a selector printed by openhtmltopdf shows whole; with another name in the document (a
   * class "md:flex", escaped in CSS) a printed selector could be misread, and nothing is cut.
   */
  private static final Pattern PLAIN_ELEMENT = Pattern.compile("[A-Za-z][\\w-]*");
  private static final Pattern PLAIN_CLASS = Pattern.compile("[^\\s.#:\\[\\]>+~()\"\\\\]+");

  private final Set<String> elements = new HashSet<>();
  private final Set<String> classes = new HashSet<>();
  private final boolean plainNames;
  /** The factory openhtmltopdf parses with, given when it first asks for the user-agent sheet. */
  private StylesheetFactory factory;

  DocumentXhtmlHandler(Document document) {
    List<Node> pending = new ArrayList<>(List.of(document));
    while (!pending.isEmpty()) {
      Node node = pending.remove(pending.size() - 1);
      if (node instanceof Element element) {
        elements.add(element.getLocalName() != null ? element.getLocalName() : element.getNodeName());
        addClasses(element.getAttribute("class"));
      }
      for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
        pending.add(child);
      }
    }
    plainNames = elements.stream().allMatch(name -> PLAIN_ELEMENT.matcher(name).matches())
        && classes.stream().allMatch(name -> PLAIN_CLASS.matcher(name).matches());
  }

  /** The names of a class attribute, separated by whitespace as openhtmltopdf reads them. */
  private void addClasses(String attribute) {
    int start = 0;
    for (int i = 0; i <= attribute.length(); i++) {
      if (i == attribute.length() || Character.isWhitespace(attribute.charAt(i))) {
        if (i > start) {
          classes.add(attribute.substring(start, i));
        }
        start = i + 1;
      }
    }
  }

  /** openhtmltopdf's own user-agent stylesheet, parsed for this document and cut. */
  @Override
  public StylesheetInfo getDefaultStylesheet(StylesheetFactory factory) {
    this.factory = factory;
    StylesheetInfo info = new StylesheetInfo();
    info.setUri("classpath:" + USER_AGENT_URI);
    info.setOrigin(StylesheetInfo.USER_AGENT);
    info.setMedia("all");
    info.setType("text/css");
    info.setStylesheet(cut(factory.parse(new StringReader(USER_AGENT_CSS), info)));
    return info;
  }

  /** A {@code <style>} element's stylesheet, parsed here (not again by openhtmltopdf) and cut. */
  @Override
  protected StylesheetInfo readStyleElement(Element style) {
    StylesheetInfo info = super.readStyleElement(style);
    if (info == null || factory == null) {
      return info;
    }
    info.setUri("about:style");
    info.setStylesheet(cut(factory.parse(new StringReader(info.getContent()), info)));
    info.setContent(null);
    return info;
  }

  private Stylesheet cut(Stylesheet sheet) {
    for (Object content : sheet.getContents()) {
      if (content instanceof Ruleset rules) {
        rules.getFSSelectors().removeIf(selector -> !canMatch(selector));
      } else if (content instanceof MediaRule media) {
        media.getContents().forEach(rules -> rules.getFSSelectors().removeIf(selector -> !canMatch(selector)));
      }
    }
    return sheet;
  }

  /**
   * Whether each element and class the selector's chain names occurs in the document; true
   * also when the selector or the document's names are beyond this reading of them.
   */
  boolean canMatch(Selector selector) {
    if (!plainNames) {
      return true;
    }
    StringBuilder css = new StringBuilder();
    selector.toCSS(css, Set.of());
    String names = CONDITIONS.matcher(QUOTED.matcher(css).replaceAll(" ")).replaceAll(" ");
    return NOT_UNDERSTOOD.matcher(names).find()
        || all(ELEMENT.matcher(names.strip()), elements) && all(CLASS.matcher(names), classes);
  }

  private static boolean all(Matcher found, Set<String> present) {
    while (found.find()) {
      if (!present.contains(found.group(1))) {
        return false;
      }
    }
    return true;
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

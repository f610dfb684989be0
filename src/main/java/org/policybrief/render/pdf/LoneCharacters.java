package org.policybrief.render.pdf;

import com.openhtmltopdf.layout.Layer;
import com.openhtmltopdf.newtable.TableCellBox;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.render.BlockBox;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.InlineLayoutBox;
import com.openhtmltopdf.render.InlineText;
import com.openhtmltopdf.render.LineBox;
import com.openhtmltopdf.render.PageBox;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * Paragraphs, list items and text blocks whose last line holds one Han character alone, with at most
 * punctuation after it (…按 12 个政策类别归 / 类。): the design guide asks for a warning [C-orphan].
 * Found in the laid-out boxes, since only the layout knows where lines end. Table cells, narrow
 * by design, are left out.
 */
public final class LoneCharacters {

  /** One such paragraph: its page (1-based) and its last characters, "/" where the line breaks. */
  public record Lone(int page, String ending) {}

  private static final int ENDING = 12;

  private LoneCharacters() {}

  /** The paragraphs of a laid-out document whose first page is numbered {@code firstPage}. */
  static List<Lone> in(PdfBoxRenderer renderer, int firstPage) {
    List<Lone> found = new ArrayList<>();
    Layer layer = renderer.getRootBox().getLayer();
    visit(renderer.getRootBox(), layer, firstPage, false, found);
    return found;
  }

  private static void visit(Box box, Layer layer, int firstPage, boolean inCell, List<Lone> found) {
    boolean cell = inCell || box instanceof TableCellBox;
    List<LineBox> lines = new ArrayList<>();
    for (int i = 0; i < box.getChildCount(); i++) {
      Box child = box.getChild(i);
      if (child instanceof LineBox line) {
        lines.add(line);
      } else {
        visit(child, layer, firstPage, cell, found);
      }
    }
    if (lines.size() < 2 || cell || !(box instanceof BlockBox) || !isParagraph(box)) {
      return;
    }
    String last = text(lines.get(lines.size() - 1));
    if (isLone(last)) {
      String before = text(lines.get(lines.size() - 2));
      String ending = before.substring(Math.max(0, before.length() - ENDING)) + " / " + last.strip();
      found.add(new Lone(firstPage + pageIndex(layer, lines.get(lines.size() - 1)), ending));
    }
  }

  /** Running text: a paragraph, a list item or a text block (a title, a note), not a heading. */
  private static boolean isParagraph(Box box) {
    Element element = box.getElement();
    String name = element == null ? "" : element.getLocalName() != null ? element.getLocalName()
        : element.getNodeName();
    return name.equals("p") || name.equals("li") || name.equals("div");
  }

  /** One Han character, then nothing but punctuation and spaces. */
  static boolean isLone(String line) {
    String text = line.strip();
    if (text.isEmpty() || Character.UnicodeScript.of(text.codePointAt(0)) != Character.UnicodeScript.HAN) {
      return false;
    }
    return text.codePoints().skip(1).allMatch(cp -> !Character.isLetterOrDigit(cp));
  }

  private static int pageIndex(Layer layer, LineBox line) {
    List<PageBox> pages = layer.getPages();
    for (int i = 0; i < pages.size(); i++) {
      if (line.getAbsY() < pages.get(i).getBottom()) {
        return i;
      }
    }
    return pages.size() - 1;
  }

  private static String text(Box box) {
    StringBuilder out = new StringBuilder();
    append(box, out);
    return out.toString();
  }

  private static void append(Box box, StringBuilder out) {
    if (box instanceof InlineLayoutBox inline) {
      for (Object child : inline.getInlineChildren()) {
        if (child instanceof InlineText text) {
          out.append(text.getSubstring());
        } else if (child instanceof Box nested) {
          append(nested, out);
        }
      }
      return;
    }
    for (int i = 0; i < box.getChildCount(); i++) {
      append(box.getChild(i), out);
    }
  }
}

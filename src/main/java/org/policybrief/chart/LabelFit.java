package org.policybrief.chart;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Axis labels measured in the chart's own font, as the chart drawer lays them out, and shortened
 * only when a name does not fit the room its label has: at word boundaries in Latin text, never
 * leaving a bracket or quote without its partner, and only when that saves at least two
 * characters (a cut that saves one is harder to read than the overflow it avoids). Legend
 * entries are fitted the same way but strictly ({@link #fitStrictly}): they have no neighbour to
 * run into, only the edge of the page.
 */
final class LabelFit {

  /** Room between two level labels, in chart units (about 1.6 mm). */
  static final double GAP = 6;
  /** Upright labels and heat-map row labels may run about 27 mm before they are shortened. */
  static final double ROTATED_ROOM = 100;
  static final String ELLIPSIS = "…";
  /** Upright and row labels may run this much past their room to tell alike names apart. */
  private static final double SOFT_OVERRUN = 1.5;
  /** Fractional metrics, as the chart drawer paints: widths then match the PDF's. */
  private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
  /** Not ‘ ’: in English ’ is mostly an apostrophe. */
  private static final String OPENERS = "（([［【〔「『“《〈{";
  private static final String CLOSERS = "）)]］】〕」』”》〉}";
  /** "Finance &" + "…" reads as a dangling word: a cut falls before trailing signs, after leading ones. */
  private static final String HEAD_END = "[\\s\\p{Punct}&&[^)\\]]]+$";
  private static final String TAIL_START = "^[\\s\\p{Punct}&&[^(\\[]]+";

  /** Labels along a category axis, level when every name fits its slot, upright otherwise. */
  record Axis(List<String> labels, int rotation) {}

  private LabelFit() {}

  /** The advance of {@code text} in {@code font}, in chart units. */
  static double width(String text, Font font) {
    return text.isEmpty() ? 0 : font.getStringBounds(text, CONTEXT).getWidth();
  }

  /** Text widths in {@code font}. */
  static ToDoubleFunction<String> in(Font font) {
    return text -> width(text, font);
  }

  /**
   * Text widths as the chart drawer sets the text: each run of characters {@code font} lacks in
   * the font {@code fallbacks} gives for them (Arabic in a Chinese edition), the rest in {@code font}.
   */
  static ToDoubleFunction<String> in(Font font, ChartInput.Fallbacks fallbacks) {
    return text -> {
      if (font.canDisplayUpTo(text) == -1) {
        return width(text, font);
      }
      double width = 0;
      int start = 0;
      while (start < text.length()) {
        Font run = drawnIn(text.codePointAt(start), font, fallbacks);
        int end = start;
        while (end < text.length() && drawnIn(text.codePointAt(end), font, fallbacks).equals(run)) {
          end += Character.charCount(text.codePointAt(end));
        }
        width += width(text.substring(start, end), run);
        start = end;
      }
      return width;
    };
  }

  private static Font drawnIn(int codePoint, Font font, ChartInput.Fallbacks fallbacks) {
    if (font.canDisplay(codePoint)) {
      return font;
    }
    Font fallback = fallbacks.fontFor(codePoint, font);
    return fallback == null ? font : fallback;
  }

  /** {@code names} side by side on an axis of {@code axisUnits}, each centred in its slot. */
  static Axis along(List<String> names, double axisUnits, Font font) {
    return along(names, axisUnits, in(font), in(font));
  }

  /**
   * As {@link #along(List, double, Font)}: {@code drawn} gives a label's width as drawn, which
   * decides whether it is level; {@code laidOut} its width as XChart lays it out, which upright
   * labels must fit (XChart reserves that much room below the plot).
   */
  static Axis along(List<String> names, double axisUnits, ToDoubleFunction<String> drawn,
      ToDoubleFunction<String> laidOut) {
    double slot = axisUnits / Math.max(1, names.size()) - GAP;
    boolean level = names.stream().allMatch(n -> drawn.applyAsDouble(n) <= slot);
    return level ? new Axis(List.copyOf(names), 0) : new Axis(fit(names, ROTATED_ROOM, laidOut), 90);
  }

  /**
   * Each name whole when it fits {@code room}, else shortened. Names whose shortened beginnings
   * coincide keep the word where they differ, else their ends when those tell them apart, else
   * their first words and the part where they differ; only a label still shared is numbered.
   */
  static List<String> fit(List<String> names, double room, Font font) {
    return fit(names, room, in(font));
  }

  /** As {@link #fit(List, double, Font)}, with {@code measure} giving a label's width. */
  static List<String> fit(List<String> names, double room, ToDoubleFunction<String> measure) {
    return fit(names, room, measure, SOFT_OVERRUN, 2);
  }

  /**
   * As {@link #fit}, with {@code width} measuring, but no label is wider than {@code room}: alike
   * names are told apart within it, and a cut is made even when it saves a single character.
   */
  static List<String> fitStrictly(List<String> names, double room, ToDoubleFunction<String> width) {
    return fit(names, room, width, 1, 0);
  }

  /**
   * {@code overrun}: how far past {@code room} a label may run to tell alike names apart;
   * {@code minSaving}: the fewest characters a cut must save.
   */
  private static List<String> fit(List<String> names, double room, ToDoubleFunction<String> measure,
      double overrun, int minSaving) {
    List<String> first = names.stream().map(n -> shorten(n, room, measure, false, minSaving)).toList();
    List<String> labels = new ArrayList<>();
    Set<String> seen = new HashSet<>(names);
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      String label = first.get(i);
      if (!label.equals(name) && (seen.contains(label) || Collections.frequency(first, label) > 1)) {
        String shared = label;
        List<String> alike = new ArrayList<>();
        for (int j = 0; j < names.size(); j++) {
          if (j != i && first.get(j).equals(shared)) {
            alike.add(names.get(j));
          }
        }
        label = distinctHead(name, alike, room * overrun, measure);
        if (label == null) {
          label = distinctEnds(name, alike, room, measure, minSaving);
        }
        if (label == null) {
          label = distinctMiddle(name, alike, room, room * overrun, measure);
        }
        if (label == null) {
          label = shorten(name, room, measure, true, minSaving);
        }
      }
      for (int n = 2; !label.equals(name) && seen.contains(label); n++) {
        double numbered = room - measure.applyAsDouble(Integer.toString(n));
        String shorter = shorten(name, numbered, measure, true, minSaving);
        label = shorter.equals(name) ? name : shorter + n;
      }
      seen.add(label);
      labels.add(label);
    }
    return labels;
  }

  /**
   * The first words of {@code name} up to the one where it differs from every name in
   * {@code alike} ("Category number 4…" beside "Category number 5…"), when that fits
   * {@code room}; null otherwise, or for text without spaces.
   */
  private static String distinctHead(String name, List<String> alike, double room,
      ToDoubleFunction<String> measure) {
    String[] words = name.split(" ");
    int last = 0;
    for (String other : alike) {
      String[] theirs = other.split(" ");
      int k = 0;
      while (k < words.length && k < theirs.length && words[k].equals(theirs[k])) {
        k++;
      }
      last = Math.max(last, k);
    }
    if (words.length < 2 || last >= words.length - 1) {
      return null;
    }
    String label = join(words, 0, last + 1, true) + ELLIPSIS;
    return measure.applyAsDouble(label) <= room ? label : null;
  }

  /**
   * {@code name} shortened keeping its first and last words (or characters), when what it keeps
   * tells it apart from every name in {@code alike}: no other name starts and ends alike. Null
   * otherwise (a cut that happens to differ, "French R…elligence" beside "French…telligence",
   * tells nothing).
   */
  private static String distinctEnds(String name, List<String> alike, double room,
      ToDoubleFunction<String> measure, int minSaving) {
    String label = shorten(name, room, measure, true, minSaving);
    int cut = label.indexOf(ELLIPSIS);
    if (cut < 0) {
      return label;
    }
    String head = label.substring(0, cut);
    String tail = label.substring(cut + ELLIPSIS.length());
    return alike.stream().anyMatch(other -> other.startsWith(head) && other.endsWith(tail)) ? null : label;
  }

  /**
   * For names alike at both ends: the first words (or characters) of {@code name}, "…", then the
   * ones from where it first differs from the names in {@code alike} ("French…Office on…" beside
   * "French…Committee on…"): as much of where it differs as fits {@code room}, then as much of
   * its beginning, else the first word and the first
   * that differs when they fit {@code limit}; null when nothing fits or nothing differs.
   */
  private static String distinctMiddle(String name, List<String> alike, double room, double limit,
      ToDoubleFunction<String> measure) {
    boolean words = name.contains(" ");
    String[] tokens = tokens(name, words);
    int differs = 0;
    for (String other : alike) {
      String[] theirs = tokens(other, words);
      int k = 0;
      while (k < tokens.length && k < theirs.length && tokens[k].equals(theirs[k])) {
        k++;
      }
      differs = Math.max(differs, k);
    }
    String shortest = null;
    String best = null;
    int bestMiddle = 0;
    for (int h = 1; h < differs; h++) {
      for (int m = 1; differs + m <= tokens.length; m++) {
        String head = balanced(concat(tokens, 0, h, words), true).replaceAll(HEAD_END, "");
        String middle = balanced(balanced(concat(tokens, differs, differs + m, words), true), false)
            .replaceAll(HEAD_END, "").replaceAll(TAIL_START, "");
        if (head.isEmpty() || middle.isEmpty()) {
          continue;
        }
        String label = head + ELLIPSIS + middle + (differs + m < tokens.length ? ELLIPSIS : "");
        double width = measure.applyAsDouble(label);
        shortest = shortest == null && width <= limit ? label : shortest;
        if (width > room) {
          break;
        }
        // the most of where it differs, then the most of its beginning
        if (m > bestMiddle || m == bestMiddle) {
          best = label;
          bestMiddle = m;
        }
      }
    }
    return best != null ? best : shortest;
  }

  private static String[] tokens(String name, boolean words) {
    return words ? name.split(" ") : name.codePoints().mapToObj(Character::toString).toArray(String[]::new);
  }

  private static String concat(String[] tokens, int from, int to, boolean words) {
    return String.join(words ? " " : "", java.util.Arrays.asList(tokens).subList(from, to));
  }

  /**
   * {@code name} within {@code room}: Latin text keeps its first words (or, when {@code keepEnd},
   * its first and last words, since names of one taxonomy often share their beginning); other
   * text is cut in the middle, character by character.
   */
  static String shorten(String name, double room, Font font, boolean keepEnd) {
    return shorten(name, room, in(font), keepEnd, 2);
  }

  private static String shorten(String name, double room, ToDoubleFunction<String> measure, boolean keepEnd,
      int minSaving) {
    if (measure.applyAsDouble(name) <= room) {
      return name;
    }
    String label = name.contains(" ") ? byWords(name, room, measure, keepEnd) : null;
    if (label == null) {
      label = byCharacters(name, room, measure);
    }
    return name.codePointCount(0, name.length()) - label.codePointCount(0, label.length()) < minSaving ? name : label;
  }

  private static String byWords(String name, double room, ToDoubleFunction<String> measure, boolean keepEnd) {
    String[] words = name.split(" ");
    String best = null;
    int kept = 0;
    for (int h = 1; h < words.length; h++) {
      for (int t = keepEnd ? 1 : 0; t == 0 || h + t < words.length; t++) {
        String label = join(words, 0, h, true) + ELLIPSIS + join(words, words.length - t, words.length, false);
        int length = label.length();
        if (length > kept && measure.applyAsDouble(label) <= room && !label.startsWith(ELLIPSIS)) {
          best = label;
          kept = length;
        }
        if (t == 0) {
          break;
        }
      }
    }
    return best;
  }

  private static String join(String[] words, int from, int to, boolean head) {
    String part = balanced(String.join(" ", java.util.Arrays.asList(words).subList(from, to)), head);
    return head ? part.replaceAll(HEAD_END, "") : part.replaceAll(TAIL_START, "");
  }

  private static String byCharacters(String name, double room, ToDoubleFunction<String> measure) {
    int[] cps = name.codePoints().toArray();
    double left = room - measure.applyAsDouble(ELLIPSIS);
    StringBuilder head = new StringBuilder();
    int h = 0;
    while (h < cps.length && measure.applyAsDouble(head + Character.toString(cps[h])) <= left / 2) {
      head.appendCodePoint(cps[h++]);
    }
    String headText = balanced(head.toString(), true).stripTrailing();
    StringBuilder tail = new StringBuilder();
    for (int t = cps.length - 1; t >= h; t--) {
      String longer = Character.toString(cps[t]) + tail;
      if (measure.applyAsDouble(headText + longer) > left) {
        break;
      }
      tail.insert(0, Character.toChars(cps[t]));
    }
    return headText + ELLIPSIS + balanced(tail.toString(), false).stripLeading();
  }

  /**
   * The part of a cut label whose brackets and quotes are whole: a head loses an opening mark
   * whose partner was cut away (and what follows it), a tail a closing mark whose partner was.
   */
  static String balanced(String part, boolean head) {
    if (head) {
      List<Integer> open = new ArrayList<>();
      for (int i = 0; i < part.length(); i++) {
        char c = part.charAt(i);
        if (OPENERS.indexOf(c) >= 0 || (c == '"' && (open.isEmpty() || part.charAt(open.get(open.size() - 1)) != '"'))) {
          open.add(i);
        } else if ((CLOSERS.indexOf(c) >= 0 || c == '"') && !open.isEmpty()) {
          open.remove(open.size() - 1);
        }
      }
      return open.isEmpty() ? part : part.substring(0, open.get(0));
    }
    List<Integer> close = new ArrayList<>();
    for (int i = part.length() - 1; i >= 0; i--) {
      char c = part.charAt(i);
      if (CLOSERS.indexOf(c) >= 0 || (c == '"' && (close.isEmpty() || part.charAt(close.get(close.size() - 1)) != '"'))) {
        close.add(i);
      } else if ((OPENERS.indexOf(c) >= 0 || c == '"') && !close.isEmpty()) {
        close.remove(close.size() - 1);
      }
    }
    return close.isEmpty() ? part : part.substring(close.get(0) + 1);
  }

  /** The labels that differ from their names, for the note under the chart. */
  static List<Figure.Abbreviation> abbreviations(List<String> names, List<String> labels) {
    List<Figure.Abbreviation> shortened = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      if (!names.get(i).equals(labels.get(i))) {
        shortened.add(new Figure.Abbreviation(labels.get(i), names.get(i)));
      }
    }
    return shortened;
  }
}

package org.policybrief.chart;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Axis labels measured as the chart drawer sets them, and shortened ({@link Shortening}) only when
 * a name does not fit the room its label has, and only when that saves at least two characters
 * (a cut that saves one is harder to read than the overflow it avoids). Legend
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
   * Left-to-right text the drawer writes a glyph per character, so it is measured so: emoji a font
   * joins into one (a family from 👨‍👩‍👧, with U+200D between) print as their parts, side by side.
   */
  static ToDoubleFunction<String> in(Font font, ChartInput.Fallbacks fallbacks) {
    return text -> {
      if (font.canDisplayUpTo(text) == -1) {
        return width(text, font);
      }
      boolean glyphByGlyph = writtenGlyphByGlyph(text);
      return fallbacks.runs(text, font).stream().mapToDouble(run -> {
        String part = text.substring(run.start(), run.end());
        return glyphByGlyph ? unjoinedWidth(part, run.font()) : width(part, run.font());
      }).sum();
    };
  }

  /**
   * Whether the chart drawer (pdfbox-graphics2d) writes {@code text} as text, a glyph per character:
   * unless a character reads right to left or is a direction control, when AWT lays it out (joining
   * Arabic letters) and the drawer fills that layout.
   */
  private static boolean writtenGlyphByGlyph(String text) {
    return text.codePoints().map(Character::getDirectionality).allMatch(d ->
        d >= Character.DIRECTIONALITY_LEFT_TO_RIGHT && d <= Character.DIRECTIONALITY_OTHER_NEUTRALS
            && d != Character.DIRECTIONALITY_RIGHT_TO_LEFT && d != Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC);
  }

  /** The advance of {@code text} with each character's own glyph, none joined with the next. */
  private static double unjoinedWidth(String text, Font font) {
    return text.isEmpty() ? 0 : font.createGlyphVector(CONTEXT, text).getLogicalBounds().getWidth();
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
   * coincide, or whose label could stand for another name of the list ("Korea…" beside "Korea,
   * Republic of"), keep the word where they differ, else their ends when those tell them apart, else
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
    List<String> first = names.stream().map(n -> Shortening.shorten(n, room, measure, false, minSaving)).toList();
    List<String> labels = new ArrayList<>();
    Set<String> seen = new HashSet<>(names);
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      String label = first.get(i);
      List<String> alike = label.equals(name) ? List.of() : alike(i, names, first);
      if (!label.equals(name) && (seen.contains(label) || !alike.isEmpty())) {
        label = Shortening.distinctHead(name, alike, room * overrun, measure);
        if (label == null) {
          label = Shortening.distinctEnds(name, alike, room, measure, minSaving);
        }
        if (label == null) {
          label = Shortening.distinctMiddle(name, alike, room, room * overrun, measure);
        }
        if (label == null) {
          label = Shortening.shorten(name, room, measure, true, minSaving);
        }
      }
      for (int n = 2; !label.equals(name) && seen.contains(label); n++) {
        double numbered = room - measure.applyAsDouble(Integer.toString(n));
        String shorter = Shortening.shorten(name, numbered, measure, true, minSaving);
        label = shorter.equals(name) ? name : shorter + n;
      }
      seen.add(label);
      labels.add(label);
    }
    return labels;
  }

  /** The other names that the first label of name {@code i} coincides with or could stand for. */
  private static List<String> alike(int i, List<String> names, List<String> first) {
    String label = first.get(i);
    List<String> alike = new ArrayList<>();
    for (int j = 0; j < names.size(); j++) {
      if (j != i && (first.get(j).equals(label) || Shortening.couldStandFor(label, names.get(j)))) {
        alike.add(names.get(j));
      }
    }
    return alike;
  }

  /**
   * {@code name} within {@code room}: Latin text keeps its first words (or, when {@code keepEnd},
   * its first and last words, since names of one taxonomy often share their beginning); other
   * text is cut in the middle, character by character.
   */
  static String shorten(String name, double room, Font font, boolean keepEnd) {
    return Shortening.shorten(name, room, in(font), keepEnd, 2);
  }

  /**
   * {@code name} on two lines of at most {@code room} each, broken where a line may break (between
   * words, or between Han characters but not before closing punctuation) and where the lines come
   * out most even ("Capacity building &" over "the Global South", not "…the Global" over "South"),
   * the second line starting with a letter, a digit or an opening mark, not a sign ("& the…");
   * empty when the name needs more than two lines.
   */
  static List<String> twoLines(String name, double room, ToDoubleFunction<String> measure) {
    BreakIterator breaks = BreakIterator.getLineInstance(ULocale.ROOT);
    breaks.setText(name);
    List<String> best = List.of();
    double widest = room;
    for (int end = breaks.next(); end != BreakIterator.DONE && end < name.length(); end = breaks.next()) {
      String first = name.substring(0, end).strip();
      String second = name.substring(end).strip();
      double wider = Math.max(measure.applyAsDouble(first), measure.applyAsDouble(second));
      if (wider <= widest && startsALine(second)) {
        best = List.of(first, second);
        widest = wider;
      }
    }
    return best;
  }

  private static boolean startsALine(String line) {
    int first = line.codePointAt(0);
    int type = Character.getType(first);
    return Character.isLetterOrDigit(first) || type == Character.START_PUNCTUATION
        || type == Character.INITIAL_QUOTE_PUNCTUATION;
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

package org.policybrief.render;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DDrawControlDefault;
import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.policybrief.chart.ChartInput;
import org.policybrief.chart.ChartTexts;

/**
 * Turns XChart's text back into text. XChart never calls {@code drawString}: it fills each
 * label's glyph outline ({@code TextLayout.getOutline}), which would put shapes, not letters,
 * into the PDF. This draw control recognises a filled shape as the exact outline of one of the
 * chart's strings and writes that string with {@code drawString} instead, in the same font,
 * colour and position; openhtmltopdf then sets it in the embedded body font.
 */
final class OutlineText extends PdfBoxGraphics2DDrawControlDefault {

  /** XChart lays out heat-map values in this context rather than the graphics' own. */
  private static final FontRenderContext HEAT_MAP_VALUES = new FontRenderContext(null, true, false);

  /** A registered string as one layout draws it; XChart fills an upright label in a turned one. */
  private record Candidate(String text, Layout layout, AffineTransform rotation, double[] path) {
    Font font() {
      return layout.font();
    }
  }

  /**
   * A string's outline in one layout: the same in every document, so computed once a process.
   * The keys' equals and hashCode are written out: a record's own are linked when first called,
   * which made eleven classes at every start.
   */
  private record OutlineKey(String text, Layout layout) {
    @Override
    public boolean equals(Object other) {
      return other instanceof OutlineKey key && text.equals(key.text) && layout.equals(key.layout);
    }

    @Override
    public int hashCode() {
      return 31 * text.hashCode() + layout.hashCode();
    }
  }

  private record Outline(Rectangle2D bounds, double[] path) {}

  /** Bounded: a weekly run sees the same labels in every briefing; a new dataset, new ones. */
  private static final int CACHE_LIMIT = 50_000;
  private static final Map<OutlineKey, Outline> OUTLINES = new ConcurrentHashMap<>();

  /** One way XChart may lay a string out; outlines are computed one layout at a time, on need. */
  private record Layout(Font font, FontRenderContext context, double rotation) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Layout layout && font.equals(layout.font) && context.equals(layout.context)
          && Double.compare(rotation, layout.rotation) == 0;
    }

    @Override
    public int hashCode() {
      return (31 * font.hashCode() + context.hashCode()) * 31 + Double.hashCode(rotation);
    }
  }

  private final ChartTexts texts;
  private final ChartInput.Fallbacks fallbacks;
  private final Map<Rectangle2D, List<Candidate>> byBounds = new HashMap<>();
  private final Map<Layout, Double> deepestDescent = new HashMap<>();
  private final Map<Layout, Double> uprightLift = new HashMap<>();
  private List<Layout> layouts;
  /** Per layout, how many of the chart's strings are indexed (tick labels come while painting). */
  private int[] indexed;
  private boolean drawing;

  OutlineText(ChartTexts texts, ChartInput.Fallbacks fallbacks) {
    this.texts = texts;
    this.fallbacks = fallbacks;
  }

  @Override
  public Shape transformShapeBeforeFill(Shape shape, IDrawControlEnv env) {
    // Glyph outlines are Path2D.Float; bars, cells and markers are other shapes.
    if (drawing || !(shape instanceof Path2D.Float)) {
      return shape;
    }
    PdfBoxGraphics2D g = env.getGraphics();
    if (layouts == null) {
      layouts = new ArrayList<>();
      for (double rotation : texts.rotations()) {
        for (Font font : texts.fonts()) {
          layouts.add(new Layout(font, g.getFontRenderContext(), rotation));
          layouts.add(new Layout(font, HEAT_MAP_VALUES, rotation));
        }
      }
      indexed = new int[layouts.size()];
    }
    Rectangle2D bounds = shape.getBounds2D();
    double[] path = null;
    for (int layout = 0; layout < layouts.size(); layout++) {
      index(layout);
      List<Candidate> candidates = byBounds.get(bounds);
      if (candidates == null) {
        continue;
      }
      path = path == null ? path(shape) : path;
      for (Candidate c : candidates) {
        if (Arrays.equals(c.path(), path)) {
          draw(g, c, baselineShift(c, bounds, layouts.get(layout)));
          return null;
        }
      }
    }
    return shape;
  }

  /**
   * How far to move a level axis label so that it sits on its axis's baseline. XChart puts the
   * bottom of each label's ink on one line, which lifts a label with a descender ("Transport")
   * above one without ("Health"); the common baseline is that of the deepest descender, so no
   * ink moves below where XChart drew it.
   */
  private double baselineShift(Candidate c, Rectangle2D bounds, Layout layout) {
    if (layout.rotation() != 0 || !texts.onBaseline().contains(c.text())) {
      return 0;
    }
    double deepest = deepestDescent.computeIfAbsent(layout, l -> texts.onBaseline().stream()
        .filter(s -> !s.isBlank())
        .mapToDouble(s -> outline(s, l, new AffineTransform()).bounds().getMaxY())
        .max().orElse(0));
    return bounds.getMaxY() - deepest;
  }

  private void draw(PdfBoxGraphics2D g, Candidate c, double shift) {
    AffineTransform saved = g.getTransform();
    Font savedFont = g.getFont();
    drawing = true;
    try {
      g.translate(0, shift);
      g.transform(c.rotation());
      double lift = lift(c);
      if (lift != 0) {
        g.translate(lift, 0);
      }
      g.setFont(c.font());
      if (c.font().canDisplayUpTo(c.text()) == -1) {
        g.drawString(c.text(), 0f, 0f);
      } else {
        AttributedString label = withFallbacks(c.text(), c.font());
        g.translate(alongLine(c, label), 0);
        g.drawString(label.getIterator(), 0f, 0f);
      }
    } finally {
      drawing = false;
      g.setFont(savedFont);
      g.setTransform(saved);
    }
  }

  /**
   * A label with characters its font lacks (emoji, Arabic, CJK Extension B), which XChart laid out
   * with missing-glyph boxes: each run in the first font that has its characters, as one
   * attributed string. pdfbox-graphics2d writes it as text when every run maps to an embedded
   * font and reads left to right; right-to-left text it leaves to AWT's layout (bidi, Arabic
   * joining), which it draws as glyph outlines.
   */
  private AttributedString withFallbacks(String text, Font font) {
    AttributedString label = new AttributedString(text);
    for (ChartInput.Fallbacks.Run run : fallbacks.runs(text, font)) {
      label.addAttribute(TextAttribute.FONT, run.font(), run.start(), run.end());
    }
    return label;
  }

  /**
   * How far along its line a label in fallback fonts moves from XChart's start point, so that it
   * sits as XChart aligned the boxes it laid out: an upright axis label ends at the axis, a level
   * one is centred in its slot, any other keeps its start. The real glyphs are wider or narrower
   * than the boxes (Han characters 1 em against Noto Sans's 0.6 em box), and an upright label
   * kept at its start ran into the plot, which hid its last characters (日本国 printed 日本).
   */
  private double alongLine(Candidate c, AttributedString label) {
    boolean upright = c.layout().rotation() != 0;
    if (!upright && !texts.onBaseline().contains(c.text())) {
      return 0;
    }
    double boxes = new TextLayout(c.text(), c.font(), c.layout().context()).getAdvance();
    double glyphs = new TextLayout(label.getIterator(), c.layout().context()).getAdvance();
    return upright ? boxes - glyphs : (boxes - glyphs) / 2;
  }

  /**
   * How far up its line an upright axis label moves from where XChart put it. XChart keeps room
   * below the plot for the longest label as it lays them out and ends each at the axis; a label
   * in fallback fonts, kept ending there ({@link #alongLine}), starts lower by as much as its
   * glyphs are wider than the boxes (emoji), and one that then ran below the chart lost its
   * first letters ("nnovation" for "Innovation 🚀"). All labels move up by the deepest such run,
   * into the room the chart's tick padding keeps for it (chart.ChartStyle.uprightShortfall).
   */
  private double lift(Candidate c) {
    if (c.layout().rotation() == 0 || !texts.upright().contains(c.text())) {
      return 0;
    }
    return uprightLift.computeIfAbsent(c.layout(), layout -> {
      AffineTransform rotation = AffineTransform.getRotateInstance(layout.rotation(), 0, 0);
      List<String> labels = texts.upright().stream().filter(s -> !s.isEmpty()).toList();
      int room = 0;
      for (String label : labels) {
        room = Math.max(room, outline(label, layout, rotation).bounds().getBounds().height);
      }
      double lift = 0;
      for (String label : labels) {
        if (layout.font().canDisplayUpTo(label) != -1) {
          double boxes = new TextLayout(label, layout.font(), layout.context()).getAdvance();
          AttributedString drawn = withFallbacks(label, layout.font());
          double glyphs = new TextLayout(drawn.getIterator(), layout.context()).getAdvance();
          int height = outline(label, layout, rotation).bounds().getBounds().height;
          lift = Math.max(lift, glyphs - boxes - (room - height));
        }
      }
      return lift;
    });
  }

  /** Adds the outlines of the strings registered since this layout was last indexed. */
  private void index(int layout) {
    List<String> strings = texts.strings();
    if (indexed[layout] == strings.size()) {
      return;
    }
    Layout l = layouts.get(layout);
    AffineTransform rotation = AffineTransform.getRotateInstance(l.rotation(), 0, 0);
    for (String s : strings.subList(indexed[layout], strings.size())) {
      if (!s.isEmpty()) {
        Outline outline = outline(s, l, rotation);
        byBounds.computeIfAbsent(outline.bounds(), k -> new ArrayList<>())
            .add(new Candidate(s, l, rotation, outline.path()));
      }
    }
    indexed[layout] = strings.size();
  }

  private static Outline outline(String text, Layout layout, AffineTransform rotation) {
    OutlineKey key = new OutlineKey(text, layout);
    Outline cached = OUTLINES.get(key);
    if (cached != null) {
      return cached;
    }
    Shape shape = new TextLayout(text, layout.font(), layout.context()).getOutline(rotation);
    Outline outline = new Outline(shape.getBounds2D(), path(shape));
    if (OUTLINES.size() >= CACHE_LIMIT) {
      OUTLINES.clear();
    }
    OUTLINES.put(key, outline);
    return outline;
  }

  /** The outline's segments as one array: each segment's type, then its coordinates. */
  private static double[] path(Shape shape) {
    double[] values = new double[64];
    int size = 0;
    double[] segment = new double[6];
    for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
      int type = it.currentSegment(segment);
      int points = switch (type) {
        case PathIterator.SEG_MOVETO, PathIterator.SEG_LINETO -> 2;
        case PathIterator.SEG_QUADTO -> 4;
        case PathIterator.SEG_CUBICTO -> 6;
        default -> 0;
      };
      if (size + 1 + points > values.length) {
        values = Arrays.copyOf(values, values.length * 2);
      }
      values[size++] = type;
      System.arraycopy(segment, 0, values, size, points);
      size += points;
    }
    return Arrays.copyOf(values, size);
  }
}

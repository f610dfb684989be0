package org.policybrief.render;

import de.rototor.pdfbox.graphics2d.IPdfBoxGraphics2DDrawControl;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DDrawControlDefault;
import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policybrief.chart.ChartTexts;

/**
 * Turns XChart's text back into text. XChart never calls {@code drawString}: it fills each
 * label's glyph outline ({@code TextLayout.getOutline}), which would put shapes, not letters,
 * into the PDF. This draw control recognises a filled shape as the exact outline of one of the
 * chart's strings and writes that string with {@code drawString} instead, in the same font,
 * colour and position; openhtmltopdf then sets it in the embedded body font.
 */
final class OutlineText extends PdfBoxGraphics2DDrawControlDefault {

  /** XChart lays out heat-map values in a context of its own rather than the graphics'. */
  private static final List<FontRenderContext> EXTRA_CONTEXTS = List.of(
      new FontRenderContext(null, true, false), new FontRenderContext(null, false, false));

  private record Candidate(String text, Font font, AffineTransform rotation, double[] path) {}

  private final ChartTexts texts;
  private final List<Font> fonts;
  private final Map<Rectangle2D, List<Candidate>> byBounds = new HashMap<>();
  private int indexed;
  private boolean drawing;

  OutlineText(ChartTexts texts) {
    this.texts = texts;
    this.fonts = texts.fonts();
  }

  @Override
  public Shape transformShapeBeforeFill(Shape shape, IDrawControlEnv env) {
    if (drawing) {
      return shape;
    }
    PdfBoxGraphics2D g = env.getGraphics();
    if (indexed < texts.size()) {
      index(g.getFontRenderContext());
    }
    List<Candidate> candidates = byBounds.get(shape.getBounds2D());
    if (candidates == null) {
      return shape;
    }
    double[] path = path(shape);
    for (Candidate c : candidates) {
      if (Arrays.equals(c.path(), path)) {
        draw(g, c);
        return null;
      }
    }
    return shape;
  }

  private void draw(PdfBoxGraphics2D g, Candidate c) {
    AffineTransform saved = g.getTransform();
    Font savedFont = g.getFont();
    drawing = true;
    try {
      g.transform(c.rotation());
      g.setFont(c.font());
      g.drawString(c.text(), 0f, 0f);
    } finally {
      drawing = false;
      g.setFont(savedFont);
      g.setTransform(saved);
    }
  }

  /** Adds the strings registered since the last call (tick labels appear while XChart paints). */
  private void index(FontRenderContext graphicsContext) {
    List<String> strings = texts.strings();
    List<FontRenderContext> contexts = new ArrayList<>(EXTRA_CONTEXTS);
    contexts.add(0, graphicsContext);
    for (String s : strings.subList(indexed, strings.size())) {
      if (s.isEmpty()) {
        continue;
      }
      for (Font font : fonts) {
        for (FontRenderContext frc : contexts) {
          TextLayout layout = new TextLayout(s, font, frc);
          for (double radians : texts.rotations()) {
            AffineTransform rotation = AffineTransform.getRotateInstance(radians, 0, 0);
            Shape outline = layout.getOutline(rotation);
            byBounds.computeIfAbsent(outline.getBounds2D(), k -> new ArrayList<>())
                .add(new Candidate(s, font, rotation, path(outline)));
          }
        }
      }
    }
    indexed = strings.size();
  }

  private static double[] path(Shape shape) {
    List<Double> values = new ArrayList<>();
    double[] segment = new double[6];
    for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
      int type = it.currentSegment(segment);
      values.add((double) type);
      int points = switch (type) {
        case PathIterator.SEG_MOVETO, PathIterator.SEG_LINETO -> 2;
        case PathIterator.SEG_QUADTO -> 4;
        case PathIterator.SEG_CUBICTO -> 6;
        default -> 0;
      };
      for (int i = 0; i < points; i++) {
        values.add(segment[i]);
      }
    }
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
